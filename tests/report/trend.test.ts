/**
 * «Динамика показателей» on «Мониторинг»: a school that fixed snapshots («Зафиксировать срез»,
 * through the Office adapter on the fake Excel host) gets a table of its coverage shares on every
 * snapshot date up to D and on D itself — each the engine's own computation at that date — and a
 * line chart over exactly that table. Without snapshots the sheet is what it was.
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import {
  PERCENT_FORMAT,
  type ChartPlan,
  type SheetPlan,
  type TablePlan,
} from "../../src/domain/plan/writePlan";
import { monitoringOnlyPlan, reportPlan } from "../../src/domain/report/reportPlan";
import { TREND_TABLE } from "../../src/domain/report/monitoringTables";
import { TREND_KPIS } from "../../src/domain/report/trend";
import { snapshotPlan } from "../../src/domain/snapshots/snapshotPlan";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { day, rawSheet, school } from "../domain/builders";
import { withFakeExcel } from "../excel/harness";
import { seedFromGrid } from "../excel/seedFromGrid";
import { MESSY, MISTAKES, TIDY, school as schoolFile } from "../fixtures/schoolFiles";
import { at, SNAPSHOT_HEADERS, snapshotRow } from "../snapshots/trendSupport";
import { chartRect, newTables, overlaps, parseRange, PlanGrid, tableRect } from "./planCells";
import { inputNames, nameForm, reportable } from "./support";

const TODAY = day("2025-01-20");
const monitoring = (grid: WorkbookGrid): SheetPlan =>
  monitoringOnlyPlan(reportable(evaluateWorkbook(grid)), TODAY).sheets[0];
const trendTable = (s: SheetPlan) => newTables(s).find((t) => t.name === TREND_TABLE);
const trendChart = (s: SheetPlan): ChartPlan | undefined =>
  s.charts!.find((c) => c.name === "ReportChartTrend");
const shares = (grid: WorkbookGrid, iso: string) =>
  TREND_KPIS.map((id) => at(grid, iso).kpis!.values[id].value);

/** The tidy school with snapshots fixed by the add-in on 15.09, 01.10 and — after its D (20.12.2024) — 15.01. */
async function school01WithSnapshots(): Promise<WorkbookGrid> {
  const h = withFakeExcel(seedFromGrid(await readWorkbookFile(schoolFile(TIDY))));
  try {
    for (const iso of ["2024-09-15", "2024-10-01", "2025-01-15"]) {
      const result = evaluateWorkbook(await h.port.readWorkbook(), { asOf: day(iso) });
      await h.port.apply(snapshotPlan(await h.port.readStructure(), result, TODAY));
    }
    return await h.port.readWorkbook();
  } finally {
    h.uninstall();
  }
}

