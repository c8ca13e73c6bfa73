import "./fullHost";
import { createFakeExcel } from "./index";

const seeded = () =>
  createFakeExcel({
    sheets: [
      { name: "Пары", rows: [["ФИО", "Роль", "Дата", "Статус"]] },
      { name: "Справочники", rows: [["Роль"], ["Наставник"], ["Наставляемый"]] },
    ],
  });

describe("data validation", () => {
  test("rules, prompt and error alert are recorded per range in Excel's read-back form", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Пары");
      const roles = ctx.workbook.worksheets.getItem("Справочники").getRange("A2:A3");
      const b = sheet.getRange("B2:B50").dataValidation;
      b.rule = { list: { inCellDropDown: true, source: roles } };
      b.prompt = { showPrompt: true, title: "Роль", message: "Выберите из списка" };
      b.errorAlert = { showAlert: true, style: "Stop", title: "Ошибка", message: "Только из списка" };
      sheet.getRange("C2:C50").dataValidation.rule = {
        date: { formula1: "2020-01-01", formula2: "2030-12-31", operator: "Between" },
      };
      sheet.getRange("E2:E50").dataValidation.rule = {
        wholeNumber: { formula1: 0, formula2: 100, operator: "Between" },
      };
      sheet.getRange("F2:F50").dataValidation.rule = {
        decimal: { formula1: "0.5", operator: "GreaterThan" },
      };
      await ctx.sync();
      const read = sheet.getRange("B2:B50").dataValidation.load("type, rule, prompt");
      const part = sheet.getRange("B1:B2").dataValidation.load("type");
      const none = sheet.getRange("A2").dataValidation.load("type, rule");
      await ctx.sync();
      expect(read.type).toBe("List");
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: "=Справочники!$A$2:$A$3" } });
      expect(read.prompt).toEqual({ showPrompt: true, title: "Роль", message: "Выберите из списка" });
      expect(part.type).toBe("Inconsistent");
      expect(none.type).toBe("None");
    });
    const s = fake.state.sheet("Пары");
    expect(s.validations).toEqual([
      {
        address: "B2:B50",
        type: "List",
        rule: { list: { inCellDropDown: true, source: "=Справочники!$A$2:$A$3" } },
        prompt: { showPrompt: true, title: "Роль", message: "Выберите из списка" },
        errorAlert: { showAlert: true, style: "Stop", title: "Ошибка", message: "Только из списка" },
        ignoreBlanks: true,
      },
      expect.objectContaining({
        address: "C2:C50",
        type: "Date",
        rule: { date: { formula1: "=43831", formula2: "=47848", operator: "Between" } },
      }),
      expect.objectContaining({
        address: "E2:E50",
        rule: { wholeNumber: { formula1: "=0", formula2: "=100", operator: "Between" } },
      }),
      expect.objectContaining({ address: "F2:F50", type: "Decimal" }),
    ]);
    expect(s.validationAt("B7")?.type).toBe("List");
    expect(s.validationAt("A7")).toBeNull();
  });

  test("a literal list over 255 characters and a Between without formula2 are refused", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Пары").getRange("B2:B9").dataValidation;
      dv.rule = {
        list: {
          inCellDropDown: true,
          source: Array.from({ length: 40 }, (_, i) => `вариант ${i}`).join(","),
        },
      };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      dv.rule = { wholeNumber: { formula1: 1, operator: "Between" } };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.state.sheet("Пары").validations).toEqual([]);
  });

  test("setting a rule on part of a range splits it; clear removes it", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Пары");
      sheet.getRange("B2:B10").dataValidation.rule = { list: { inCellDropDown: true, source: "да,нет" } };
      sheet.getRange("B5").dataValidation.rule = { list: { inCellDropDown: false, source: "может быть" } };
      sheet.getRange("B9:B10").dataValidation.clear();
      await ctx.sync();
    });
    const v = fake.state
      .sheet("Пары")
      .validations.map((x) => [x.address, (x.rule.list as { source: string }).source]);
    expect(v).toEqual([
      ["B2:B4", "да,нет"],
      ["B6:B8", "да,нет"],
      ["B5", "может быть"],
    ]);
  });
});

describe("conditional formats", () => {
  test("text comparison, cell value and custom formats are recorded with their format", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Пары").getRange("D2:D50");
      const cf = range.conditionalFormats.add(fake.Excel.ConditionalFormatType.containsText);
      cf.textComparison.format.fill.color = "#FFC7CE";
      cf.textComparison.format.font.color = "#9C0006";
      cf.textComparison.rule = { operator: "Contains", text: "Ошибка" };
      const cv = range.conditionalFormats.add("CellValue");
      cv.cellValue.format.font.bold = true;
      cv.cellValue.rule = { formula1: "=0", operator: "LessThan" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=$D2="Завершена"';
      custom.custom.format.fill.color = "#C6EFCE";
      const count = range.conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(3);
    });
    const cfs = fake.state.sheet("Пары").conditionalFormats;
    expect(cfs).toEqual([
      expect.objectContaining({
        address: "D2:D50",
        type: "Custom",
        priority: 0,
        rule: { formula: '=$D2="Завершена"' },
        format: expect.objectContaining({ fill: "#C6EFCE" }),
      }),
      expect.objectContaining({
        type: "CellValue",
        rule: { formula1: "=0", operator: "LessThan" },
        format: expect.objectContaining({ bold: true }),
      }),
      expect.objectContaining({
        type: "ContainsText",
        priority: 2,
        rule: { operator: "Contains", text: "Ошибка" },
        format: { fill: "#FFC7CE", fontColor: "#9C0006", bold: null, italic: null, numberFormat: null },
      }),
    ]);
  });

  test("the wrong type-specific object fails at sync; the OrNullObject variant is null", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets
        .getItem("Пары")
        .getRange("D2:D5")
        .conditionalFormats.add("CellValue");
      const asText = cf.textComparisonOrNullObject.load("rule");
      await ctx.sync();
      expect(asText.isNullObject).toBe(true);
      cf.textComparison.rule = { operator: "Contains", text: "x" };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("clearAll removes conditional formats from the range", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Пары");
      sheet.getRange("D2:D50").conditionalFormats.add("ContainsText").textComparison.rule = {
        operator: "Contains",
        text: "x",
      };
      sheet.getRange("E2:E50").conditionalFormats.add("ContainsText").textComparison.rule = {
        operator: "BeginsWith",
        text: "y",
      };
      await ctx.sync();
      sheet.getRange("D:D").conditionalFormats.clearAll();
      await ctx.sync();
    });
    expect(fake.state.sheet("Пары").conditionalFormats.map((c) => c.address)).toEqual(["E2:E50"]);
  });
});
