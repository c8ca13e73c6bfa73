/**
 * A region's own form through a mapping (forms.md (b)): the mapping workbook read or refused as a
 * whole (usage error), each line resolved on each form (a cell address, a label to find, a
 * constant), lines of one part summed, да/нет as 1 / 0, «%» allowed; C007 per form and line; an
 * empty or text cell reported by cell and never counted as 0; only the mapped parts read.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { FORM_HINT } from "../../src/domain/consolidation/fromWorkbook";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { type FormMap, readFormMap } from "../../src/domain/forms/formMap";
import { parseAddress } from "../../src/domain/forms/readMappedForm";
import type { RawCell, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { day, rawDate, school } from "../domain/builders";
import { smallSchool } from "../consolidation/support";

const MAP_HEADER = [
  "Показатель (id)",
  "Часть",
  "Ячейка",
  "Наименование в форме",
  "Лист",
  "Столбец наименований",
  "Столбец значений",
  "Константа",
];
type Line = [
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  RawCell,
];

const mapGrid = (lines: readonly Line[], name = "Соответствие"): WorkbookGrid => ({
  sheets: [{ name, firstRow: 1, firstCol: 1, rows: [MAP_HEADER, ...lines] }],
  date1904: false,
});

const label = (id: string, part: string | null, text: string, sheet: string | null = "Мониторинг"): Line => [
  id,
  part,
  null,
  text,
  sheet,
  "B",
  "D",
  null,
];

/** The licey's mapping of forms.md, extended to what this region's form has. */
const LINES: Line[] = [
  ["code", null, "'Форма 2 (строка ОО)'!C2", null, null, null, null, null],
  ["asOf", null, "'Форма 2 (строка ОО)'!D2", null, null, null, null, null],
  ["name", null, "B2", null, "Форма 2 (строка ОО)", null, null, null],
  label("young_mentored", "числитель", "Количество молодых специалистов, за которыми закреплены наставники"),
  label("young_mentored", "знаменатель", "из них молодых специалистов (стаж работы от 0 до 3 лет)"),
  label("students_involved", "numerator", "из них вовлечены в программы наставничества в роли наставляемого"),
  label("students_involved", "numerator", "из них вовлечены в программы наставничества в роли наставника"),
  label("students_involved", "denominator", "Численность обучающихся 5–11 классов"),
  label("active_groups", "value", "Количество наставнических пар (групп)"),
  label("active_groups", "byForm:учитель-учитель", "„Учитель – учитель“"),
  label("active_groups", "byForm:Ученик – ученик", "ученик-ученик"),
  label("documents", "numerator", "Наличие Положения о наставничестве"),
  label("documents", "numerator", "Наличие программы наставничества"),
  label("documents", "numerator", "Наличие дорожной карты"),
  label("documents", "numerator", "Наличие приказа о назначении наставников"),
  label("documents", "numerator", "Наличие приказа о закреплении пар"),
  ["documents", "denominator", null, null, null, null, null, 5],
  label("mentors_trained", "numerator", "Наставники, прошедшие обучение, %", null),
  label("mentors_trained", "denominator", "Наставники (всего)", null),
];

const mapOf = (lines: readonly Line[] = LINES): FormMap => {
  const r = readFormMap(mapGrid(lines));
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.map;
};

/** The region's form: identification on one sheet, indicators with labels in B and values in D. */
function licey(
  values: Record<string, RawCell> = {},
  o: { code?: RawCell; date?: RawCell } = {},
): WorkbookGrid {
  const ind: [string, RawCell][] = [
    ["Количество молодых специалистов, за которыми закреплены наставники", 3],
    ["из них молодых специалистов (стаж работы от 0 до 3 лет)", 4],
    ["Численность обучающихся 5–11 классов", "412 чел."],
    ["из них вовлечены в программы наставничества в роли наставляемого", 18],
    ["из них вовлечены в программы наставничества в роли наставника", 6],
    ["Количество наставнических пар (групп)", 11],
    ["«Учитель – учитель»", 5],
    ["Ученик – ученик", null],
    ["Доля наставников, прошедших обучение", "83,3%"],
    ["Наставники, прошедшие обучение, %", "5"],
    ["Наставники (всего)", 6],
    ["Наличие Положения о наставничестве", "да"],
    ["Наличие программы наставничества", "да"],
    ["Наличие дорожной карты", "нет"],
    ["Наличие приказа о назначении наставников", "да"],
    ["Наличие приказа о закреплении пар", true],
  ];
  const monitoring: SheetGrid = {
    name: "Мониторинг",
    firstRow: 1,
    firstCol: 1,
    rows: [
      [null, "Мониторинг наставничества в ОО на 01.12.2024"],
      [null, "Показатель", "Ед.", "Значение"],
      ...ind.map(([l, v], i): RawCell[] => [i + 1, l, "ед.", l in values ? values[l] : v]),
    ],
  };
  const org: SheetGrid = {
    name: "Форма 2 (строка ОО)",
    firstRow: 1,
    firstCol: 1,
    rows: [
      ["№", "Наименование ОО", "Код", "Дата"],
      [
        1,
        "МАОУ «Лицей № 2»",
        o.code === undefined ? "ЭР-02" : o.code,
        o.date === undefined ? "01.12.2024" : o.date,
      ],
    ],
  };
  return { sheets: [org, monitoring], date1904: false };
}

