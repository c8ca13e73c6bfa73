/**
 * Reading workbooks written by other programs (openpyxl, LibreOffice, hand-written sheet XML as
 * Excel writes it): every kind of cell arrives in the domain's raw shape.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type SheetGrid, type WorkbookGrid, rawDate, rawError } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { makeFixtures, tempDir } from "./support/external";

const dir = tempDir("fixtures");
let files: Record<"other" | "formulas" | "formulasLo" | "d1904" | "d1904Lo", WorkbookGrid>;

beforeAll(async () => {
  makeFixtures(dir);
  files = {
    other: await readWorkbookFile(join(dir, "other-program.xlsx")),
    formulas: await readWorkbookFile(join(dir, "formulas.xlsx")),
    formulasLo: await readWorkbookFile(join(dir, "lo", "formulas.xlsx")),
    d1904: await readWorkbookFile(join(dir, "date1904.xlsx")),
    d1904Lo: await readWorkbookFile(join(dir, "lo", "date1904.xlsx")),
  };
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = (g: WorkbookGrid, name: string): SheetGrid => {
  const s = g.sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no sheet ${name}`);
  return s;
};

/** The cell at worksheet row/column, as the domain would look it up. */
const at = (s: SheetGrid, row: number, col: number) => s.rows[row - s.firstRow]?.[col - s.firstCol] ?? null;

describe("a workbook written by openpyxl", () => {
  test("lists every worksheet in workbook order, hidden ones included; a chart sheet is no worksheet", () => {
    expect(files.other.sheets.map((s) => s.name)).toEqual([
      "Наставляемые",
      "Даты",
      "Разное",
      "Справочники",
      "Ручной",
    ]);
    expect(sheet(files.other, "Справочники").rows).toEqual([["Педагог"]]);
    expect(files.other.date1904).toBe(false);
  });

  test("title rows above the header: the used range starts at the first value, the merged title once", () => {
    const s = sheet(files.other, "Наставляемые");
    expect(s.firstRow).toBe(1);
    expect(s.firstCol).toBe(2);
    expect(s.rows).toEqual([
      ["Наставляемые — МБОУ «СОШ № 7», 2024/2025 учебный год"],
      [],
      ["ФИО", "Дата начала", "Стаж", "Телефон"],
      ["Иванова Анна Петровна", rawDate("2024-09-01"), 2, "+7 999 123-45-67"],
      ["Петров Пётр", "01.09.2024", "3 года"],
    ]);
  });

  test("date cells become dates (time dropped), serials under General stay numbers, text dates stay text", () => {
    expect(sheet(files.other, "Даты").rows).toEqual([
      [rawDate("2024-09-01")],
      [rawDate("2024-09-02")],
      [45000],
      [rawDate("2023-03-15")],
      ["01.09.2024"],
      ["2024-09-01"],
      [0.5],
    ]);
  });

  test("hyperlinks give their text, errors their code, text that looks like a formula stays text", () => {
    const s = sheet(files.other, "Разное");
    expect(at(s, 1, 1)).toBe("Сайт школы");
    expect(at(s, 2, 1)).toEqual(rawError("#N/A"));
    expect(at(s, 3, 1)).toEqual(rawError("#DIV/0!"));
    expect(at(s, 4, 1)).toBe(true);
    expect(at(s, 5, 1)).toBe(false);
    expect(at(s, 6, 1)).toBe('=HYPERLINK("http://x","y")');
    expect(at(s, 7, 1)).toBeNull(); // a formula without a cached value
    expect(at(s, 8, 1)).toBe("  ");
    expect(s.rows[6]).toEqual([]); // the row holds nothing but that formula
    expect(s.rows[9]).toEqual([null, null, "последняя"]);
  });

  test("Excel-style sheet XML: rich text flattened, shared formulas and formula results of each type", () => {
    expect(sheet(files.other, "Ручной").rows).toEqual([
      ["Жирный и обычный"],
      [1, 10],
      [2, 20],
      [3, 30],
      ["ФИО", true, rawError("#N/A"), rawDate("2024-09-01")],
    ]);
  });

  test("openpyxl formulas have no cached values: they read as empty", () => {
    const s = sheet(files.formulas, "Формулы");
    expect(at(s, 1, 3)).toBeNull();
    expect(at(s, 1, 1)).toBe(2);
  });
});

describe("formulas recalculated and saved by LibreOffice", () => {
  test("each formula contributes its cached value, zero and false included", () => {
    const s = sheet(files.formulasLo, "Формулы");
    expect(at(s, 1, 3)).toBe(5);
    expect(at(s, 2, 3)).toBe("Иванов");
    expect(at(s, 3, 3)).toEqual(rawError("#DIV/0!"));
    expect(at(s, 4, 3)).toEqual(rawDate("2024-09-01"));
    expect(at(s, 5, 3)).toBe(false);
    expect(at(s, 6, 3)).toBe(10);
    expect(at(s, 7, 3)).toBe(0);
  });
});

describe("the 1904 date system", () => {
  test('openpyxl\'s date1904="1": dates are right and the grid says 1904', () => {
    expect(files.d1904.date1904).toBe(true);
    expect(sheet(files.d1904, "Даты").rows).toEqual([[rawDate("2024-03-05")], [45000]]);
  });

  test('LibreOffice\'s date1904="true" (which ExcelJS misses) reads the same', () => {
    expect(files.d1904Lo.date1904).toBe(true);
    expect(sheet(files.d1904Lo, "Даты").rows).toEqual([[rawDate("2024-03-05")], [45000]]);
  });
});
