/**
 * The built pane at the manifest's minimum, ExcelApi 1.7 (Office 2019 volume editions, Office 2016
 * for Mac), over the fake host that refuses every later API: «Структура», «Проверка» and «Отчёт» work
 * and say what this Excel lacks; the report's export is offered as a download. Screenshots:
 * test-results/screenshots/excel-api-1.7-*.png.
 */
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import type { FakeWorkbookState } from "../fakeExcel";
import { openPane, type PaneSession } from "./browser";
import { demoSchoolSeed } from "./demoSeed";

const AT_1_7 = { ExcelApi: "1.7" };

let seed: FakeWorkbookState;
let pane: PaneSession;
beforeAll(async () => {
  seed = await demoSchoolSeed();
});
afterEach(async () => {
  await pane?.close();
});

interface FakeWindow {
  __fake: {
    state: {
      tables: { name: string }[];
      sheetNames: string[];
      sheet(name: string): { validations: unknown[]; charts: unknown[] };
    };
  };
}

test("«Создать структуру» lays the workbook out without dropdowns and says so", async () => {
  pane = await openPane({ requirementSets: AT_1_7, width: 360 });
  const { page } = pane;
  const notice = page.getByTestId("feature-notice-structure");
  await notice.waitFor({ timeout: 20_000 });
  expect(await notice.innerText()).toContain("Выпадающие списки и проверка ввода в ячейках таблиц");
  await page.getByRole("button", { name: "Создать структуру" }).click();
  await page.getByText("Создан лист «Пары»", { exact: false }).waitFor({ timeout: 20_000 });
  const state = await page.evaluate(() => {
    const s = (window as unknown as FakeWindow).__fake.state;
    return { tables: s.tables.map((t) => t.name).sort(), validations: s.sheet("Пары").validations.length };
  });
  expect(state.tables).toEqual(["Mentees", "Mentors", "OrgInfo", "Pairs", "Plan", "Settings"]);
  expect(state.validations).toBe(0);
  await pane.screenshot("excel-api-1.7-structure");
  expect(pane.foreignRequests).toEqual([]);
});

test("«Проверка» checks on the button and says that checking while typing needs a newer Excel", async () => {
  pane = await openPane({ seed, requirementSets: AT_1_7, width: 360 });
  const { page } = pane;
  await page.getByRole("tab", { name: "Проверка" }).click();
  const notice = page.getByTestId("feature-notice-checks");
  await notice.waitFor({ timeout: 20_000 });
  expect(await notice.innerText()).toContain("после правок нажмите «Проверить» или «Обновить»");
  await page.getByRole("button", { name: "Проверить" }).click();
  await page.getByTestId("checks-summary").waitFor({ timeout: 20_000 });
  await page.waitForFunction(() =>
    (window as unknown as FakeWindow).__fake.state.sheetNames.includes("Проверка"),
  );
  await pane.screenshot("excel-api-1.7-checks");
  expect(pane.foreignRequests).toEqual([]);
});

test("«Отчёт» builds «Мониторинг» with its charts; the export is offered as a download", async () => {
  pane = await openPane({ seed, requirementSets: AT_1_7, width: 360 });
  const { page } = pane;
  await page.getByRole("tab", { name: "Отчёт" }).click();
  await page.waitForFunction(
    () => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === "2024-12-20",
    undefined,
    { timeout: 20_000 },
  );
  const notice = page.getByTestId("feature-notice-report");
  expect(await notice.innerText()).toContain("Открытие отчёта для отправки отдельной книгой");
  await page.getByRole("button", { name: "Построить отчёт" }).click();
  await page
    .getByTestId("report-summary")
    .getByText(/Лист «Мониторинг» создан/)
    .waitFor({ timeout: 20_000 });
  const charts = await page.evaluate(
    (sheet) => (window as unknown as FakeWindow).__fake.state.sheet(sheet).charts.length,
    MONITORING_SHEET,
  );
  expect(charts).toBe(4);
  // The print setup was not written, so the summary does not claim it.
  expect(await page.getByTestId("report-summary").innerText()).not.toContain("Печать");

  await page.getByRole("button", { name: "Экспорт для вышестоящей организации" }).click();
  await page
    .getByText("Эта версия Excel не умеет открывать новую книгу из надстройки")
    .waitFor({ timeout: 30_000 });
  await page.getByRole("link", { name: /скачать «Мониторинг_/ }).waitFor();
  await pane.screenshot("excel-api-1.7-report");
  expect(pane.foreignRequests).toEqual([]);
});
