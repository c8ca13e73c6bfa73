/**
 * «Отчёт» through the Office adapter on the fake Excel host, by the pane's own code path
 * (`buildReport`, `exportReport`) on the demo school: «Мониторинг» in ≤ 3 round trips, a rebuild
 * that leaves one sheet with one set of tables and four charts over their tables' rows, no name on
 * the sheet; the export opens a new workbook through `Excel.createWorkbook`, or says the host
 * cannot.
 */
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { evaluateWorkbook } from "../../src/domain/engine";
import { HostUnsupportedError } from "../../src/domain/port/workbookPort";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { parseReportData, REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import { REPORT_TABLES } from "../../src/domain/report/monitoringTables";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { dayFromYmd } from "../../src/domain/values/dates";
import { OfficeWorkbookPort } from "../../src/excel/officePort";
import { buildReport } from "../../src/taskpane/hooks/useReport";
import { exportReport } from "../../src/taskpane/hooks/useReportExport";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { createFakeExcel, FakeOfficeError, fakeAddress, installFakeOffice } from "../fakeExcel";
import { inputNames } from "../report/support";
import { CURRENT_EXCEL, withFakeExcel, type Harness } from "./harness";

const asOf = dayFromYmd(2024, 12, 20);
const today = dayFromYmd(2024, 12, 23);

let h: Harness;
afterEach(() => h.uninstall());

beforeEach(async () => {
  h = withFakeExcel(undefined, CURRENT_EXCEL);
  await h.port.apply(templatePlan(demoSchool({ asOf })));
});

/** Rows and columns of an A1 range, local or sheet-qualified. */
function box(address: string) {
  const { rect } = fakeAddress.parseAddress(address)!;
  return {
    top: rect.row,
    left: rect.col,
    bottom: rect.row + rect.rowCount - 1,
    right: rect.col + rect.colCount - 1,
  };
}

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

test("built in at most 3 requests; a rebuild leaves one «Мониторинг» with one set of tables and 4 charts", async () => {
  h.fake.resetStats();
  const first = await buildReport(h.port, null, today);
  expect(h.fake.stats.requests).toBeLessThanOrEqual(3);
  expect(first).toMatchObject({ sheet: MONITORING_SHEET, charts: 4, replaced: false, asOf });
  const position = h.fake.state.sheet(MONITORING_SHEET).position;

  h.fake.resetStats();
  const second = await buildReport(h.port, null, today);
  expect(h.fake.stats.requests).toBeLessThanOrEqual(3);
  expect(h.fake.stats.rejectedPayloads).toBe(0);
  // The add-in's own writes raise no change events (the live checks would react to them).
  expect(h.fake.stats.changesWithEventsEnabled).toBe(0);
  expect(second.replaced).toBe(true);

  const { state } = h.fake;
  expect(state.sheetNames.filter((n) => n === MONITORING_SHEET)).toHaveLength(1);
  const sheet = state.sheet(MONITORING_SHEET);
  expect(sheet.position).toBe(position);
  expect(state.activeSheet).toBe(MONITORING_SHEET);

  // Tables: each of the report's once, all on «Мониторинг» (no «ReportKpis2» left by the rebuild).
  const reportTables = state.tables.filter((t) => t.name.startsWith("Report"));
  expect(reportTables.map((t) => t.name).sort()).toEqual(Object.values(REPORT_TABLES).sort());
  expect(reportTables.every((t) => t.sheet === MONITORING_SHEET)).toBe(true);

  // Charts: four, each over rows of one of its tables (header row included, for series names).
  expect(sheet.charts).toHaveLength(4);
  const expected: Record<string, string> = {
    ReportChartCoverage: REPORT_TABLES.kpis,
    ReportChartPairsByForm: REPORT_TABLES.byForm,
    ReportChartMentorLoad: REPORT_TABLES.load,
    ReportChartRoadmap: REPORT_TABLES.roadmap,
  };
  expect(sheet.charts.map((c) => c.name).sort()).toEqual(Object.keys(expected).sort());
  for (const chart of sheet.charts) {
    expect(chart.source.startsWith(`${MONITORING_SHEET}!`)).toBe(true);
    const source = box(chart.source);
    const table = box(state.table(expected[chart.name])!.address);
    expect(source.top).toBe(table.top);
    expect(source.left).toBe(table.left);
    expect(source.bottom).toBeLessThanOrEqual(table.bottom);
    expect(source.bottom).toBeGreaterThan(table.top);
    expect(source.right).toBeLessThanOrEqual(table.right);
    // Below every table, so a chart never covers figures.
    const lastTableRow = Math.max(...reportTables.map((t) => box(t.address).bottom));
    expect(chart.position).not.toBeNull();
    expect(box(chart.position!.startCell).top).toBeGreaterThan(lastTableRow);
  }
  expect(sheet.charts.find((c) => c.name === "ReportChartCoverage")!.series).toEqual(["Значение", "Цель"]);

  expect(sheet.pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });

  // No name of the school's people on the sheet or in its charts.
  const grid = await h.port.readWorkbook();
  const names = inputNames(grid).flatMap((n) => [n, n.trim().split(/\s+/)[0]]);
  expect(names.length).toBeGreaterThan(20);
  const texts = [
    ...sheet
      .values()
      .flat()
      .filter((v): v is string => typeof v === "string"),
    ...sheet.charts.flatMap((c) => [c.name, c.title, c.categoryAxisTitle, c.valueAxisTitle, ...c.series]),
  ].map(norm);
  expect(names.filter((n) => texts.some((t) => t.includes(norm(n))))).toEqual([]);
});

