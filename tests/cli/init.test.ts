/** `nastavnik init`: the template of workbook.md as another program (openpyxl) sees it, and the demo. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listSheets } from "../../src/domain/template/sheets";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnik, nastavnikJson } from "./run";

const dir = mkdtempSync(join(tmpdir(), "nastavnik-init-"));
const inspect = (file: string) =>
  JSON.parse(
    execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/inspect_workbook.py"), file], { encoding: "utf8" }),
  );

describe("nastavnik init", () => {
  const file = join(dir, "school.xlsx");
  const created = nastavnik([
    "init",
    file,
    "--school-code",
    "ОО-5",
    "--school-name",
    "МБОУ «СОШ № 5»",
    "--year",
    "2025/2026",
  ]);

  test("writes the template sheets with Excel tables, canonical headers, frozen headers and hidden lists", () => {
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Создана книга");
    const wb = inspect(file);
    expect(wb.sheets.map((s: any) => s.name)).toEqual([
      "Сведения",
      "Настройки",
      "Наставники",
      "Наставляемые",
      "Пары",
      "План",
      "Справочники",
    ]);
    for (const spec of listSheets) {
      const s = wb.sheets.find((x: any) => x.name === spec.name);
      expect(Object.keys(s.tables)).toEqual([spec.table]);
      expect(s.headers).toEqual(spec.columns.map((c) => c.header));
      expect(s.freeze).toBe("A2");
    }
    expect(wb.sheets.find((s: any) => s.name === "Справочники").state).toBe("hidden");
    const info = wb.sheets[0];
    expect(info.cells[1][1].v).toBe("ОО-5");
    expect(info.cells[4][1].v).toBe("2025/2026");
  });

  test("generates dropdowns and date/number rules with Russian prompts from the catalogue", () => {
    const pairs = inspect(file).sheets.find((s: any) => s.name === "Пары");
    const byFormula = (re: RegExp) => pairs.validations.filter((v: any) => re.test(v.formula1 ?? ""));
    expect(byFormula(/INDIRECT\("Mentors\[ФИО\]"\)/)).toHaveLength(1);
    expect(byFormula(/INDIRECT\("Mentees\[ФИО\]"\)/)).toHaveLength(1);
    expect(byFormula(/Справочники/).length).toBeGreaterThanOrEqual(5); // form, kind, status, reason, yes/no
    const dates = pairs.validations.filter((v: any) => v.type === "date");
    expect(dates.length).toBe(4); // start, planned end, fact end, order date
    const scores = pairs.validations.filter((v: any) => v.type === "whole");
    expect(scores.length).toBe(2);
    for (const v of pairs.validations) expect(v.prompt).toMatch(/[А-Яа-я]/);
  });

  test("writes template v2: «Дата рождения», the 10+ item, the new values in the lists, ages 5–80", () => {
    const wb = inspect(file);
    const sheet = (name: string) => wb.sheets.find((x: any) => x.name === name);
    const mentees = sheet("Наставляемые");
    expect(mentees.headers.slice(4, 7)).toEqual([
      "Педагогический стаж, лет",
      "Возраст, лет",
      "Дата рождения",
    ]);
    // «Возраст, лет» is column F: a whole number 5–80, with its prompt.
    const age = mentees.validations.find((v: any) => v.sqref.startsWith("F"));
    expect(age).toMatchObject({ type: "whole", formula1: "5", prompt: "Целое число от 5 до 80" });
    const birth = mentees.validations.find((v: any) => v.sqref.startsWith("G"));
    expect(birth).toMatchObject({ type: "date" });
    const info = sheet("Сведения").cells.map((r: any[]) => r[0].v);
    expect(info.slice(6, 9)).toEqual([
      "Численность педагогических работников",
      "Численность обучающихся",
      "Численность обучающихся в возрасте от 10 лет",
    ]);
    const lists = sheet("Справочники")
      .cells.flat()
      .map((c: any) => c.v);
    expect(lists).toEqual(expect.arrayContaining(["Студент – студент", "Приостановлена"]));
  });

  test("refuses to overwrite without --force", () => {
    const again = nastavnik(["init", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(nastavnik(["init", file, "--force"]).code).toBe(0);
  });

  test("an empty template checks with only the missing «Сведения» items as errors", () => {
    const { json } = nastavnikJson(["check", file]);
    const codes = new Set(json.files[0].issues.map((i: any) => i.code));
    expect([...codes]).toEqual(["O001"]);
  });

  test("--demo writes a fictional school whose checks and KPIs run", () => {
    const demo = join(dir, "demo.xlsx");
    expect(nastavnik(["init", demo, "--demo", "--year", "2024/2025"]).code).toBe(0);
    expect(existsSync(demo)).toBe(true);
    const { json } = nastavnikJson(["kpi", demo]);
    const k = json.files[0].kpis;
    expect(json.files[0].asOf).toBe("2024-12-20");
    expect(k.active_groups.value).toBeGreaterThan(5);
    expect(Object.keys(k.active_groups.byForm).length).toBeGreaterThan(2);
    expect(k.young_mentored.denominator).toBeGreaterThan(5);
    const check = nastavnikJson(["check", demo]).json.files[0];
    // The demo keeps a few realistic mistakes for «Проверка» to show.
    expect(check.issues.map((i: any) => i.code)).toEqual(expect.arrayContaining(["P009", "M001"]));
    // …and exercises version 2: values typed as people type them, read with a notice; a suspended
    // pair; pupils from 8 years; the students' share against the pupils aged 10 and over.
    const notices = check.issues.filter((i: any) => i.code === "F008").map((i: any) => i.value);
    expect(notices).toEqual(
      expect.arrayContaining(["4 мес.", "2011 г.р.", "В течение года (по отдельному плану)"]),
    );
    expect(check.issues.filter((i: any) => i.code === "F004")).toEqual([]);
    expect(k.students_involved.denominator).toBe(512);
  });
});
