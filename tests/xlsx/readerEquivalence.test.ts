/**
 * The streaming reader and ExcelJS (the reader it replaced, kept here as the reference) give the
 * same raw tables — sheet names and order, used range, every cell — on every kind of .xlsx the
 * project has: written by openpyxl, re-saved by LibreOffice, hand-built the way Excel writes, and
 * written by the project itself. Where they differ, ExcelJS is wrong, and each place says why.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type RawCell, type WorkbookGrid, rawDate } from "../../src/domain/grid";
import { evaluateWorkbook } from "../../src/domain/engine";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { dayFromIso } from "../../src/domain/values/dates";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { PYTHON, REPO_ROOT } from "../paths";
import { excelJsGrid } from "./support/excelJsReference";
import { makeFixtures, tempDir } from "./support/external";
import { excelLikeParts, zipParts } from "./support/packages";
import { samplePlan } from "./support/samplePlan";
import { execFileSync } from "node:child_process";

const dir = tempDir("equivalence");

beforeAll(() => {
  makeFixtures(dir);
  execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/xlsx_reader_fixtures.py"), dir], {
    stdio: "pipe",
    timeout: 150_000,
  });
  execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/messy_school.py"), join(dir, "messy.xlsx")], {
    stdio: "pipe",
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What both readers give: the raw tables (ExcelJS knows nothing of hidden rows, merges and filters). */
function tables(g: WorkbookGrid): WorkbookGrid {
  return {
    date1904: g.date1904,
    sheets: g.sheets.map(({ name, firstRow, firstCol, rows }) => ({ name, firstRow, firstCol, rows })),
  };
}

/** `g` with one cell changed, at worksheet row and column (1-based). */
function withCell(g: WorkbookGrid, sheet: string, row: number, col: number, value: RawCell): WorkbookGrid {
  return {
    ...g,
    sheets: g.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => [...r]);
      const r = rows[row - s.firstRow];
      while (r.length < col - s.firstCol + 1) r.push(null);
      r[col - s.firstCol] = value;
      while (r.length > 0 && r[r.length - 1] === null) r.pop();
      return { ...s, rows };
    }),
  };
}

async function both(bytes: Uint8Array): Promise<{ ours: WorkbookGrid; excelJs: WorkbookGrid }> {
  return { ours: tables(await readWorkbookGrid(bytes)), excelJs: tables(await excelJsGrid(bytes)) };
}

const file = (name: string) => readFileSync(join(dir, name));

describe.each([
  [
    "openpyxl: title rows, dates, hyperlink, errors, booleans, a chart sheet, Excel-style sheet XML",
    "other-program.xlsx",
  ],
  ["openpyxl: formulas without cached values", "formulas.xlsx"],
  ["LibreOffice: formulas with cached values of every type", "lo/formulas.xlsx"],
  ['openpyxl: the 1904 date system (date1904="1")', "date1904.xlsx"],
  ["openpyxl: a messy school workbook (alias names, text dates, shuffled columns)", "messy.xlsx"],
])("%s", (_what, name) => {
  test("reads exactly as ExcelJS reads it", async () => {
    const { ours, excelJs } = await both(file(name));
    expect(ours.sheets.length).toBeGreaterThan(0);
    expect(ours).toEqual(excelJs);
  });
});

