/** Reading the three sample school workbooks of shared/samples (written by openpyxl). */
import { type SheetGrid, type WorkbookGrid, rawDate } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { sample } from "./samples";

const read = (name: string): Promise<WorkbookGrid> => readWorkbookFile(sample(name));
const at = (s: SheetGrid, row: number, col: number) => s.rows[row - s.firstRow]?.[col - s.firstCol] ?? null;

describe("school-01 (tidy, with Excel tables)", () => {
  let g: WorkbookGrid;
  beforeAll(async () => {
    g = await read("school-01.xlsx");
  });

  test("sheets in workbook order; tables do not get in the way", () => {
    expect(g.sheets.map((s) => s.name)).toEqual(["Сведения", "Наставники", "Наставляемые", "Пары", "План"]);
    expect(g.date1904).toBe(false);
    for (const s of g.sheets) expect([s.firstRow, s.firstCol]).toEqual([1, 1]);
  });

  test("«Сведения»: text items and the reporting date as a date", () => {
    const s = g.sheets[0];
    expect(s.rows[0]).toEqual(["Показатель", "Значение"]);
    expect(at(s, 2, 2)).toBe("ОО-01");
    expect(at(s, 6, 1)).toBe("Отчётная дата");
    expect(at(s, 6, 2)).toEqual(rawDate("2024-12-20"));
    expect(s.rows).toHaveLength(14);
  });

  test("«Пары»: dates, numbers, text, empty cells as null and rows cut after the last value", () => {
    const s = g.sheets[3];
    expect(s.rows).toHaveLength(22);
    expect(s.rows[0]).toHaveLength(16);
    expect(s.rows[1]).toEqual([
      "1",
      "Морозов Иван Петрович",
      "Виноградова Алёна Андреевна",
      "Учитель – учитель",
      "Традиционное (один на один)",
      rawDate("2024-09-21"),
      rawDate("2025-06-21"),
      null,
      "Действует",
      null,
      "24-о",
      rawDate("2024-09-19"),
      "да",
    ]);
    expect(at(s, 6, 14)).toBe(6);
    expect(at(s, 6, 8)).toEqual(rawDate("2024-10-07"));
  });
});

describe("school-02 (messy: alias names, title rows, text dates)", () => {
  let g: WorkbookGrid;
  beforeAll(async () => {
    g = await read("school-02.xlsx");
  });

  test("alias sheet names are kept as they are in the file", () => {
    expect(g.sheets.map((s) => s.name)).toEqual([
      "Сведения",
      "Банк наставников",
      "База наставляемых",
      "Пары",
      "План",
    ]);
  });

  test("title rows stay in the grid above the header; the empty row between is an empty array", () => {
    const s = g.sheets[2];
    expect(s.firstRow).toBe(1);
    expect(s.rows[0]).toEqual(["Наставляемые — МБОУ «СОШ № 02», 2024/2025 учебный год"]);
    expect(s.rows[1]).toEqual([]);
    expect(s.rows[2][0]).toBe("Ф.И.О.");
    expect(at(s, 5, 4)).toBe("2 года");
  });

  test("text dates stay text next to real date cells; the empty row inside the data is empty", () => {
    const s = g.sheets[3];
    expect(at(s, 2, 14)).toBe("01.01.2024");
    expect(at(s, 2, 15)).toEqual(rawDate("2024-10-01"));
    expect(at(s, 3, 8)).toBe("12.09.2024");
    expect(at(s, 3, 14)).toEqual(rawDate("2024-09-14"));
    expect(s.rows[3]).toEqual([]);
    expect(at(s, 2, 5)).toBe("Киселева  Алена Викторовна"); // whitespace is the domain's to clean
  });
});

describe("school-03 (mistakes a methodist makes)", () => {
  test("an impossible text date stays text; out-of-range numbers stay numbers", async () => {
    const g = await read("school-03.xlsx");
    expect(g.sheets.map((s) => s.name)).toEqual([
      "Сведения",
      "Банк наставников",
      "Наставляемые",
      "Пары",
      "Дорожная карта",
    ]);
    const plan = g.sheets[4];
    expect(at(plan, 5, 7)).toBe("31.02.2024");
    expect(at(plan, 4, 6)).toBe("21.10.2024");
    expect(at(plan, 4, 7)).toEqual(rawDate("2024-10-21"));
    expect(at(g.sheets[1], 2, 9)).toBe(75);
    expect(at(g.sheets[2], 4, 3)).toBe(0.5);
  });
});
