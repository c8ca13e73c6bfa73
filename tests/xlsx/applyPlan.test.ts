/** How plans are applied to a workbook: sheet modes, tab order, activation and what is skipped. */
import { Workbook } from "exceljs";
import type { WritePlan } from "../../src/domain/plan/writePlan";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { excelJsGridOfWorkbook as gridOfWorkbook } from "./support/excelJsReference";
import { unsupportedParts } from "../../src/xlsx/unsupported";
import { samplePlan } from "./support/samplePlan";

const dataValidationsOf = (ws: unknown) =>
  (ws as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } })
    .dataValidations.model;

function threeSheets(): Workbook {
  const wb = new Workbook();
  for (const name of ["Сведения", "Мониторинг", "Пары"])
    wb.addWorksheet(name).getCell("A1").value = `старый ${name}`;
  return wb;
}

describe("sheet modes", () => {
  test("replace rebuilds the sheet in its old place in the tab order", () => {
    const wb = applyPlanToWorkbook(
      {
        sheets: [{ name: "Мониторинг", mode: "replace", blocks: [{ row: 2, col: 2, values: [["новый"]] }] }],
      },
      threeSheets(),
    );
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Сведения", "Мониторинг", "Пары"]);
    expect(gridOfWorkbook(wb).sheets[1]).toEqual({
      name: "Мониторинг",
      firstRow: 2,
      firstCol: 2,
      rows: [["новый"]],
    });
  });

  test("replace finds the old sheet whatever the case of its name", () => {
    const wb = applyPlanToWorkbook({ sheets: [{ name: "МОНИТОРИНГ", mode: "replace" }] }, threeSheets());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Сведения", "МОНИТОРИНГ", "Пары"]);
  });

  test("create refuses a sheet that exists", () => {
    expect(() => applyPlanToWorkbook({ sheets: [{ name: "Пары", mode: "create" }] }, threeSheets())).toThrow(
      /Лист «Пары» уже есть/,
    );
  });

  test("update writes into the existing sheet and keeps everything else", () => {
    const wb = applyPlanToWorkbook(
      {
        sheets: [
          {
            name: "Сведения",
            mode: "update",
            blocks: [{ row: 2, col: 1, values: [["Отчётная дата", { date: "2024-12-20" }]] }],
            cellValidations: [{ range: "B2", rule: { kind: "date", min: "2000-01-01", max: "2100-12-31" } }],
          },
        ],
      },
      threeSheets(),
    );
    expect(gridOfWorkbook(wb).sheets[0].rows).toEqual([
      ["старый Сведения"],
      ["Отчётная дата", { kind: "date", iso: "2024-12-20" }],
    ]);
    // One cell's rule is kept as the range «B2:B2» (ExcelJS would merge single cells wrongly).
    expect(dataValidationsOf(wb.getWorksheet("Сведения"))).toEqual({
      "B2:B2": expect.objectContaining({ type: "date" }),
    });
  });

  test("update of a missing sheet is an error", () => {
    expect(() =>
      applyPlanToWorkbook({ sheets: [{ name: "Нет такого", mode: "update" }] }, new Workbook()),
    ).toThrow(/Листа «Нет такого» нет/);
  });
});

describe("activation", () => {
  const views = (wb: Workbook) =>
    wb.worksheets.map((ws) => (ws.views[0] as { tabSelected?: boolean } | undefined)?.tabSelected === true);

  test("the activated sheet is the active tab and the only selected one", () => {
    const wb = applyPlanToWorkbook({ ...samplePlan }, new Workbook());
    expect(wb.views[0].activeTab).toBe(1);
    expect(views(wb)).toEqual([false, true, false]);
  });

  test("a hidden sheet is never activated: the first visible one is", () => {
    const wb = applyPlanToWorkbook(
      {
        activate: "Справочники",
        sheets: [
          { name: "Справочники", mode: "create", hidden: true },
          { name: "Свод", mode: "create" },
        ],
      },
      new Workbook(),
    );
    expect(wb.views[0].activeTab).toBe(1);
    expect(views(wb)).toEqual([false, true]);
  });
});

describe("parts ExcelJS cannot express", () => {
  const plan: WritePlan = {
    sheets: [
      {
        name: "Пары",
        mode: "update",
        tables: [{ kind: "existing", name: "Pairs", appendColumns: [], formats: {} }],
        validations: [
          { table: "Pairs", column: "Статус", rule: { kind: "list", source: ["Действует", "Завершена"] } },
        ],
      },
      {
        name: "Отчёт",
        mode: "create",
        tables: [{ name: "Report", row: 1, col: 1, headers: ["Показатель", "Значение"], rows: [["a", 1]] }],
        validations: [
          { table: "Report", column: "Показатель", rule: { kind: "list", source: ["Да, конечно", "Нет"] } },
          { table: "Report", column: "Значение", rule: { kind: "decimal", min: 0, max: 1 } },
        ],
        charts: [
          {
            name: "share",
            type: "pie",
            title: "Доли",
            dataRange: "A1:B2",
            seriesBy: "columns",
            from: "D2",
            to: "J15",
          },
        ],
      },
    ],
  };

  test("are listed with a Russian message each; charts are not among them (the writer draws them)", () => {
    expect(unsupportedParts(plan).map((p) => [p.sheet, p.kind, p.name])).toEqual([
      ["Пары", "table", "Pairs"],
      ["Пары", "validation", "Pairs[Статус]"],
      ["Отчёт", "validation", "Report[Показатель]"],
    ]);
    for (const p of unsupportedParts(plan)) expect(p.message).toMatch(/не (записан|записана|перестроена)/);
    expect(unsupportedParts(samplePlan)).toEqual([]);
  });

  test("are skipped while the rest is written", () => {
    const wb = new Workbook();
    wb.addWorksheet("Пары");
    applyPlanToWorkbook(plan, wb);
    expect(dataValidationsOf(wb.getWorksheet("Пары"))).toEqual({});
    expect(Object.keys(dataValidationsOf(wb.getWorksheet("Отчёт")))).toEqual(["B2:B501"]);
  });
});