describe("the tidy school with three snapshots, one after its D", () => {
  let plain: WorkbookGrid;
  let grid: WorkbookGrid;
  let s: SheetPlan;
  let t: TablePlan;
  beforeAll(async () => {
    plain = await readWorkbookFile(schoolFile(TIDY));
    grid = await school01WithSnapshots();
    s = monitoring(grid);
    t = trendTable(s)!;
  });

  test("the snapshots were written and read back (the history the report starts from)", () => {
    const r = evaluateWorkbook(grid);
    expect(r.wb.snapshots.problems).toEqual([]);
    expect(new Set(r.wb.snapshots.rows.map((x) => x.date))).toEqual(
      new Set([day("2024-09-15"), day("2024-10-01"), day("2025-01-15")]),
    );
    expect(r.asOf).toBe(day("2024-12-20"));
  });

  test("one row per snapshot date up to D, then D: the engine's shares evaluated at each date", () => {
    expect(t.headers).toEqual([
      "Дата",
      "Молодые специалисты с наставником",
      "Педагоги в наставничестве",
      "Обучающиеся в наставничестве",
    ]);
    expect(t.rows).toEqual([
      [{ date: "2024-09-15" }, ...shares(plain, "2024-09-15")],
      [{ date: "2024-10-01" }, ...shares(plain, "2024-10-01")],
      [{ date: "2024-12-20" }, ...shares(plain, "2024-12-20")],
    ]);
    // The dates differ in what they show (so the table is not one row copied). Of the 7 young
    // specialists, on 15.09 Козлов, Михеева, Зайцева and Белкина have an active pair; by 01.10
    // also Орехов and Смирнова; on 20.12 Зайцева's and Белкина's have ended and Фролова's began.
    expect(t.rows.map((r) => r[1])).toEqual([4 / 7, 6 / 7, 5 / 7]);
    expect(t.columnFormats).toEqual(["dd.mm.yyyy", PERCENT_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT]);
  });

  test("the section follows the KPI tables, under its title", () => {
    const names = newTables(s).map((x) => x.name);
    expect(names.slice(0, 3)).toEqual(["ReportKpis", "ReportFigures", TREND_TABLE]);
    const g = new PlanGrid(s);
    expect(g.get(t.row - 1, t.col)).toMatch(/^Динамика показателей/);
  });

  test("a line chart whose data range is exactly the trend table, header row included", () => {
    const c = trendChart(s)!;
    expect(c).toMatchObject({ type: "line", seriesBy: "columns", valueAxisMax: 1 });
    expect(c.title).toMatch(/^Динамика/);
    expect(parseRange(c.dataRange)).toEqual(tableRect(t));
    const cells = new PlanGrid(s).range(c.dataRange);
    expect(cells[0]).toEqual(t.headers);
    expect(cells.slice(1)).toEqual(t.rows);
  });

  test("five charts, none over a table, a written cell or another chart, within the tables' width", () => {
    expect(s.charts!.map((c) => c.name)).toEqual([
      "ReportChartCoverage",
      "ReportChartTrend",
      "ReportChartPairsByForm",
      "ReportChartMentorLoad",
      "ReportChartRoadmap",
    ]);
    const charts = s.charts!.map(chartRect);
    const tables = newTables(s).map(tableRect);
    const cells = new PlanGrid(s).all();
    const widest = Math.max(...tables.map((x) => x.right));
    charts.forEach((c, i) => {
      for (const x of tables) expect(overlaps(c, x)).toBe(false);
      charts.forEach((other, j) => j !== i && expect(overlaps(c, other)).toBe(false));
      for (const cell of cells)
        expect(overlaps(c, { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col })).toBe(false);
      expect(c.right).toBeLessThanOrEqual(widest);
    });
  });

  test("everything else on the sheet is what the report without snapshots shows", () => {
    const before = monitoring(plain);
    const contents = (x: SheetPlan) =>
      newTables(x)
        .filter((tt) => tt.name !== TREND_TABLE)
        .map((tt) => [tt.name, tt.headers, tt.rows]);
    expect(contents(s)).toEqual(contents(before));
    const kinds = (x: SheetPlan) => x.charts!.filter((c) => c.name !== "ReportChartTrend");
    // Same charts over the same tables (their rows moved down by the section).
    expect(kinds(s).map((c) => [c.name, c.type, c.title])).toEqual(
      before.charts!.map((c) => [c.name, c.type, c.title]),
    );
  });

  test("no ФИО of the workbook in the report with its history", () => {
    const plan = reportPlan(reportable(evaluateWorkbook(grid)), TODAY);
    const texts: string[] = [];
    for (const sh of plan.sheets) {
      for (const b of sh.blocks ?? [])
        for (const v of b.values.flat()) if (typeof v === "string") texts.push(v);
      for (const tt of newTables(sh)) {
        texts.push(...tt.headers);
        for (const v of tt.rows.flat()) if (typeof v === "string") texts.push(v);
      }
    }
    const all = texts.map(nameForm).join("\n");
    const names = inputNames(grid);
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(all).not.toContain(nameForm(n));
  });
});

describe("without a snapshot up to D there is no trend section", () => {
  test.each([TIDY, MESSY, MISTAKES])("%s as it is", async (name) => {
    const s = monitoring(await readWorkbookFile(schoolFile(name)));
    expect(trendTable(s)).toBeUndefined();
    expect(trendChart(s)).toBeUndefined();
    expect(s.charts).toHaveLength(4);
  });

  test("a «Срезы» holding only a snapshot after D", () => {
    const grid = school(
      {},
      {
        extraSheets: [
          rawSheet("Срезы", SNAPSHOT_HEADERS, [snapshotRow("2025-01-10", "young_mentored", 1, 1)]),
        ],
      },
    );
    expect(evaluateWorkbook(grid).wb.snapshots.rows).toHaveLength(1);
    const s = monitoring(grid);
    expect(trendTable(s)).toBeUndefined();
    expect(s.charts).toHaveLength(4);
  });
});

test("a snapshot on D itself is the D row (the fixed record), with an empty share where the denominator is 0", () => {
  const grid = school(
    {},
    {
      extraSheets: [
        rawSheet("Срезы", SNAPSHOT_HEADERS, [
          snapshotRow("2024-11-01", "young_mentored", 1, 4),
          snapshotRow("2024-11-01", "teachers_involved", 2, 40),
          snapshotRow("2024-11-01", "students_involved", 0, 0),
          snapshotRow("2024-12-20", "young_mentored", 3, 4),
          snapshotRow("2024-12-20", "teachers_involved", 5, 40),
          // Fixed again on the same day after a correction: the lower row wins.
          snapshotRow("2024-12-20", "teachers_involved", 6, 40),
        ]),
      ],
    },
  );
  const r = evaluateWorkbook(grid);
  expect(r.asOf).toBe(day("2024-12-20"));
  // The workbook itself has no mentees now: the fixed figures, not today's, are what the row shows.
  expect(r.kpis!.values.young_mentored.denominator).toBe(0);
  const t = trendTable(monitoring(grid))!;
  expect(t.rows).toEqual([
    [{ date: "2024-11-01" }, 1 / 4, 2 / 40, null],
    [{ date: "2024-12-20" }, 3 / 4, 6 / 40, null],
  ]);
});
