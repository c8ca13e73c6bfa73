/**
 * «Показатели» in the built pane, in headless Chromium over the fake Excel host, on the generated
 * school with mistakes: the cards show the figures derived by hand from its rows
 * (tests/fixtures/schoolFigures.ts), and a drill-down row selects its cell. Screenshot: test-results/screenshots/kpi.png.
 */
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { AS_OF, FIGURES } from "../fixtures/schoolFigures";
import { MISTAKES, school } from "../fixtures/schoolFiles";
import { openPane, type PaneSession } from "./browser";

const want = FIGURES[MISTAKES];
const expected = { asOf: AS_OF };

let seed: FakeWorkbookState;
let pane: PaneSession;
beforeAll(async () => {
  seed = seedFromGrid(await readWorkbookFile(school(MISTAKES)));
});
afterEach(async () => {
  await pane?.close();
});

interface FakeWindow {
  __fake: { state: { selection: { sheet: string; address: string } | null } };
}

test("«Показатели» shows the figures of the school's rows on the cards", async () => {
  pane = await openPane({ seed, width: 320 });
  const { page } = pane;
  await page.getByRole("tab", { name: "Показатели" }).click();
  await page.getByTestId("kpi-overview").waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: /^Все показатели подробно/ }).click();
  const cards = page.getByTestId("kpi-cards");
  await cards.waitFor();
  expect(await cards.getAttribute("data-as-of")).toBe(expected.asOf);
  expect(await page.getByLabel("Дата расчёта").inputValue()).toBe(expected.asOf);

  const figure = (id: string, field: string) =>
    page.getByTestId(`kpi-${id}`).locator(`[data-field="${field}"]`).getAttribute("data-value");
  for (const [id, kpi] of Object.entries(want.kpis as unknown as Record<string, Record<string, unknown>>)) {
    if ("numerator" in kpi) {
      expect([id, await figure(id, "numerator")]).toEqual([id, String(kpi.numerator)]);
      expect([id, await figure(id, "denominator")]).toEqual([id, String(kpi.denominator)]);
    }
  }
  expect(await figure("active_groups", "value")).toBe(String(want.kpis.active_groups.value));
  expect(await figure("mentor_load", "overLimit")).toBe(String(want.kpis.mentor_load.overLimit));

  const young = page.getByTestId("kpi-young_mentored");
  await young.getByText("3 из 4").waitFor();
  await young.getByText("достигнуто").waitFor(); // 75 % against 70 %
  await young.getByRole("button", { name: "Без наставника (1)" }).click();
  await young.getByText("Осипов Глеб Романович").click();
  await page.waitForFunction(
    () => (window as unknown as FakeWindow).__fake.state.selection?.address === "A8",
  );
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__fake.state.selection)).toEqual({
    sheet: "Наставляемые",
    address: "A8",
  });

  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await pane.screenshot("kpi");
  expect(pane.foreignRequests).toEqual([]);
});

test("«Зафиксировать срез» twice: «Срезы» in the workbook, and the cards show the change", async () => {
  pane = await openPane({ seed, width: 320 });
  const { page } = pane;
  await page.getByRole("tab", { name: "Показатели" }).click();
  await page.getByRole("button", { name: /^Все показатели подробно/ }).click({ timeout: 20_000 });
  await page.getByTestId("kpi-cards").waitFor();

  const date = page.getByLabel("Дата расчёта");
  await date.fill("2024-10-01");
  await page.getByTestId("kpi-cards").and(page.locator('[data-as-of="2024-10-01"]')).waitFor();
  await page.getByRole("button", { name: "Зафиксировать срез на 01.10.2024" }).click();
  await page.getByText("Срез на 01.10.2024 записан на лист «Срезы»").waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "На отчётную дату" }).click();
  const at = new Date(expected.asOf).toLocaleDateString("ru-RU", { timeZone: "UTC" });
  await page.getByRole("button", { name: `Зафиксировать срез на ${at}` }).click();
  await page.getByText(`Срез на ${at} записан на лист «Срезы»`).waitFor({ timeout: 20_000 });

  const rows = await page.evaluate(
    () =>
      (
        window as unknown as { __fake: { state: { table(n: string): { values: unknown[][] } | null } } }
      ).__fake.state.table("Snapshots")?.values.length,
  );
  expect(rows).toBeGreaterThanOrEqual(2 * 16);
  const change = page.getByTestId("kpi-young_mentored").getByTestId("kpi-change");
  await change.waitFor();
  expect(await change.textContent()).toMatch(/с прошлого среза \(01\.10\.2024\)/);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await pane.screenshot("kpi-snapshots");
  expect(pane.foreignRequests).toEqual([]);
});
