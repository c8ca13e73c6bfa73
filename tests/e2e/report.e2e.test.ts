/**
 * «Отчёт» in the built pane, in headless Chromium over the fake Excel host, on the demo school:
 * «Построить отчёт» writes «Мониторинг» with its tables and four charts, a rebuild leaves one set;
 * the export loads the file writer on demand and opens a new workbook, or offers the file as a
 * download where Excel refuses. Screenshots: test-results/screenshots/report.png, report-export.png,
 * report-download.png.
 */
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { parseReportData, REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { CURRENT_EXCEL } from "../excel/harness";
import type { FakeWorkbookState } from "../fakeExcel";
import { openPane, type PaneSession } from "./browser";
import { demoSchoolSeed } from "./demoSeed";

interface FakeWindow {
  __fake: {
    state: {
      sheetNames: string[];
      tables: { name: string; sheet: string }[];
      sheet(name: string): { charts: { name: string; source: string }[] };
    };
    createdWorkbooks: readonly string[];
  };
  Excel: { createWorkbook: (base64?: string) => Promise<void> };
}

let seed: FakeWorkbookState;
let pane: PaneSession;

beforeAll(async () => {
  seed = await demoSchoolSeed();
});
afterEach(async () => {
  await pane?.close();
});

const reportState = (p: PaneSession) =>
  p.page.evaluate((sheet) => {
    const s = (window as unknown as FakeWindow).__fake.state;
    return {
      sheetNames: s.sheetNames,
      tables: s.tables.filter((t) => t.sheet === sheet).map((t) => t.name),
      charts: s.sheetNames.includes(sheet) ? s.sheet(sheet).charts.map((c) => c.source) : [],
    };
  }, MONITORING_SHEET);

async function openReport(): Promise<PaneSession> {
  const p = await openPane({ seed, width: 360, requirementSets: CURRENT_EXCEL.requirementSets });
  await p.page.getByRole("tab", { name: "Отчёт" }).click();
  // The date field shows «Отчётная дата» of «Сведения» once the workbook is read.
  await p.page.waitForFunction(
    () => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === "2024-12-20",
    undefined,
    { timeout: 20_000 },
  );
  return p;
}

test("«Построить отчёт» writes «Мониторинг» with 4 charts; a rebuild leaves one set", async () => {
  pane = await openReport();
  const { page } = pane;
  const summary = page.getByTestId("report-summary");

  await page.getByRole("button", { name: "Построить отчёт" }).click();
  await summary.getByText(/Лист «Мониторинг» создан на 20\.12\.2024/).waitFor({ timeout: 20_000 });
  let state = await reportState(pane);
  expect(state.sheetNames.filter((n) => n === MONITORING_SHEET)).toHaveLength(1);
  expect(state.tables).toHaveLength(7);
  expect(state.charts).toHaveLength(4);
  expect(state.charts.every((source) => source.startsWith(`${MONITORING_SHEET}!`))).toBe(true);

  await page.getByRole("button", { name: "Построить отчёт" }).click();
  await summary.getByText(/Лист «Мониторинг» перестроен на 20\.12\.2024/).waitFor({ timeout: 20_000 });
  const rebuilt = await reportState(pane);
  expect(rebuilt.sheetNames.filter((n) => n === MONITORING_SHEET)).toHaveLength(1);
  expect(rebuilt.tables).toEqual(state.tables);
  expect(rebuilt.charts).toEqual(state.charts);
  state = rebuilt;

  await pane.screenshot("report");
  expect(pane.foreignRequests).toEqual([]);
});

test("the export loads the writer on demand and opens a new workbook with «Данные отчёта»", async () => {
  pane = await openReport();
  const { page } = pane;
  const scripts = () =>
    page.evaluate(
      () => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js")).length,
    );
  const before = await scripts();

  await page.getByRole("button", { name: "Экспорт для вышестоящей организации" }).click();
  await page.getByText("Отчёт открыт в новой книге").waitFor({ timeout: 30_000 });
  // ExcelJS is not part of the initial download: the export fetched it.
  expect(await scripts()).toBeGreaterThan(before);

  const files = await page.evaluate(() => (window as unknown as FakeWindow).__fake.createdWorkbooks);
  expect(files).toHaveLength(1);
  const grid = await readWorkbookGrid(Buffer.from(files[0], "base64"));
  expect(grid.sheets.map((s) => s.name)).toEqual([MONITORING_SHEET, REPORT_DATA_SHEET]);
  const data = parseReportData(grid.sheets.find((s) => s.name === REPORT_DATA_SHEET)!);
  expect(data?.info.code).toBe("ОО-007");
  // The school's own workbook is only read.
  expect((await reportState(pane)).sheetNames).not.toContain(MONITORING_SHEET);

  await pane.screenshot("report-export");
  expect(pane.foreignRequests).toEqual([]);
});

test("where Excel refuses to open a workbook, the file is offered as a download", async () => {
  pane = await openReport();
  const { page } = pane;
  // An Excel that has the API set but refuses the call, as some platforms do.
  await page.evaluate(() => {
    (window as unknown as FakeWindow).Excel.createWorkbook = () =>
      Promise.reject(Object.assign(new Error("Not implemented"), { code: "NotImplemented" }));
  });

  await page.getByRole("button", { name: "Экспорт для вышестоящей организации" }).click();
  await page
    .getByText("Эта версия Excel не умеет открывать новую книгу из надстройки")
    .waitFor({ timeout: 30_000 });
  const link = page.getByRole("link", { name: "скачать «Мониторинг_ОО-007_2024-12-20.xlsx»" });
  await pane.screenshot("report-download");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("Мониторинг_ОО-007_2024-12-20.xlsx");
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const grid = await readWorkbookGrid(await readFile(path));
  expect(grid.sheets.map((s) => s.name)).toEqual([MONITORING_SHEET, REPORT_DATA_SHEET]);
  expect(pane.foreignRequests).toEqual([]);
});