describe("files where ExcelJS is wrong", () => {
  test('LibreOffice\'s date1904="true": ExcelJS only knows "1" and counts from 1900 (four years off)', async () => {
    const { ours, excelJs } = await both(file("lo/date1904.xlsx"));
    expect(excelJs.date1904).toBe(false);
    expect(ours).toEqual({ ...withCell(excelJs, "Даты", 1, 1, rawDate("2024-03-05")), date1904: true });
  });

  test('ISO dates (t="d"): ExcelJS reads «2024-09-01» as the number 2024 (a day in 1905)', async () => {
    const { ours, excelJs } = await both(file("iso-dates.xlsx"));
    expect(excelJs.sheets[0].rows[0]).toEqual([rawDate("1905-07-16")]);
    let want = withCell(excelJs, "Даты", 1, 1, rawDate("2024-09-01"));
    want = withCell(want, "Даты", 2, 1, rawDate("2024-09-02")); // the time is dropped
    expect(ours).toEqual(want);
    expect(ours.sheets[0].rows[2]).toEqual(["2024-09-03"]); // text stays text
  });

  describe("a school workbook by openpyxl, and LibreOffice's re-save of it", () => {
    test.each(["school.xlsx", "lo/school.xlsx"])(
      "%s: NaN and -INF number cells reach the domain as their text, where ExcelJS made them empty",
      async (name) => {
        const { ours, excelJs } = await both(file(name));
        let want = withCell(excelJs, "Наставники", 5, 2, "NaN");
        want = withCell(want, "Наставники", 5, 3, "-INF");
        expect(ours).toEqual(want);
      },
    );

    test("…so that the domain reports them as F002 on their cells instead of reading them as empty", async () => {
      const grid = await readWorkbookFile(join(dir, "school.xlsx"));
      const f002 = evaluateWorkbook(grid, { asOf: dayFromIso("2024-12-20")! }).issues.filter(
        (i) => i.code === "F002" && i.sheet === "Наставники",
      );
      expect(f002.map((i) => [i.row, i.value])).toEqual([
        [5, "NaN"],
        [5, "-INF"],
      ]);
    });
  });

  describe("an Excel-like workbook built part by part", () => {
    test("a time under «hh:mm» stays the number 0.5: ExcelJS makes it the day 1899-12-30, which no cell shows", async () => {
      const { ours, excelJs } = await both(zipParts(excelLikeParts()));
      expect(excelJs.sheets[0].rows[3]).toEqual([rawDate("2024-09-02"), rawDate("1899-12-30")]);
      let want = withCell(excelJs, "Сведения", 4, 2, 0.5);
      // A value LibreOffice keeps in a merged-over cell is not shown by Excel: only the top-left
      // cell of a merged range has a value (ExcelJS, told to skip merges, kept it).
      want = withCell(want, "Пары", 1, 2, null);
      expect(ours).toEqual(want);
    });

    test("every kind of cell Excel writes, cell by cell", async () => {
      const g = await readWorkbookGrid(zipParts(excelLikeParts()));
      expect(g.sheets.map((s) => s.name)).toEqual(["Сведения", "Пары"]); // the chart sheet has no cells
      expect(g.sheets[0]).toEqual({
        name: "Сведения",
        firstRow: 1,
        firstCol: 1,
        rows: [
          ["Показатель", "Значение"],
          ["Жирный и обычный", "漢字"], // rich text flattened; a phonetic guide is not what the cell shows
          ["первая\r\nвторая & «третья»", rawDate("2024-09-01")], // _x000D_ decoded; built-in format 14 is a date
          [rawDate("2024-09-02"), 0.5], // a custom date format, the time dropped; a time alone is no day
          [12, { kind: "error", text: "#N/A" }, false], // «0" дней"» is a number format, not a date
          ["Сайт школы", true, "Сидорова Мария Ивановна"], // a hyperlink is its text
          [],
          [null, "Показатель!"], // a formula's cached text
          [3, { kind: "error", text: "#DIV/0!" }, rawDate("2024-09-01")],
          [0, false], // cached zero and false; a formula whose cached text is empty is empty
          [], // a formula without a cached value, a styled empty cell
          [null, null, "курсив_x0041_ "], // _x005F_ protects a literal «_x0041_»
        ],
      });
    });
  });
});

describe("files the project writes itself", () => {
  test.each([
    ["a school workbook (the demo)", () => templatePlan(demoSchool({ asOf: dayFromIso("2024-12-20")! }))],
    ["a plan with every kind of part the writer translates", () => samplePlan],
  ])("%s reads exactly as ExcelJS reads it", async (_what, plan) => {
    const { ours, excelJs } = await both(await writePlanToBuffer(plan()));
    expect(ours).toEqual(excelJs);
  });
});
