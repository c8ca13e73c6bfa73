/**
 * Writing a WritePlan with ExcelJS, checked by programs other than the project: openpyxl reads
 * back every part, and LibreOffice opens and re-saves the file.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import {
  type Inspected,
  type InspectedSheet,
  inspectWorkbook,
  libreOfficeConvert,
  tempDir,
} from "./support/external";
import { FORMULA_TEXT, PHONE_TEXT, samplePlan } from "./support/samplePlan";

const dir = tempDir("write");
const file = join(dir, "plan.xlsx");
let wb: Inspected;

beforeAll(async () => {
  writeFileSync(file, await writePlanToBuffer(samplePlan));
  wb = inspectWorkbook(file);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = (w: Inspected, name: string): InspectedSheet => {
  const s = w.sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no sheet ${name}`);
  return s;
};

describe("what openpyxl sees in a written plan", () => {
  test("sheets in plan order, the hidden one hidden, the activated one active", () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Пары", "visible"],
      ["Проверка", "visible"],
      ["Справочники", "hidden"],
    ]);
    expect(wb.active).toBe("Проверка");
    expect(wb.epoch1904).toBe(false);
  });

  test("a real Excel table with its name, ref, headers and style", () => {
    expect(sheet(wb, "Пары").tables).toEqual([
      {
        name: "Pairs",
        ref: "A1:F3",
        headers: ["Наставник", "Дата начала", "Телефон", "Примечание", "Оценка", "Статус"],
        style: "TableStyleMedium2",
      },
    ]);
  });

  test("strings that look like formulas or numbers are stored as text, with the text format", () => {
    const pairs = sheet(wb, "Пары").cells;
    expect(pairs.D2).toMatchObject({ value: FORMULA_TEXT, type: "s", format: "@" });
    expect(pairs.C2).toMatchObject({ value: PHONE_TEXT, type: "s", format: "@" });
    const check = sheet(wb, "Проверка").cells;
    expect(check.C4).toMatchObject({ value: FORMULA_TEXT, type: "s" });
    expect(check.C5).toMatchObject({ value: PHONE_TEXT, type: "s" });
  });

  test("dates are date cells formatted dd.mm.yyyy, even in a text-formatted column", () => {
    const pairs = sheet(wb, "Пары").cells;
    expect(pairs.B2).toMatchObject({ value: "2024-09-01T00:00:00", type: "d", format: "dd.mm.yyyy" });
    expect(pairs.B3.value).toBe("2024-10-15T00:00:00");
    expect(sheet(wb, "Проверка").cells.C6).toMatchObject({
      value: "2024-12-20T00:00:00",
      format: "dd.mm.yyyy",
    });
  });

  test("numbers, booleans, formulas and in-workbook links", () => {
    const pairs = sheet(wb, "Пары").cells;
    expect(pairs.E2).toMatchObject({ value: 9, type: "n" });
    expect(pairs.E3).toBeUndefined();
    const check = sheet(wb, "Проверка").cells;
    expect(check.B4).toMatchObject({ value: 2, type: "n" });
    expect(check.D6).toMatchObject({ value: true, type: "b" });
    expect(check.D5).toMatchObject({ value: "=1+1", type: "f" });
    expect(check.D4).toMatchObject({
      value: `=HYPERLINK("#'Пары'!A2","Пары, строка 2")`,
      type: "f",
      underline: "single",
    });
  });

  test("block styles: bold title, borders, wrap and fill", () => {
    const check = sheet(wb, "Проверка").cells;
    expect(check.A1).toMatchObject({ value: "Проверка книги", bold: true, border: false });
    expect(check.A3).toMatchObject({ border: true, wrap: true, fill: "FFF2F2F2" });
  });

  test("data validation on the table columns, down to row 501 for rows typed below the table", () => {
    const v = sheet(wb, "Пары").validations;
    expect(v).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "list",
          formula1: "Справочники!$A$2:$A$4",
          sqref: "A2:A501",
          allowBlank: true,
          promptTitle: "Наставник",
          prompt: "Выберите ФИО из списка «Наставники».",
          errorTitle: "Нет в списке",
          error: "Такого наставника нет на листе «Наставники».",
        }),
        expect.objectContaining({ type: "date", formula1: "36526", formula2: "73415", sqref: "B2:B501" }),
        expect.objectContaining({ type: "whole", formula1: "1", formula2: "10", sqref: "E2:E501" }),
        expect.objectContaining({ type: "list", formula1: '"Действует,Завершена"', sqref: "F2:F501" }),
      ]),
    );
    expect(v).toHaveLength(4);
  });

  test("frozen header row, column widths, tab colour, print setup", () => {
    const pairs = sheet(wb, "Пары");
    expect(pairs.freeze).toBe("A2");
    expect(pairs.widths).toEqual({ A: 32, B: 14 });
    expect(pairs.tabColor).toBe("FF1F4E79");
    expect(pairs.print).toEqual({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "$1:$1",
    });
  });

  test("conditional format: cells equal to a text get a fill and a font colour", () => {
    expect(sheet(wb, "Пары").conditionalFormats).toEqual([
      {
        range: "F2:F3",
        type: "cellIs",
        operator: "equal",
        formula: ['"Ошибка"'],
        fill: "FFFFC7CE",
        font: "FF9C0006",
      },
    ]);
  });
});

describe("LibreOffice", () => {
  test("opens the written file and keeps its sheets, text, dates and links", () => {
    const out = libreOfficeConvert(file, join(dir, "lo"), "xlsx");
    const lo = inspectWorkbook(out);
    expect(lo.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Пары", "visible"],
      ["Проверка", "visible"],
      ["Справочники", "hidden"],
    ]);
    const pairs = sheet(lo, "Пары").cells;
    expect(pairs.D2).toMatchObject({ value: FORMULA_TEXT, type: "s" });
    expect(pairs.C2).toMatchObject({ value: PHONE_TEXT, type: "s" });
    expect(pairs.B2.value).toBe("2024-09-01T00:00:00");
    expect(sheet(lo, "Проверка").cells.D4).toMatchObject({ type: "f" });
    expect(sheet(lo, "Пары").validations.map((v) => v.sqref)).toEqual(
      expect.arrayContaining(["A2:A501", "B2:B501", "E2:E501", "F2:F501"]),
    );
  }, 150_000);
});
