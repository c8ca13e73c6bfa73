/**
 * The built task pane in headless Chromium over the fake Excel host: «Создать структуру» lays the
 * workbook out; the pane makes no request beyond its own files and office.js.
 */
import { openPane, type PaneSession } from "./browser";

let pane: PaneSession;
afterEach(async () => {
  await pane?.close();
});

interface FakeView {
  sheetNames: string[];
  tables: { name: string; sheet: string; headers: string[] }[];
}
const workbookState = (p: PaneSession) =>
  p.page.evaluate(() => {
    const s = (window as unknown as { __fake: { state: FakeView } }).__fake.state;
    return {
      sheetNames: s.sheetNames,
      tables: s.tables.map((t) => ({ name: t.name, sheet: t.sheet, headers: t.headers })),
    };
  });

test("«Создать структуру» creates the template sheets and tables and shows a summary", async () => {
  pane = await openPane({ width: 360 });
  const { page } = pane;
  await page.getByRole("button", { name: "Создать структуру" }).click();
  await page.getByText("Создан лист «Пары»", { exact: false }).waitFor({ timeout: 20_000 });
  const state = await workbookState(pane);
  expect(state.sheetNames).toEqual(
    expect.arrayContaining([
      "Сведения",
      "Настройки",
      "Наставники",
      "Наставляемые",
      "Пары",
      "План",
      "Справочники",
    ]),
  );
  expect(state.tables.map((t) => t.name).sort()).toEqual([
    "Mentees",
    "Mentors",
    "OrgInfo",
    "Pairs",
    "Plan",
    "Settings",
  ]);
  expect(state.tables.find((t) => t.name === "Pairs")!.headers[1]).toBe("Наставник");
  await pane.screenshot("structure-created");
  expect(pane.foreignRequests).toEqual([]);
});

test("a host below the manifest's ExcelApi 1.7 gets the Russian message instead of the sections", async () => {
  pane = await openPane({ requirementSets: { ExcelApi: "1.6" } });
  await pane.page.getByText("ExcelApi 1.7", { exact: false }).first().waitFor({ timeout: 20_000 });
  expect(await pane.page.getByRole("tab").count()).toBe(0);
  await pane.screenshot("host-too-old");
  expect(pane.foreignRequests).toEqual([]);
});
