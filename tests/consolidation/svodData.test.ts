/**
 * «Данные свода» round trip: what a municipal consolidation writes is read back by the region as
 * the same schools with the same figures — every part, the loads and ratings, a form's nulls and
 * «mentees», the KPIs left out and why, the own date and modification time — exactly.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { SVOD_DATA_HEADERS, SVOD_DATA_SHEET, svodDataRows } from "../../src/domain/consolidation/svodData";
import type { RawCell } from "../../src/domain/grid";
import type { PlanValue } from "../../src/domain/plan/writePlan";
import { mentee } from "../domain/builders";
import { formGrid } from "../forms/support";
import { inputOf, smallSchool } from "./support";

const municipal = consolidate([
  {
    ...inputOf(
      "a.xlsx",
      smallSchool("ОО-1", { mentees: [mentee("Зуева Ольга Игоревна"), mentee("Лисина Дарья Олеговна")] }),
    ),
    modified: Date.UTC(2024, 11, 3, 10, 30),
  },
  inputOf("b.xlsx", smallSchool("ОО-2", { info: { "Численность педагогических работников": "уточняется" } })),
  consolidationInput(
    "c.xlsx",
    formGrid({
      "young_mentored|numerator": 2,
      "young_mentored|denominator": 3,
      "mentor_load|mentors": 2,
      "mentor_load|mentees": 5,
      "mentor_load|overLimit": 0,
      "active_groups|value": 2,
      "active_groups|links": 5,
    }),
  ),
]);
const cell = (v: PlanValue): RawCell => (v !== null && typeof v === "object" ? null : v);
const rows = svodDataRows(municipal);
const grid = {
  sheets: [
    {
      name: SVOD_DATA_SHEET,
      firstRow: 1,
      firstCol: 1,
      rows: [[...SVOD_DATA_HEADERS], ...rows.map((r) => r.map(cell))],
    },
  ],
  date1904: false,
};
const back = consolidationInput("мо.xlsx", grid);

test("one input per pooled school, named «consolidation#own file», with its origin", () => {
  expect(back.kind).toBe("consolidation");
  expect(back.schools!.map((s) => [s.file, s.kind, s.origin])).toEqual([
    ["мо.xlsx#a.xlsx", "workbook", { file: "a.xlsx", via: ["мо.xlsx"] }],
    ["мо.xlsx#b.xlsx", "workbook", { file: "b.xlsx", via: ["мо.xlsx"] }],
    ["мо.xlsx#c.xlsx", "form", { file: "c.xlsx", via: ["мо.xlsx"] }],
  ]);
});

test("the figures, loads, ratings and a form's sums come back exactly", () => {
  municipal.files.forEach((f, i) => {
    const s = back.schools![i];
    expect(s.kpis!.values).toEqual(f.kpis!.values);
    expect(s.kpis!.pool).toEqual(f.kpis!.pool);
    expect(s.kpis!.mentees ?? null).toEqual(f.kpis!.mentees ?? null);
    expect([s.asOf, s.ownAsOf, s.schoolYear, s.school]).toEqual([f.asOf, f.ownAsOf, f.schoolYear, f.school]);
    expect(s.carried).toEqual({ errors: f.errors, warnings: f.warnings });
  });
  expect(back.schools![0].modified).toBe(Date.UTC(2024, 11, 3, 10, 30));
});

test("what the municipality left out stays out, with the reason", () => {
  expect(back.schools![1].unpooled.teachers_involved).toEqual(municipal.files[1].excluded.teachers_involved);
  expect(back.schools![2].unpooled.formalized).toMatchObject({ notGiven: true });
  const region = consolidate([back]);
  expect(region.total.values).toEqual(municipal.total.values);
  expect(region.total.excluded).toEqual(
    Object.fromEntries(
      Object.entries(municipal.total.excluded).map(([id, files]) => [id, files.map((f) => `мо.xlsx#${f}`)]),
    ),
  );
  expect(region.total.excluded.teachers_involved).toEqual(["мо.xlsx#b.xlsx", "мо.xlsx#c.xlsx"]);
  // The municipality reported the C004; the region does not repeat it.
  expect(region.files.flatMap((f) => f.issues)).toEqual([]);
});

test("no row names a person", () => {
  const texts = rows.flatMap((r) => r.filter((v): v is string => typeof v === "string"));
  expect(texts.some((t) => t.includes("Зуева") || t.includes("Петрова"))).toBe(false);
});

test("a cell that cannot be read keeps its school out, with the cell named — never a silent 0", () => {
  const col = SVOD_DATA_HEADERS.indexOf("young_mentored.numerator");
  const broken = grid.sheets[0].rows.map((r, i) =>
    i === 1 ? r.map((c, j) => (j === col ? "много" : c)) : r,
  );
  const input = consolidationInput("мо.xlsx", { ...grid, sheets: [{ ...grid.sheets[0], rows: broken }] });
  const school = input.schools![0];
  expect(school.kpis).toBeNull();
  expect(school.error).toContain("строка 2: не читается «young_mentored.numerator»");
  expect(school.issues).toEqual([expect.objectContaining({ code: "S002", row: 2, col: col + 1 })]);
  const region = consolidate([input]);
  expect(region.files[0]).toMatchObject({ pooled: false, status: "errors" });
  expect(region.total.schools).toBe(2);
});
