/**
 * A filled product form as a consolidation input (forms.md, "Reading a filled form" and "Given and
 * pooled"): rows found by (A, B), values by the number rules with count units, C005 / C006 / O001
 * by cell, KPIs left blank «нет данных», and what a form's figures are in JSON.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import type { KpiValues } from "../../src/domain/kpi/types";
import { day, rawDate } from "../domain/builders";
import { inputOf, smallSchool } from "../consolidation/support";
import { ALL_ROWS, formGrid, type FormValues, rowOfPart } from "./support";

/** What МБОУ «Лесная СОШ» typed (as the real sample, with our own figures). */
const LESNAYA: FormValues = {
  "young_mentored|numerator": 4,
  "young_mentored|denominator": 5,
  "teachers_involved|numerator": 9,
  "teachers_involved|denominator": "36 чел.",
  "students_involved|numerator": 7,
  "students_involved|denominator": "1 210",
  "active_groups|value": 6,
  "active_groups|links": 8,
  "active_groups|byForm:Учитель – учитель": 4,
  "active_groups|byForm:Руководитель ОО – педагог": 1,
  "active_groups|byForm:Ученик – ученик": 1,
  "active_groups|byKind:Традиционное (один на один)": 4,
  "active_groups|byKind:Групповое": 2,
  "active_groups|byKind:Реверсивное": 0,
  "mentor_load|mentors": 6,
  "mentor_load|mentees": 8,
  "mentor_load|overLimit": 0,
  "consent|numerator": 6,
  "consent|denominator": 6,
  "documents|numerator": 3,
};

const read = (values: FormValues, o = {}, opts = {}) =>
  consolidationInput("лесная.xlsx", formGrid(values, o), opts);

describe("a partly filled form", () => {
  const f = read(LESNAYA);

  test("is kind «form», its identification fills `school`, its own date is D", () => {
    expect(f).toMatchObject({
      kind: "form",
      status: "ok",
      school: { code: "ЭР-30", name: "МБОУ «Лесная СОШ»", municipality: "Энский район" },
      asOf: day("2024-12-02"),
      ownAsOf: day("2024-12-02"),
      schoolYear: "2024/2025",
      issues: [],
      persons: [],
    });
    expect(f.code).toMatchObject({ text: "ЭР-30", at: { sheet: "Форма мониторинга", row: 3 } });
  });

  test("given KPIs show the parts read; «36 чел.» and «1 210» are counts", () => {
    const v = f.kpis!.values;
    expect(v.young_mentored).toEqual({ numerator: 4, denominator: 5, value: 0.8, target: 0.7 });
    expect(v.teachers_involved).toEqual({ numerator: 9, denominator: 36, value: 0.25, target: 0.7 });
    expect(v.students_involved).toMatchObject({ numerator: 7, denominator: 1210 });
    expect(v.documents).toEqual({ numerator: 3, denominator: 5, value: 0.6, target: 1 });
    expect(v.consent).toEqual({ numerator: 6, denominator: 6, value: 1, target: 1 });
  });

  test("byForm / byKind keep counts ≥ 1 (a typed 0 is no key; empty rows are 0)", () => {
    expect(f.kpis!.values.active_groups).toEqual({
      value: 6,
      links: 8,
      byForm: { "Учитель – учитель": 4, "Руководитель ОО – педагог": 1, "Ученик – ученик": 1 },
      byKind: { "Традиционное (один на один)": 4, Групповое: 2 },
    });
  });

  test("mentor_load from a form: mentors, overLimit and mean = mentees / mentors; no median or max", () => {
    expect(f.kpis!.values.mentor_load).toEqual({
      mentors: 6,
      mean: 8 / 6,
      median: null,
      max: null,
      overLimit: 0,
    });
    expect(f.kpis!.mentees).toBe(8);
    expect(f.kpis!.pool).toBeNull();
  });

  test("KPIs left blank are «нет данных»: every field null, not pooled, and no issue", () => {
    expect(f.kpis!.values.formalized).toEqual({
      numerator: null,
      denominator: null,
      value: null,
      target: null,
    });
    expect(f.kpis!.values.satisfaction).toEqual({
      mentor: { mean: null, n: null },
      mentee: { mean: null, n: null },
    });
    expect(f.kpis!.values.plan_done).toMatchObject({ numerator: null, overdue: null });
    for (const id of [
      "formalized",
      "completed",
      "overdue",
      "satisfaction",
      "retention",
      "plan_done",
    ] as const)
      expect(f.unpooled[id]).toMatchObject({ notGiven: true });
    expect(f.unpooled.young_mentored).toBeUndefined();
  });

  test("the form keeps its own date under --as-of", () => {
    expect(read(LESNAYA, {}, { asOf: day("2025-01-15") }).asOf).toBe(day("2024-12-02"));
  });
});

