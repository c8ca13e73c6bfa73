/**
 * `nastavnik kpi` as people read it: each KPI line in the one Russian number style («37,5 %»,
 * «3 из 8», «1,6», «цель 70 %»), with the status word of the cards and the report; a legal
 * requirement reads «не выполнено», never «близко»; the «Пары» rows the KPIs leave out, under
 * «Не учитываются» with their reasons and rows, and that word explained once.
 */
import { readFileSync } from "node:fs";
import { nastavnik } from "./run";
import { sample } from "../paths";

const NBSP = "\u00A0";
const expected = JSON.parse(readFileSync(sample("expected.json"), "utf8"));
const want = expected.files["school-03.xlsx"].kpis;

const run = nastavnik(["kpi", sample("school-03.xlsx")]);
const lines = run.stdout.split("\n");
const lineOf = (title: string) => lines.find((l) => l.startsWith(`  ${title}: `)) ?? "";

test("shares: «37,5 % — 3 из 8 (цель 70 %) — далеко», with a no-break space before «%»", () => {
  expect(run.code).toBe(1); // school-03 has error-level issues
  const y = want.young_mentored;
  expect(lineOf("Доля молодых специалистов, имеющих наставника")).toBe(
    `  Доля молодых специалистов, имеющих наставника: 37,5${NBSP}% — ${y.numerator} из ${y.denominator} (цель 70${NBSP}%) — далеко`,
  );
  // 3 of 1010 students: thousands grouped, one decimal.
  expect(lineOf("Доля обучающихся, вовлечённых в наставничество")).toMatch(
    /: 0,3\u00A0% — 3 из 1\s010 \(цель 70\u00A0%\) — далеко$/,
  );
  // No «37.5%» anywhere in the KPI lines: a comma and a space before the sign.
  const kpiText = lines.filter((l) => l.startsWith("  ") && !l.startsWith("  на ")).join("\n");
  expect(kpiText).not.toMatch(/\d%|\d\.\d/);
});

test("legal requirements are met or not: 85,7 % written consent is «не выполнено»", () => {
  const c = want.consent;
  expect(lineOf("Доля наставников с письменным согласием")).toBe(
    `  Доля наставников с письменным согласием: 85,7${NBSP}% — ${c.numerator} из ${c.denominator} (цель 100${NBSP}%) — не выполнено`,
  );
  expect(lineOf("Программы с истёкшим сроком")).toBe(
    `  Программы с истёкшим сроком: ${want.overdue.value} — не выполнено`,
  );
  // A graded KPI near its target stays «близко»: documents 80 % against 100 %.
  expect(lineOf("Комплект документов ОО")).toMatch(/ — близко$/);
  expect(run.stdout).not.toMatch(/(согласием|приказом|программой):.*близко/);
});

test("means with one decimal, and KPIs without a target carry no status word", () => {
  expect(lineOf("Нагрузка наставников")).toContain("среднее 1,6, медиана 1, максимум 4");
  expect(lineOf("Удовлетворённость участников")).toBe(
    "  Удовлетворённость участников: наставники 6,3 (оценок: 3); наставляемые 9 (оценок: 3)",
  );
  expect(lineOf("Доля наставников, прошедших обучение")).toMatch(/3 из 7$/);
});

test("«Не учитываются»: the rows left out by reason with their row numbers, the word explained once", () => {
  const at = lines.indexOf("  Не учитываются (4):");
  expect(at).toBeGreaterThan(0);
  expect(lines.slice(at + 1, at + 3)).toEqual([
    "    «Пары» — пара только планируется: строки 3, 8, 13",
    "    «Пары» — наставник не найден на листе «Наставники»: строка 20",
  ]);
  expect(run.stdout).not.toMatch(/Не учтен/);
  const two = nastavnik(["kpi", sample("school-03.xlsx"), sample("school-03.xlsx")]).stdout;
  expect(two.match(/^ {2}Не учитываются \(4\):$/gm)).toHaveLength(2);
  expect(two.match(/^«Не учитываются» — строки, которые не входят в расчёт/gm)).toHaveLength(1);
});
