import { createFakeExcel } from "./index";

const fresh = () => createFakeExcel({ sheets: [{ name: "Лист" }] });

async function write(
  fake: ReturnType<typeof fresh>,
  address: string,
  values: unknown,
  numberFormat?: unknown,
) {
  await fake.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Лист").getRange(address);
    if (numberFormat !== undefined) r.numberFormat = numberFormat as string[][];
    r.values = values as string[][];
    await ctx.sync();
  });
}

describe("values writes", () => {
  test("a 2-D array must match the range size, else InvalidArgument at sync", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Лист").getRange("A1:B2");
      r.values = [["a", "b"]]; // one row for a two-row range: accepted by the proxy…
      await expect(ctx.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        message:
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      });
      r.values = [["a"], ["b"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      r.values = [
        ["a", "b"],
        ["c", "d"],
      ];
      await ctx.sync();
    });
    expect(fake.sheetValues("Лист")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  test("a single value or a 1×1 array fills the range; null entries leave cells untouched", async () => {
    const fake = fresh();
    await write(fake, "A1:B2", "x");
    await write(fake, "C1:C2", [["z"]], [["@"]]);
    expect(fake.state.sheet("Лист").numberFormats("C1:C2")).toEqual([["@"], ["@"]]);
    expect(fake.sheetValues("Лист", "C1:C2")).toEqual([["z"], ["z"]]);
    await write(fake, "A1:B2", [
      [null, "y"],
      ["", null],
    ]);
    expect(fake.sheetValues("Лист", "A1:B2")).toEqual([
      ["x", "y"],
      ["", "x"],
    ]);
  });

  test('"=1+1" without text format becomes a formula; under "@" it stays text', async () => {
    const fake = fresh();
    await write(fake, "A1", [["=1+1"]]);
    await write(fake, "A2", [["=1+1"]], [["@"]]);
    const sheet = fake.state.sheet("Лист");
    expect(sheet.cell("A1")).toMatchObject({ formula: "=1+1", value: 2 });
    expect(sheet.cell("A2")).toMatchObject({
      formula: null,
      value: "=1+1",
      numberFormat: "@",
      valueType: "String",
    });
  });

  test("the format must be in place before the write: same batch, order matters", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Лист");
      const late = sheet.getRange("A1");
      late.values = [['=HYPERLINK("http://school.ru","Сайт")']];
      late.numberFormat = [["@"]];
      sheet
        .getRange("A2")
        .set({ numberFormat: [["@"]], values: [['=HYPERLINK("http://school.ru","Сайт")']] });
      await ctx.sync();
    });
    const sheet = fake.state.sheet("Лист");
    expect(sheet.cell("A1").formula).toBe('=HYPERLINK("http://school.ru","Сайт")');
    expect(sheet.cell("A1").value).toBe("Сайт");
    expect(sheet.cell("A2").formula).toBeNull();
    expect(sheet.cell("A2").value).toBe('=HYPERLINK("http://school.ru","Сайт")');
  });

  test("strings are read like typed input unless the cell is text", async () => {
    const fake = fresh();
    await write(fake, "A1:F1", [["+7 912 345-67-89", "007", "TRUE", "2024-05-01", "'=x", "15%"]]);
    await write(fake, "A2:F2", [["+7 912 345-67-89", "007", "TRUE", "2024-05-01", "'=x", "15%"]], "@");
    const s = fake.state.sheet("Лист");
    expect(s.cell("A1").formula).toBe("=+7 912 345-67-89");
    expect(s.cell("B1").value).toBe(7);
    expect(s.cell("C1").value).toBe(true);
    expect(s.cell("D1")).toMatchObject({ value: 45413, numberFormat: "dd.mm.yyyy", text: "01.05.2024" });
    expect(s.cell("E1").value).toBe("=x");
    expect(s.cell("F1")).toMatchObject({ value: 0.15, numberFormat: "0%" });
    expect(s.values("A2:F2")).toEqual([["+7 912 345-67-89", "007", "TRUE", "2024-05-01", "'=x", "15%"]]);
  });

  test("reads: values, text, formulas, valueTypes, numberFormat", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Лист",
          rows: [
            [
              1234.5,
              { value: 0.256, numberFormat: "0.0%" },
              { formula: "=A1*2" },
              { error: "#N/A" },
              true,
              "",
            ],
          ],
        },
      ],
    });
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets
        .getItem("Лист")
        .getRange("A1:F1")
        .load("values, text, formulas, valueTypes, numberFormat");
      await ctx.sync();
      expect(r.values).toEqual([[1234.5, 0.256, 2469, "#N/A", true, ""]]);
      expect(r.text).toEqual([["1234,5", "25,6%", "2469", "#N/A", "ИСТИНА", ""]]);
      expect(r.formulas).toEqual([[1234.5, 0.256, "=A1*2", "#N/A", true, ""]]);
      expect(r.valueTypes).toEqual([["Double", "Double", "Double", "Error", "Boolean", "Empty"]]);
      expect(r.numberFormat).toEqual([["General", "0.0%", "General", "General", "General", "General"]]);
    });
  });

  test("used range: values only, or including formatted cells", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Лист");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("E6").format.fill.color = "#FFFF00";
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      await ctx.sync();
      expect(all.address).toBe("Лист!B2:E6");
      expect(values.address).toBe("Лист!B2:C3");
    });
  });

  test("format reads: uniform value or null for a mixed range", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Лист");
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1:B1").format.fill.color = "#ffc7ce";
      sheet.getRange("A:A").format.columnWidth = 120;
      sheet.getRange("A1:B1").format.wrapText = true;
      sheet.getRange("A1:B1").format.horizontalAlignment = "Center";
      const mixed = sheet.getRange("A1:B1").load("format/font/bold, format/fill/color, format/columnWidth");
      const one = sheet.getRange("A1").load("format/font/bold, format/columnWidth");
      await ctx.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.fill.color).toBe("#FFC7CE");
      expect(mixed.format.columnWidth).toBeNull();
      expect(one.format.font.bold).toBe(true);
      expect(one.format.columnWidth).toBe(120);
    });
    const a1 = fake.state.sheet("Лист").cell("A1");
    expect(a1).toMatchObject({
      fill: "#FFC7CE",
      wrapText: true,
      horizontalAlignment: "Center",
      font: { bold: true },
    });
    expect(fake.state.sheet("Лист").columnWidth("A")).toBe(120);
  });

  test("a whole-column number format applies to cells written later", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Лист");
      sheet.getRange("B:B").numberFormat = [["@"]];
      sheet.getRange("B500").values = [["=SUM(1,2)"]];
      await ctx.sync();
      // Cell-level reads of an unbounded range come back null; values cannot be set on one.
      const col = sheet.getRange("B:B").load("values, numberFormat, address");
      await ctx.sync();
      expect(col.values).toBeNull();
      expect(col.numberFormat).toBeNull();
      expect(col.address).toBe("Лист!B:B");
      sheet.getRange("C:C").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.state.sheet("Лист").cell("B500")).toMatchObject({ formula: null, value: "=SUM(1,2)" });
  });

  test("invalid format values are refused at sync", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Лист").getRange("A1");
      r.format.fill.color = "жёлтый";
      await expect(ctx.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "RangeFill.color" },
      });
    });
  });

  test("hyperlinks and clear", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Лист");
      sheet.getRange("A1").hyperlink = { documentReference: "'Пары'!C7", textToDisplay: "строка 7" };
      sheet.getRange("B1:B2").values = [["x"], ["y"]];
      sheet.getRange("B1:B2").format.font.italic = true;
      sheet.getRange("B1").clear("Contents");
      sheet.getRange("B2").clear();
      await ctx.sync();
    });
    const s = fake.state.sheet("Лист");
    expect(s.cell("A1")).toMatchObject({
      value: "строка 7",
      hyperlink: { documentReference: "'Пары'!C7", textToDisplay: "строка 7" },
    });
    expect(s.cell("B1")).toMatchObject({ value: "", font: { italic: true } });
    expect(s.cell("B2")).toMatchObject({ value: "", font: { italic: false } });
  });
});