const read = (grid: WorkbookGrid, map = mapOf(), opts = {}) =>
  consolidationInput("лицей.xlsx", grid, { formMap: map, ...opts });

describe("the mapping workbook", () => {
  test("is read from «Соответствие» (else the first sheet); Russian parts and enum spellings are accepted", () => {
    const m = mapOf();
    expect(m.sheet).toBe("Соответствие");
    expect(m.lines).toHaveLength(LINES.length);
    expect(m.lines[3]).toMatchObject({
      row: 5,
      target: { kind: "kpi", id: "young_mentored", token: "numerator" },
    });
    expect(m.lines[9].target).toEqual({
      kind: "kpi",
      id: "active_groups",
      token: "byForm:Учитель – учитель",
    });
    expect(m.lines[16].source).toEqual({ kind: "constant", value: 5 });
    const first = readFormMap(mapGrid(LINES, "Лист1"));
    expect(first.ok && first.map.sheet).toBe("Лист1");
  });

  test("a malformed mapping lists every bad line by row (usage error: nothing is consolidated)", () => {
    const r = readFormMap(
      mapGrid([
        ["young_mentored", "numerator", "D5", "Молодые", null, null, "D", null],
        ["young_mentored", "numerator", null, null, null, null, null, null],
        ["unknown_kpi", "numerator", "D5", null, null, null, null, null],
        ["young_mentored", "часть", "D5", null, null, null, null, null],
        ["active_groups", "byForm:Учитель – директор", "D5", null, null, null, null, null],
        ["young_mentored", "denominator", null, "Молодые специалисты", null, null, null, null],
        ["documents", "denominator", null, null, null, null, null, "пять"],
        ["code", "numerator", "C2", null, null, null, null, null],
        [null as unknown as string, null, null, null, null, null, null, null],
      ]),
    );
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.map((e) => /строка (\d+)/.exec(e)?.[1])).toEqual(["2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(errors[0]).toContain("несколько источников");
    expect(errors[1]).toContain("нужно одно из");
    expect(errors[2]).toContain("неизвестный показатель «unknown_kpi»");
    expect(errors[3]).toContain("нет части «часть»");
    expect(errors[4]).toContain("нет части «byForm:Учитель – директор»");
    expect(errors[5]).toContain("Столбец значений");
    expect(errors[6]).toContain("«пять»");
  });

  test("a sheet without the header columns is refused", () => {
    const r = readFormMap({
      sheets: [{ name: "Лист1", firstRow: 1, firstCol: 1, rows: [["a", "b"]] }],
      date1904: false,
    });
    expect(r.ok).toBe(false);
  });

  test.each([
    ["Лист!C7", { sheet: "Лист", row: 7, col: 3 }],
    ["'Лист с пробелами'!C7", { sheet: "Лист с пробелами", row: 7, col: 3 }],
    ["'Ольгин ''лист'''!$AB$12", { sheet: "Ольгин 'лист'", row: 12, col: 28 }],
    ["C7", { sheet: null, row: 7, col: 3 }],
    ["C", null],
    ["Лист!7C", null],
  ])("address %s", (text, parsed) => {
    expect(parseAddress(text)).toEqual(parsed);
  });
});

describe("a region's form read through the mapping", () => {
  const f = read(licey());

  test("is kind «form» with its code, name and own date from the mapped cells", () => {
    expect(f).toMatchObject({
      kind: "form",
      status: "ok",
      school: { code: "ЭР-02", name: "МАОУ «Лицей № 2»", municipality: null },
      asOf: day("2024-12-01"),
      issues: [],
    });
  });

  test("labels are found by normalised text; lines of one part are summed", () => {
    const v = f.kpis!.values;
    expect(v.young_mentored).toEqual({ numerator: 3, denominator: 4, value: 0.75, target: 0.7 });
    // 18 mentees + 6 pupil mentors; «412 чел.» is a count.
    expect(v.students_involved).toMatchObject({ numerator: 24, denominator: 412 });
  });

  test("да/нет count 1 / 0 (TRUE too); a «Константа» gives the denominator", () => {
    expect(f.kpis!.values.documents).toEqual({ numerator: 4, denominator: 5, value: 0.8, target: 1 });
  });

  test("only the mapped parts are read: no links or byKind (null, no C006), and the KPI is pooled", () => {
    expect(f.kpis!.values.active_groups).toEqual({
      value: 11,
      links: null,
      byForm: { "Учитель – учитель": 5 },
      byKind: null,
    });
    expect(f.unpooled.active_groups).toBeUndefined();
    expect(f.unpooled.teachers_involved).toMatchObject({ notGiven: true });
  });

  test("with «Лист» empty, a label is looked for on every sheet in workbook order", () => {
    expect(f.kpis!.values.mentors_trained).toMatchObject({ numerator: 5, denominator: 6 });
  });
});

describe("what a mapped cell cannot give is reported by cell, never counted as 0", () => {
  test("an empty mapped cell of a filled KPI is C006 on that cell", () => {
    const g = read(licey({ "из них вовлечены в программы наставничества в роли наставника": null }));
    expect(g.issues).toEqual([
      expect.objectContaining({ code: "C006", sheet: "Мониторинг", row: 7, column: "D" }),
    ]);
    expect(g.kpis!.values.students_involved.numerator).toBeNull();
    expect(g.unpooled.students_involved).toMatchObject({ code: "C006" });
  });

  test("text is C005 on the cell; a percent sign alone is allowed", () => {
    const g = read(licey({ "Количество наставнических пар (групп)": "много", "Наставники (всего)": "6%" }));
    expect(g.issues).toEqual([
      expect.objectContaining({ code: "C005", sheet: "Мониторинг", row: 8, column: "D", value: "много" }),
    ]);
    expect(g.kpis!.values.mentors_trained).toMatchObject({ denominator: 6 });
  });

  test("an unresolvable line is C007 on the mapping line, once per form; its KPI is not pooled", () => {
    const lines = LINES.map((l): Line =>
      l[3] === "из них молодых специалистов (стаж работы от 0 до 3 лет)"
        ? ([...l.slice(0, 3), "молодых специалистов всего", ...l.slice(4)] as Line)
        : l,
    );
    lines.push(label("retention", "numerator", "Закрепились в профессии", "Мониторинг"));
    lines.push(["retention", "denominator", "'Нет такого листа'!D5", null, null, null, null, null]);
    lines.push(["overdue", "value", "ZZZZ9", null, null, null, null, null]);
    const grid = licey();
    // The same label on two rows (a form copied from last year's and extended).
    const rows = grid.sheets[1].rows as RawCell[][];
    rows.push([17, "Закрепились в профессии", "чел.", 2], [18, "Закрепились в профессии", "чел.", 3]);
    const g = read(grid, mapOf(lines));
    const c007 = g.issues.filter((i) => i.code === "C007");
    expect(c007.map((i) => [i.sheet, i.row, i.value])).toEqual([
      ["Соответствие", 6, "молодых специалистов всего"],
      ["Соответствие", 21, "Закрепились в профессии"],
      ["Соответствие", 22, "'Нет такого листа'!D5"],
      ["Соответствие", 23, "ZZZZ9"],
    ]);
    expect(c007.every((i) => i.severity === "error")).toBe(true);
    expect(c007[0].message).toContain("не найдено");
    expect(c007[1].message).toContain("нескольких строках");
    expect(c007[2].message).toContain("нет листа «Нет такого листа»");
    expect(c007[3].message).toContain("не читается");
    expect(g.unpooled.young_mentored).toMatchObject({ code: "C007" });
    expect(g.status).toBe("errors");
  });

  test("an empty code cell is O001; an unreadable date leaves the form without KPIs unless --as-of", () => {
    const g = read(licey({}, { code: null, date: "на 1 декабря" }));
    expect(g.issues.map((i) => i.code)).toEqual(["O001"]);
    expect(g.kpis).toBeNull();
    expect(read(licey({}, { date: rawDate("2024-12-01") })).asOf).toBe(day("2024-12-01"));
    expect(read(licey({}, { date: null }), mapOf(), { asOf: day("2024-12-20") }).asOf).toBe(
      day("2024-12-20"),
    );
  });
});

describe("which inputs are read through the mapping", () => {
  test("workbooks, exports and product forms are not; without a mapping a form-like file gets the hint", () => {
    const wb = school(smallSchool("ЭР-03"));
    expect(consolidationInput("школа.xlsx", wb, { formMap: mapOf() }).kind).toBe("workbook");
    const plain = consolidationInput("лицей.xlsx", licey());
    expect(plain).toMatchObject({ kind: "workbook", hint: FORM_HINT });
    expect(consolidationInput("школа.xlsx", wb).hint).toBeNull();
  });

  test("a mapped form is pooled like any school", () => {
    const c = consolidate([read(licey())]);
    expect(c.total.schools).toBe(1);
    expect(c.total.values.documents).toMatchObject({ numerator: 4, denominator: 5 });
    expect(c.total.values.active_groups).toMatchObject({ value: 11, links: null, byKind: null });
  });
});
