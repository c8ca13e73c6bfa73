import { createFakeExcel, FakeNotImplementedError, FakeOfficeError } from "./index";

const seeded = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Пары",
        rows: [
          ["ФИО", "Роль"],
          ["Иванов", "Наставник"],
        ],
      },
      { name: "Справочники", rows: [["Роль"], ["Наставник"], ["Наставляемый"]] },
    ],
  });

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded like Office", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Пары").getRange("A1:B2");
      let error: unknown;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FakeOfficeError);
      expect(error).toMatchObject({
        code: "PropertyNotLoaded",
        name: "RichApi.Error",
        message:
          "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
        debugInfo: { errorLocation: "Range.values" },
      });
      await ctx.sync();
      // A sync that did not load it does not help.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("a load is readable only after the sync that serves it", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Пары").getRange("A1:B2");
      range.load("values, address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.address).toBe("Пары!A1:B2");
      expect(range.values).toEqual([
        ["ФИО", "Роль"],
        ["Иванов", "Наставник"],
      ]);
      // Only what was asked for.
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load accepts arrays, {select}, strict objects, navigation paths and no argument", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Пары");
      const a = sheet.getRange("A1").load(["values", "rowCount"]);
      const b = sheet.getRange("A1").load({ select: "address, text" });
      const c = sheet.getRange("A1").load({ values: true, format: { font: { bold: true } } } as never);
      const d = sheet.getRange("A1").load("format/font/bold, format/fill/color");
      const e = sheet.getRange("A1:B1").load();
      await ctx.sync();
      expect(a.values).toEqual([["ФИО"]]);
      expect(a.rowCount).toBe(1);
      expect(b.text).toEqual([["ФИО"]]);
      expect(c.format.font.bold).toBe(false);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(e.values).toEqual([["ФИО", "Роль"]]);
      expect(e.formulas).toEqual([["ФИО", "Роль"]]);
    });
  });

  test("a property set by the client reads back without a load", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Пары").getRange("C1");
      range.values = [["Статус"]];
      expect(range.values).toEqual([["Статус"]]);
      await ctx.sync();
    });
    expect(fake.state.sheet("Пары").cell("C1").value).toBe("Статус");
  });

  test("writes are queued and applied in order only at sync", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Пары").getRange("A2");
      range.values = [["Петров"]];
      range.values = [["Сидоров"]];
      expect(fake.state.sheet("Пары").cell("A2").value).toBe("Иванов");
      await ctx.sync();
      expect(fake.state.sheet("Пары").cell("A2").value).toBe("Сидоров");
    });
  });

  test("collections: items after load, by 'items/name' or 'name'", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      const again = ctx.workbook.worksheets.load("name, visibility");
      const count = sheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Пары", "Справочники"]);
      expect(again.items.map((s) => s.visibility)).toEqual(["Visible", "Visible"]);
      expect(() => sheets.items[0]!.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(count.value).toBe(2);
    });
  });
});

describe("missing items and null objects", () => {
  test("getItem of a missing sheet fails the sync with ItemNotFound, even if unused", async () => {
    const fake = seeded();
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Нет такого");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
  });

  test("the batch fails from that operation: earlier operations stay applied, later ones are dropped", async () => {
    const fake = seeded();
    const error = await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары").getRange("A3").values = [["до"]];
      ctx.workbook.tables.getItem("НетТаблицы").getRange().values = [["x"]];
      ctx.workbook.worksheets.getItem("Пары").getRange("A4").values = [["после"]];
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(fake.state.sheet("Пары").cell("A3").value).toBe("до");
    expect(fake.state.sheet("Пары").cell("A4").value).toBe("");
  });

  test("getItemOrNullObject gives a null object after sync", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Нет такого");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Пары");
      missing.load("name");
      present.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Пары");
      const table = ctx.workbook.tables.getItemOrNullObject("Пары");
      const used = ctx.workbook.worksheets.add("Пусто").getUsedRangeOrNullObject();
      await ctx.sync();
      expect(table.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });
});

describe("sync counting", () => {
  test("counts syncs and requests; the end of Excel.run sends leftovers", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      await ctx.sync(); // empty: a sync, not a request
      ctx.workbook.worksheets.getItem("Пары").getRange("A1").load("values");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Пары").getRange("C1").values = [["x"]];
    });
    expect(fake.stats.runs).toBe(1);
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.requests).toBe(2);
    expect(fake.stats.requestBytes).toHaveLength(3);
    expect(fake.state.sheet("Пары").cell("C1").value).toBe("x");
    fake.resetStats();
    expect(fake.stats.syncs).toBe(0);
  });

  test("Excel.run returns the batch's result and insists on a promise", async () => {
    const fake = seeded();
    await expect(fake.Excel.run(async () => 42)).resolves.toBe(42);
    await expect(fake.Excel.run((() => 1) as never)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  test("objects of a finished run cannot queue operations", async () => {
    const fake = seeded();
    const range = await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Пары").getRange("A1");
      r.load("values");
      await ctx.sync();
      return r;
    });
    expect(range.values).toEqual([["ФИО"]]);
    expect(() => range.load("address")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("objects from one context cannot be passed to another", async () => {
    const fake = seeded();
    await fake.Excel.run(async (a) => {
      const source = a.workbook.worksheets.getItem("Пары").getRange("A1:B2");
      await fake.Excel.run(async (b) => {
        const sheet = b.workbook.worksheets.getItem("Пары");
        expect(() => sheet.charts.add("ColumnClustered", source)).toThrow(
          expect.objectContaining({ code: "InvalidRequestContext" }),
        );
      });
    });
  });
});

describe("fidelity guards", () => {
  test("members the fake does not model fail loudly instead of passing silently", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Пары").getRange("A1");
      expect(() => (range as unknown as { insert(): void }).insert()).toThrow(FakeNotImplementedError);
      expect(() => range.load("valuesAsJson")).toThrow(FakeNotImplementedError);
      expect(() => ((range.format as unknown as Record<string, unknown>).textOrientation = 90)).toThrow(
        FakeNotImplementedError,
      );
      await ctx.sync();
    });
  });

  test("APIs above the host's requirement sets throw ApiNotFound, like office.js", async () => {
    const fake = createFakeExcel(undefined, { requirementSets: { ExcelApi: "1.8" } });
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    await fake.Excel.run(async (ctx) => {
      expect(() => ctx.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }),
      );
      expect(() => ctx.workbook.worksheets.getActiveWorksheet().pageLayout).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }),
      );
      await ctx.sync();
    });
  });

  test("a failed sync leaves loads unpublished and objects re-instantiated on reuse", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("Новый");
      added.load("name");
      ctx.workbook.worksheets.getItem("Нет");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => added.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // office.js sends the object's path again, so the add runs again and now collides.
      added.load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });
});
