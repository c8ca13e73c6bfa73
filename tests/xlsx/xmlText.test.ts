/**
 * Every file the project writes is well-formed XML whatever the text (src/xlsx/xmlText.ts): cell
 * texts keep characters XML cannot hold as Excel's «_xHHHH_» escapes (so they read back as typed),
 * other texts get U+FFFD; and the data validations of the template never overlap, each with a
 * prompt title of its own (ExcelJS merged «Настройки» B9 and B10 into a range over B10's rule).
 */
/* eslint-disable no-control-regex -- the characters XML cannot hold are the point */
import fc from "fast-check";
import { Workbook } from "exceljs";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { excelCellText, MAX_CELL_TEXT, withXmlSafeTexts, xmlPlainText } from "../../src/xlsx/xmlText";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { inspectWorkbook, tempDir } from "./support/external";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** What XML 1.0 cannot hold. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test("cell text: Excel's escapes for what XML cannot hold, a literal escape protected, Excel's length", () => {
  expect(excelCellText("Школа\u001b[2J\ufffe\uffff")).toBe("Школа_x001B_[2J_xFFFE__xFFFF_");
  expect(excelCellText("как в Excel: _x001B_")).toBe("как в Excel: _x005F_x001B_");
  expect(excelCellText("строка\tи\nещё\r")).toBe("строка\tи\nещё\r");
  expect(excelCellText("одинокий \ud800 суррогат")).toBe("одинокий \ufffd суррогат");
  expect(excelCellText("я".repeat(40_000))).toHaveLength(MAX_CELL_TEXT);
  // Never half an emoji at the cut.
  expect(excelCellText("я".repeat(MAX_CELL_TEXT - 1) + "🙂")).toBe("я".repeat(MAX_CELL_TEXT - 1));
  expect(xmlPlainText("Заголовок\u0007\ufffe")).toBe("Заголовок\ufffd\ufffd");
});

test("property: no text, once made writable, holds a character XML cannot", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (s) => {
      expect(NOT_XML.test(excelCellText(s))).toBe(false);
      expect(NOT_XML.test(xmlPlainText(s))).toBe(false);
    }),
    { numRuns: 2000 },
  );
});

test("the whole plan: cells untouched for the cell writer, every other text made writable", () => {
  const plan = withXmlSafeTexts({
    sheets: [
      {
        name: "Лист\ufffe",
        mode: "create" as const,
        blocks: [{ row: 1, col: 1, values: [["\u001b", { link: "'А'!A1", text: "ссылка\u0001" }]] }],
        tables: [{ name: "T", row: 3, col: 1, headers: ["Заголовок\u0002"], rows: [["значение\u0003"]] }],
        charts: [],
      },
    ],
  });
  const s = plan.sheets[0];
  expect(s.name).toBe("Лист\ufffd");
  expect(s.blocks[0].values[0]).toEqual(["\u001b", { link: "'А'!A1", text: "ссылка\ufffd" }]);
  expect(s.tables[0].headers).toEqual(["Заголовок\ufffd"]);
  expect(s.tables[0].rows).toEqual([["значение\u0003"]]);
});

test("through a real file: every hostile text reads back exactly as written", async () => {
  const texts = [
    "Гимназия\u001b[2J\u001b]0;ВЗЛОМ\u0007",
    "не XML: \ufffe \uffff \u0001 \u0085",
    "буквально _x001B_ как в Excel",
    "обычный текст, Ёлкина 🙂",
  ];
  const bytes = await writePlanToBuffer({
    sheets: [{ name: "Тексты", mode: "create", blocks: [{ row: 1, col: 1, values: texts.map((t) => [t]) }] }],
  });
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(texts.map((_, i) => wb.getWorksheet("Тексты")!.getCell(i + 1, 1).value)).toEqual(texts);
});

describe("the template's data validations (openpyxl reads them)", () => {
  const dir = tempDir("validations");
  const file = join(dir, "шаблон.xlsx");
  let sheets: ReturnType<typeof inspectWorkbook>["sheets"];
  beforeAll(async () => {
    writeFileSync(file, await writePlanToBuffer(templatePlan({})));
    sheets = inspectWorkbook(file).sheets;
  });

  /** The cells of an sqref such as «B2:B501 D5». */
  function cells(sqref: string): Set<string> {
    const out = new Set<string>();
    for (const part of sqref.split(" ")) {
      const [a, b = a] = part.split(":");
      const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
      const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
      if (c1 !== c2) throw new Error(`more than one column: ${part}`);
      for (let r = Number(r1); r <= Number(r2); r++) out.add(`${c1}${r}`);
    }
    return out;
  }

  test("no two rules of a sheet cover the same cell", () => {
    for (const s of sheets) {
      const seen = new Map<string, string>();
      for (const v of s.validations)
        for (const c of cells(v.sqref)) {
          expect([s.name, c, seen.get(c) ?? null]).toEqual([s.name, c, null]);
          seen.set(c, v.sqref);
        }
    }
    expect(sheets.find((s) => s.name === "Настройки")!.validations.length).toBeGreaterThan(10);
  });

  test("each rule of a sheet has a prompt title of its own, within Excel's 32 characters", () => {
    for (const s of sheets) {
      const titles = s.validations.map((v) => v.promptTitle);
      expect([s.name, titles.length]).toEqual([s.name, new Set(titles).size]);
      for (const t of titles) expect([t, (t ?? "").length <= 32]).toEqual([t, true]);
    }
  });
});
