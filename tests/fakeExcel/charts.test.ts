import { createFakeExcel } from "./index";

const seeded = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Отчёт",
        rows: [
          ["Форма", "Пар", "Завершено"],
          ["учитель – ученик", 12, 5],
          ["студент – ученик", 7, 2],
        ],
      },
    ],
  });

describe("charts", () => {
  test("add, title, axes, position: recorded in state", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Отчёт");
      const chart = sheet.charts.add(
        fake.Excel.ChartType.columnClustered,
        sheet.getRange("A1:C3"),
        "Columns",
      );
      chart.name = "ПарыПоФормам";
      chart.title.text = "Пары по формам";
      chart.axes.categoryAxis.title.text = "Форма";
      chart.axes.valueAxis.title.text = "Число пар";
      chart.axes.valueAxis.maximum = 20;
      chart.legend.position = "Bottom";
      chart.setPosition("E2", "L20");
      const series = chart.series.load("items/name");
      const n = sheet.charts.getCount();
      await ctx.sync();
      expect(series.items.map((s) => s.name)).toEqual(["Пар", "Завершено"]);
      expect(n.value).toBe(1);
    });
    expect(fake.state.sheet("Отчёт").charts).toEqual([
      expect.objectContaining({
        name: "ПарыПоФормам",
        type: "ColumnClustered",
        source: "Отчёт!A1:C3",
        seriesBy: "Columns",
        title: "Пары по формам",
        position: { startCell: "E2", endCell: "L20" },
        left: 4 * 48,
        top: 15,
        width: 8 * 48,
        height: 19 * 15,
        categoryAxisTitle: "Форма",
        valueAxisTitle: "Число пар",
        valueAxisMax: 20,
        legend: { visible: true, position: "Bottom" },
        series: ["Пар", "Завершено"],
      }),
    ]);
  });

  test("default names are Excel's; getItem finds by name; delete removes", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Отчёт");
      sheet.charts.add("Pie", sheet.getRange("A1:B3"));
      sheet.charts.add("BarClustered", sheet.getRange("A1:C3"));
      await ctx.sync();
      const charts = sheet.charts.load("items/name");
      await ctx.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Диаграмма 1", "Диаграмма 2"]);
      sheet.charts.getItem("Диаграмма 1").delete();
      await ctx.sync();
      sheet.charts.getItem("Диаграмма 1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      const missing = sheet.charts.getItemOrNullObject("Диаграмма 1");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.state.sheet("Отчёт").charts.map((c) => c.type)).toEqual(["BarClustered"]);
  });

  test("unknown chart types and axis settings on a pie are refused", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Отчёт");
      sheet.charts.add("ColumnClusteredd" as Excel.ChartType, sheet.getRange("A1:C3"));
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const pie = sheet.charts.add("Pie", sheet.getRange("A1:B3"));
      await ctx.sync();
      pie.axes.valueAxis.title.text = "Пар";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });
});