test("a blank form gives nothing: the prefilled 5 of documents does not count as filled", () => {
  const f = read({});
  expect(f.issues).toEqual([]);
  expect(Object.values(f.unpooled).every((e) => e?.notGiven)).toBe(true);
  expect(Object.keys(f.unpooled)).toHaveLength(16);
  expect(f.kpis!.values.documents).toEqual({ numerator: null, denominator: null, value: null, target: null });
});

describe("values that cannot be used (C005, an error, on the cell)", () => {
  test.each([
    ["teachers_involved|denominator", "около 40", "это не число"],
    ["young_mentored|numerator", -2, "отрицательным"],
    ["young_mentored|numerator", 2.5, "целым"],
    ["young_mentored|numerator", "да", "да/нет"],
    ["young_mentored|numerator", rawDate("2024-10-01"), "дата"],
    ["satisfaction|mentor.mean", 11, "от 1 до 10"],
  ])("%s = %p", (key, value, why) => {
    const [id, part] = key.split("|");
    const values = { ...LESNAYA, "satisfaction|mentor.n": 3, "satisfaction|mentee.n": 0, [key]: value };
    const f = read(values);
    const c005 = f.issues.filter((i) => i.code === "C005");
    expect(c005).toEqual([
      expect.objectContaining({
        sheet: "Форма мониторинга",
        row: rowOfPart(id, part),
        column: "D",
        col: 4,
        severity: "error",
      }),
    ]);
    expect(c005[0].message).toContain(why);
    expect(f.status).toBe("errors");
    expect(f.unpooled[id as "young_mentored"]).toMatchObject({ code: "C005" });
  });
});

describe("missing values of a filled KPI (C006, a warning, on the cell)", () => {
  test("an empty part of a filled KPI is C006 and the KPI is not pooled; its other parts still show", () => {
    const values = { ...LESNAYA };
    delete (values as Record<string, unknown>)["consent|denominator"];
    const f = read(values);
    expect(f.issues).toEqual([
      expect.objectContaining({
        code: "C006",
        severity: "warning",
        row: rowOfPart("consent", "denominator"),
        column: "D",
      }),
    ]);
    expect(f.kpis!.values.consent).toEqual({ numerator: 6, denominator: null, value: null, target: 1 });
    expect(f.unpooled.consent).toMatchObject({ code: "C006" });
    expect(f.unpooled.consent!.reason).toContain(`D${rowOfPart("consent", "denominator")}`);
  });

  test("a numerator above its denominator is C006 on the numerator", () => {
    const f = read({ ...LESNAYA, "young_mentored|numerator": 7 });
    expect(f.issues).toEqual([
      expect.objectContaining({ code: "C006", row: rowOfPart("young_mentored", "numerator"), value: "7" }),
    ]);
    expect(f.issues[0].message).toContain("больше");
    expect(f.unpooled.young_mentored).toMatchObject({ code: "C006" });
  });

  test("an empty mean whose n is 0 is null, not C006; with ratings it is C006", () => {
    const noRatings = read({
      ...LESNAYA,
      "satisfaction|mentor.n": 0,
      "satisfaction|mentee.n": 4,
      "satisfaction|mentee.mean": 8.5,
    });
    expect(noRatings.issues).toEqual([]);
    expect(noRatings.kpis!.values.satisfaction).toEqual({
      mentor: { mean: null, n: 0 },
      mentee: { mean: 8.5, n: 4 },
    });
    expect(noRatings.unpooled.satisfaction).toBeUndefined();
    const missing = read({
      ...LESNAYA,
      "satisfaction|mentor.n": 2,
      "satisfaction|mentee.n": 4,
      "satisfaction|mentee.mean": 8.5,
    });
    expect(missing.issues.map((i) => [i.code, i.row])).toEqual([
      ["C006", rowOfPart("satisfaction", "mentor.mean")],
    ]);
  });
});

