import "./fullHost";
/** Hidden rows, merged ranges and the AutoFilter in the fake host, behaving as Office does. */
import { createFakeExcel } from "./index";

const seeded = (requirementSets?: Record<string, string>) =>
  createFakeExcel(
    {
      sheets: [
        {
          name: "Лист1",
          rows: [
            ["Этап", "Мероприятие"],
            ["Подготовительный", "Приказ"],
            [null, "База"],
            ["Реализационный", "Школа"],
          ],
          hiddenRows: [3],
          merges: ["A2:A3"],
          autoFilter: { address: "A1:B4" },
        },
      ],
    },
    requirementSets ? { requirementSets } : {},
  );

test("visible cells, merged areas and the filter are read after load and sync, not before", async () => {
  const fake = seeded();
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Лист1");
    const used = ws.getUsedRange(true);
    const visible = used.getSpecialCellsOrNullObject(fake.Excel.SpecialCellType.visible);
    const merged = used.getMergedAreasOrNullObject();
    const filter = ws.autoFilter;
    visible.load("address");
    merged.load("address,areaCount");
    expect(() => visible.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(visible.address).toBe("Лист1!A1:B2, Лист1!A4:B4");
    expect(merged).toMatchObject({ address: "Лист1!A2:A3", areaCount: 1, isNullObject: false });
    // Not loaded: the filter's state cannot be read.
    expect(() => filter.isDataFiltered).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    filter.load("enabled,isDataFiltered");
    await ctx.sync();
    expect([filter.enabled, filter.isDataFiltered]).toEqual([true, false]);
  });
});

test("no merged area is a null object, and every row hidden leaves no visible cells", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", rows: [["a"], ["b"]], hiddenRows: [1, 2] }] });
  await fake.Excel.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getItem("Лист1").getUsedRange(true);
    const merged = used.getMergedAreasOrNullObject();
    const visible = used.getSpecialCellsOrNullObject("Visible");
    merged.load("address");
    visible.load("address");
    await ctx.sync();
    expect([merged.isNullObject, visible.isNullObject]).toEqual([true, true]);
  });
});

test("merged areas need ExcelApi 1.13 and visible cells ExcelApi 1.9, as Office says", async () => {
  const fake = seeded({ ExcelApi: "1.12" });
  await fake.Excel.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getItem("Лист1").getUsedRange(true);
    expect(() => used.getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
  const old = seeded({ ExcelApi: "1.8" });
  await old.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Лист1");
    expect(() => ws.getUsedRange(true).getSpecialCellsOrNullObject("Visible")).toThrow(
      expect.objectContaining({ code: "ApiNotFound" }),
    );
    expect(() => ws.autoFilter).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
});