test("a picked date is the report's date", async () => {
  const picked = dayFromYmd(2025, 3, 1);
  const built = await buildReport(h.port, picked, today);
  expect(built.asOf).toBe(picked);
  const heading = h.fake.state.sheet(MONITORING_SHEET).values("A4:B4");
  expect(heading[0][0]).toBe("Отчётная дата");
  expect(heading[0][1]).toBe(45717); // 01.03.2025 as Excel stores it
});

test("the export opens a new workbook holding «Данные отчёта» with the engine's KPIs", async () => {
  const grid = await h.port.readWorkbook();
  h.fake.resetStats();
  const exported = await exportReport(h.port, null, today);
  expect(exported.outcome).toBe("opened");
  expect(exported.fileName).toBe("Мониторинг_ОО-007_2024-12-20.xlsx");
  // The school's workbook is only read: nothing is written to it.
  expect(h.fake.state.sheetNames).not.toContain(MONITORING_SHEET);
  expect(h.fake.createdWorkbooks).toHaveLength(1);

  const file = await readWorkbookGrid(Buffer.from(h.fake.createdWorkbooks[0], "base64"));
  expect(file.sheets.map((s) => s.name)).toEqual([MONITORING_SHEET, REPORT_DATA_SHEET]);
  const data = parseReportData(file.sheets.find((s) => s.name === REPORT_DATA_SHEET)!);
  expect(data!.values).toEqual(evaluateWorkbook(grid).kpis!.values);
});

test("on a host without ExcelApi 1.8 the port says so before any round trip", async () => {
  h.uninstall();
  const fake = createFakeExcel(undefined, { requirementSets: { ExcelApi: "1.7" } });
  const uninstall = installFakeOffice(globalThis, fake);
  h = { fake, port: new OfficeWorkbookPort(), uninstall };
  await expect(h.port.createWorkbook("UEsDBA==")).rejects.toBeInstanceOf(HostUnsupportedError);
  expect(fake.stats.requests).toBe(0);
});

test("a host that claims the set but refuses the call is treated as one without it", async () => {
  const excel = (globalThis as unknown as { Excel: { createWorkbook: unknown } }).Excel;
  excel.createWorkbook = () => Promise.reject(new FakeOfficeError("NotImplemented", "Not implemented"));
  const exported = await exportReport(h.port, null, today);
  expect(exported.outcome).toBe("unsupported");
  expect(exported.bytes.length).toBeGreaterThan(5_000);
});

test("any other refusal is reported, with the file still at hand", async () => {
  const excel = (globalThis as unknown as { Excel: { createWorkbook: unknown } }).Excel;
  excel.createWorkbook = () => Promise.reject(new FakeOfficeError("GeneralException", "Internal error"));
  const exported = await exportReport(h.port, null, today);
  expect(exported.outcome).toEqual({ failure: "Excel не смог выполнить действие: Internal error" });
});