describe("rows are found by (A, B), not by their number", () => {
  test("reordered and deleted rows; a pair met twice counts once (the upper row); unknown pairs are ignored", () => {
    const rows = [...ALL_ROWS].reverse().filter(([id]) => id !== "retention");
    const f = read(LESNAYA, {
      rows,
      extra: [
        ["young_mentored", "numerator", 1],
        ["young_mentored", "что-то", 99],
        ["unknown_kpi", "numerator", 5],
        ["active_groups", "byForm:Учитель – директор", 7],
      ],
    });
    expect(f.issues).toEqual([]);
    expect(f.kpis!.values.young_mentored).toMatchObject({ numerator: 4, denominator: 5 });
    expect(f.unpooled.retention).toMatchObject({ notGiven: true });
  });

  test("the F of byForm:F and the K of byKind:K are read with the enum rules", () => {
    const rows = [
      ["active_groups", "value"],
      ["active_groups", "byForm:учитель-учитель"],
      ["active_groups", "byKind:групповое"],
    ] as const;
    const g = read(
      {
        "active_groups|value": 2,
        "active_groups|byForm:учитель-учитель": 2,
        "active_groups|byKind:групповое": 2,
      },
      { rows },
    );
    expect(g.kpis!.values.active_groups).toEqual({
      value: 2,
      links: null,
      byForm: { "Учитель – учитель": 2 },
      byKind: { Групповое: 2 },
    });
    // `links` has no row: it is null, not C006, and the KPI is still pooled (value is what pooling needs).
    expect(g.issues).toEqual([]);
    expect(g.unpooled.active_groups).toBeUndefined();
  });

  test("a part pooling needs that has no row keeps the KPI out, with the reason", () => {
    const f = read({ "young_mentored|numerator": 3 }, { rows: [["young_mentored", "numerator"]] });
    expect(f.issues).toEqual([]);
    expect(f.unpooled.young_mentored).toMatchObject({ code: null });
    expect(f.unpooled.young_mentored!.reason).toContain("Молодые специалисты, всего");
  });
});

describe("identification", () => {
  test("an empty «Код ОО» is O001, an error: the form is its own school", () => {
    const f = read(LESNAYA, { code: null });
    expect(f.issues).toEqual([
      expect.objectContaining({ code: "O001", severity: "error", sheet: "Форма мониторинга", row: 3 }),
    ]);
    expect(f.code).toBeNull();
    expect(f.school).toEqual({ code: null, name: "МБОУ «Лесная СОШ»", municipality: "Энский район" });
  });

  test("a date typed as text is read; without a readable date the form takes --as-of, else has no KPIs", () => {
    expect(read(LESNAYA, { asOf: "02.12.2024" }).asOf).toBe(day("2024-12-02"));
    const undated = read(LESNAYA, { asOf: "декабрь" });
    expect(undated).toMatchObject({ kpis: null, asOf: null, ownAsOf: null });
    expect(undated.error).toContain("Отчётная дата");
    const overridden = read(LESNAYA, { asOf: null }, { asOf: day("2024-12-20") });
    expect(overridden).toMatchObject({ asOf: day("2024-12-20"), ownAsOf: null });
    expect(overridden.kpis).not.toBeNull();
  });

  test("a sheet with another name, or without the header row, is not a form", () => {
    expect(consolidationInput("x.xlsx", formGrid(LESNAYA, { sheetName: "Лист1" })).kind).toBe("workbook");
  });
});

describe("a form pooled next to school workbooks (kpi.md, Aggregation)", () => {
  const school = inputOf("школа.xlsx", smallSchool("ЭР-01"));
  const s = school.kpis!.values as KpiValues;
  const form = read({
    ...LESNAYA,
    "satisfaction|mentor.mean": 9,
    "satisfaction|mentor.n": 2,
    "satisfaction|mentee.mean": 8,
    "satisfaction|mentee.n": 1,
  });
  const c = consolidate([school, form]);

  test("shares sum numerators and denominators; counts add up", () => {
    expect(c.total.values.young_mentored).toMatchObject({
      numerator: s.young_mentored.numerator + 4,
      denominator: s.young_mentored.denominator + 5,
    });
    expect(c.total.values.active_groups.value).toBe(s.active_groups.value + 6);
    expect(c.total.values.active_groups.byForm).toEqual({
      "Учитель – учитель": (s.active_groups.byForm["Учитель – учитель"] ?? 0) + 4,
      "Руководитель ОО – педагог": 1,
      "Ученик – ученик": 1,
    });
  });

  test("the mean load is Σ mentees / Σ mentors; median and max are null once a form is pooled", () => {
    const loads = school.kpis!.pool!.loads;
    const sumLoads = loads.reduce((a, b) => a + b, 0);
    expect(c.total.values.mentor_load).toEqual({
      mentors: loads.length + 6,
      mean: (sumLoads + 8) / (loads.length + 6),
      median: null,
      max: null,
      overLimit: s.mentor_load.overLimit + 0,
    });
  });

  test("satisfaction pools Σ mean·n / Σ n", () => {
    const scores = school.kpis!.pool!.mentorScores;
    const sum = scores.reduce((a, b) => a + b, 0);
    expect(c.total.values.satisfaction.mentor).toEqual({
      mean: (sum + 9 * 2) / (scores.length + 2),
      n: scores.length + 2,
    });
  });

  test("KPIs the form does not give are in total.excluded for it; «Свод» data says «нет данных»", () => {
    expect(c.total.excluded.formalized).toEqual(["лесная.xlsx"]);
    expect(c.total.excluded.young_mentored).toEqual([]);
    expect(c.files[1].excluded.formalized).toMatchObject({ notGiven: true });
  });
});
