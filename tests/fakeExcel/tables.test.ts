import "./fullHost";
import { createFakeExcel } from "./index";

const fresh = () => createFakeExcel({ sheets: [{ name: "Пары" }, { name: "Люди" }] });

describe("tables", () => {
  test("add + rows.add + columns.add show up in the sheet's cells and used range", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Пары");
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Пары";
      table.getHeaderRowRange().values = [["Наставник", "Наставляемый", "Форма"]];
      table.rows.add(undefined, [
        ["Иванов", "Петров", "учитель – ученик"],
        ["Сидорова", "Кузнецов", "студент – ученик"],
      ]);
      table.columns.add(undefined, undefined, "Статус");
      const used = sheet.getUsedRange().load("address, values");
      const count = table.rows.getCount();
      await ctx.sync();
      expect(used.address).toBe("Пары!A1:D3");
      expect(used.values).toEqual([
        ["Наставник", "Наставляемый", "Форма", "Статус"],
        ["Иванов", "Петров", "учитель – ученик", ""],
        ["Сидорова", "Кузнецов", "студент – ученик", ""],
      ]);
      expect(count.value).toBe(2);
    });
    const t = fake.state.table("Пары")!;
    expect(t).toMatchObject({
      sheet: "Пары",
      address: "Пары!A1:D3",
      headers: ["Наставник", "Наставляемый", "Форма", "Статус"],
      rowCount: 2,
      style: "TableStyleMedium2",
    });
  });

  test("a new table from a header row has one blank body row until rows are added", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const table = ctx.workbook.worksheets.getItem("Пары").tables.add("A1:B1", true);
      const body = table.getDataBodyRange().load("address, values");
      await ctx.sync();
      expect(body.address).toBe("Пары!A2:B2");
      expect(body.values).toEqual([["", ""]]);
    });
    expect(fake.state.tables[0]).toMatchObject({ name: "Таблица1", headers: ["Столбец1", "Столбец2"] });
  });

  test("rows added later insert cells below the table, pushing data down", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Пары", rows: [["ФИО"], ["А"], [null], ["итог"]], tables: [{ name: "T", address: "A1:A2" }] },
      ],
    });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("T").rows.add(undefined, [["Б"], ["В"]]);
      await ctx.sync();
    });
    expect(fake.sheetValues("Пары")).toEqual([["ФИО"], ["А"], ["Б"], ["В"], [""], ["итог"]]);
    expect(fake.state.table("T")!.address).toBe("Пары!A1:A4");
  });

  test("columns.add with values (header in the first row) and row width checks", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Люди", rows: [["ФИО"], ["Иванов"]], tables: [{ name: "Люди", address: "A1:A2" }] }],
    });
    await fake.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Люди");
      t.columns.add(undefined, [["Роль"], ["Наставник"]]);
      await ctx.sync();
      t.rows.add(undefined, [["только одно"]]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const cols = t.columns.load("items/name, items/index");
      await ctx.sync();
      expect(cols.items.map((c) => [c.name, c.index])).toEqual([
        ["ФИО", 0],
        ["Роль", 1],
      ]);
    });
    expect(fake.sheetValues("Люди")).toEqual([
      ["ФИО", "Роль"],
      ["Иванов", "Наставник"],
    ]);
  });

  test("table names are unique workbook-wide and must be valid", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Пары").tables.add("A1:B2", true);
      a.name = "Пары";
      ctx.workbook.worksheets.getItem("Люди").tables.add("A1:B2", true);
      await ctx.sync();
      // Default names are localised, as in Russian Excel.
      const b = () => ctx.workbook.tables.getItem("Таблица2");
      b().name = "пары";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      b().name = "Мои пары";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      b().name = "T1"; // a cell reference
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      b().name = "Люди";
      await ctx.sync();
    });
    expect(fake.state.tables.map((t) => t.name)).toEqual(["Пары", "Люди"]);
  });

  test("an object whose creation was in a failed sync is created again when reused (office.js re-instantiates it)", async () => {
    const fake = fresh();
    await fake.Excel.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Пары").tables.add("A1:B2", true);
      t.style = "TableStyleMedium99";
      await expect(ctx.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "Table.style" },
      });
      t.style = "TableStyleLight9";
      await expect(ctx.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        message: "A table can't overlap another table.",
      });
    });
    expect(fake.state.tables).toHaveLength(1);
  });

  test("header cells and column names stay in step; blanks and duplicates are renamed like Excel", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Пары",
          rows: [
            ["ФИО", "ФИО", null],
            [1, 2, 3],
          ],
          tables: [{ name: "T", address: "A1:C2" }],
        },
      ],
    });
    expect(fake.state.table("T")!.headers).toEqual(["ФИО", "ФИО2", "Столбец3"]);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары").getRange("C1").values = [["Роль"]];
      ctx.workbook.tables.getItem("T").columns.getItem("ФИО2").name = "Наставляемый";
      await ctx.sync();
    });
    expect(fake.state.table("T")!.headers).toEqual(["ФИО", "Наставляемый", "Роль"]);
    expect(fake.sheetValues("Пары")[0]).toEqual(["ФИО", "Наставляемый", "Роль"]);
  });

  test("hasHeaders=false inserts a header row above the data", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Пары", rows: [["Иванов", "Петров"]] }] });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары").tables.add("Пары!A1:B1", false);
      await ctx.sync();
    });
    expect(fake.sheetValues("Пары")).toEqual([
      ["Столбец1", "Столбец2"],
      ["Иванов", "Петров"],
    ]);
  });

  test("validation and formats on a whole table column follow new rows", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Пары", rows: [["Роль"], ["Наставник"]], tables: [{ name: "T", address: "A1:A2" }] }],
    });
    await fake.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      const body = t.getDataBodyRange();
      body.numberFormat = [["@"]];
      body.dataValidation.rule = { list: { inCellDropDown: true, source: "Наставник,Наставляемый" } };
      await ctx.sync();
      t.rows.add(undefined, [["=1+1"]]);
      await ctx.sync();
    });
    const s = fake.state.sheet("Пары");
    expect(s.validations.map((v) => v.address)).toEqual(["A2:A3"]);
    expect(s.cell("A3")).toMatchObject({ value: "=1+1", formula: null, numberFormat: "@" });
  });

  test("delete, convertToRange, and lookup by getItemAt / count", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Пары",
          rows: [["a", "b"], [1, 2], [null], ["c"], [3]],
          tables: [
            { name: "Первая", address: "A1:B2" },
            { name: "Вторая", address: "A4:A5" },
          ],
        },
      ],
    });
    await fake.Excel.run(async (ctx) => {
      const tables = ctx.workbook.worksheets.getItem("Пары").tables;
      const first = tables.getItemAt(0).load("name");
      tables.load("count");
      await ctx.sync();
      expect(first.name).toBe("Первая");
      expect(tables.count).toBe(2);
      ctx.workbook.tables.getItem("Первая").delete();
      ctx.workbook.tables.getItem("Вторая").convertToRange();
      await ctx.sync();
    });
    expect(fake.state.tables).toEqual([]);
    expect(fake.sheetValues("Пары")).toEqual([["c"], [3]]);
  });
});
