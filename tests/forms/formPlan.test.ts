/**
 * The blank monitoring form (forms.md (a)) as a write plan: the layout, and one row per part of
 * every KPI, generated from the catalogue — checked here against the table of forms.md, written
 * out by hand.
 */
import { formParts } from "../../src/domain/forms/formParts";
import { formPlan } from "../../src/domain/forms/formPlan";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import type { CellBlock, PlanValue, SheetPlan } from "../../src/domain/plan/writePlan";
import { pairForms, pairKinds } from "../../src/domain/template/enums";
import { day } from "../domain/builders";

/** forms.md's table: id, the parts in order, and the unit of each. byForm/byKind expand below. */
const SPEC: [string, string[], string | string[]][] = [
  ["young_mentored", ["numerator", "denominator"], "чел."],
  ["teachers_involved", ["numerator", "denominator"], "чел."],
  ["students_involved", ["numerator", "denominator"], "чел."],
  ["active_groups", ["value", "links", "byForm", "byKind"], "ед."],
  ["mentor_load", ["mentors", "mentees", "overLimit"], "чел."],
  ["formalized", ["numerator", "denominator"], "ед."],
  ["consent", ["numerator", "denominator"], "чел."],
  ["personal_program", ["numerator", "denominator"], "ед."],
  ["completed", ["numerator", "denominator"], "ед."],
  ["overdue", ["value"], "ед."],
  ["satisfaction", ["mentor.mean", "mentor.n", "mentee.mean", "mentee.n"], ["балл", "ед.", "балл", "ед."]],
  ["retention", ["numerator", "denominator"], "чел."],
  ["mentors_trained", ["numerator", "denominator"], "чел."],
  ["mentors_rewarded", ["numerator", "denominator"], "чел."],
  ["plan_done", ["numerator", "denominator", "overdue"], "ед."],
  ["documents", ["numerator", "denominator"], "ед."],
];

const expectedRows = SPEC.flatMap(([id, parts, unit]) =>
  parts.flatMap((p, i) => {
    const u = Array.isArray(unit) ? unit[i] : unit;
    if (p === "byForm") return pairForms.values.map((f) => [id, `byForm:${f}`, u]);
    if (p === "byKind") return pairKinds.values.map((k) => [id, `byKind:${k}`, u]);
    return [[id, p, u]];
  }),
);

const plan = formPlan({ municipality: "Береговской муниципальный округ", asOf: day("2024-12-02") });
const sheet: SheetPlan = plan.sheets[0];
/** Every written cell: A1 → value. */
const cells = new Map<string, PlanValue>();
const formats = new Map<string, string | null>();
for (const b of sheet.blocks as CellBlock[])
  b.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const ref = `${String.fromCharCode(64 + b.col + j)}${b.row + i}`;
      cells.set(ref, v);
      formats.set(ref, typeof b.numberFormat === "string" ? b.numberFormat : (b.numberFormat?.[j] ?? null));
    }),
  );

test("one sheet «Форма мониторинга» with the title, the identification block and the header row 8", () => {
  expect(plan.sheets.map((s) => s.name)).toEqual(["Форма мониторинга", "Как заполнить"]);
  expect(plan.activate).toBe("Форма мониторинга");
  expect(cells.get("A1")).toBe("Мониторинг реализации целевой модели наставничества: итоговые значения ОО");
  expect(["A3", "A4", "A5", "A6"].map((r) => cells.get(r))).toEqual([
    "Код ОО",
    "Наименование ОО",
    "Муниципалитет",
    "Отчётная дата",
  ]);
  expect(cells.get("B5")).toBe("Береговской муниципальный округ");
  expect(cells.get("B6")).toEqual({ date: "2024-12-02" });
  expect(formats.get("B6")).toBe("dd.mm.yyyy");
  expect(["A8", "B8", "C8", "D8", "E8"].map((r) => cells.get(r))).toEqual([
    "Показатель (id)",
    "Часть",
    "Наименование",
    "Значение",
    "Единица",
  ]);
  expect(sheet.freezeRows).toBe(8);
});

test("from row 9, one row per part of forms.md's table, in catalogue order, with the unit", () => {
  const rows = expectedRows.map((_, i) => ["A", "B", "E"].map((c) => cells.get(`${c}${9 + i}`)));
  expect(rows).toEqual(expectedRows);
  expect(cells.get(`A${9 + expectedRows.length}`)).toBeUndefined();
  // active_groups: 2 + one per form + one per kind.
  expect(expectedRows.filter((r) => r[0] === "active_groups")).toHaveLength(2 + pairForms.values.length + 7);
});

test("column C words each part as forms.md does; D is empty but documents' denominator (5)", () => {
  const row = (id: string, part: string) => 9 + expectedRows.findIndex((r) => r[0] === id && r[1] === part);
  expect(cells.get(`C${row("young_mentored", "numerator")}`)).toBe(
    "Молодые специалисты, имеющие наставника на отчётную дату",
  );
  expect(cells.get(`C${row("teachers_involved", "denominator")}`)).toBe(
    "Численность педагогических работников",
  );
  expect(cells.get(`C${row("active_groups", "byForm:Учитель – учитель")}`)).toBe(
    "в том числе форма «Учитель – учитель»",
  );
  expect(cells.get(`C${row("active_groups", "byKind:Групповое")}`)).toBe("в том числе вид «Групповое»");
  expect(cells.get(`C${row("satisfaction", "mentee.mean")}`)).toBe("Средняя оценка наставляемых (1–10)");
  expect(cells.get(`C${row("plan_done", "overdue")}`)).toBe(
    "Мероприятия дорожной карты со сроком до отчётной даты: просрочены",
  );
  const d = expectedRows.map((r) => cells.get(`D${row(r[0], r[1])}`));
  expect(d.filter((v) => v !== null)).toEqual([5]);
  expect(cells.get(`D${row("documents", "denominator")}`)).toBe(5);
  // D is a number cell (never text); means show two decimals.
  expect(formats.get(`D${row("young_mentored", "numerator")}`)).not.toBe("@");
  expect(formats.get(`D${row("satisfaction", "mentor.mean")}`)).toBe("0.00");
});

test("D has a «decimal ≥ 0» validation; everything but B3:B6 and D is locked", () => {
  const last = 8 + expectedRows.length;
  expect(sheet.cellValidations).toContainEqual(
    expect.objectContaining({ range: `D9:D${last}`, rule: { kind: "decimal", min: 0 } }),
  );
  expect(sheet.protection).toEqual({ unlocked: ["B3:B6", `D9:D${last}`] });
});

test("columns fit their labels; instructions in Russian on «Как заполнить»", () => {
  const widths = new Map(sheet.columnWidths!.map((w) => [w.col, w.width]));
  const longest = (col: number) => Math.max(...expectedRows.map((r) => String(r[col]).length));
  expect(widths.get(1)!).toBeGreaterThanOrEqual(longest(0));
  expect(widths.get(2)!).toBeGreaterThanOrEqual(longest(1));
  expect(widths.get(3)!).toBeGreaterThanOrEqual(40);
  const help = JSON.stringify(plan.sheets[1].blocks);
  expect(help).toContain("Отчётная дата");
  expect(help).toContain("оставьте все его строки пустыми");
});

test("a KPI of the catalogue is a row group of the form (the catalogue is the only source)", () => {
  expect([...new Set(formParts.map((p) => p.id))]).toEqual(kpiCatalogue.map((k) => k.id));
});
