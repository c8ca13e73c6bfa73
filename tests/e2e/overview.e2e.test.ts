/**
 * The views of issue 15 in the built pane, at the narrowest desktop pane (320 px) and a wide one
 * (500 px): the «Показатели» overview, which fits one 320 × 700 screen, the cards a tile opens,
 * «Проверка» grouped by rule and message, and the «Свод» ranking of schools. No horizontal
 * scrollbar at either width. Screenshots under test-results/screenshots/: overview-*, tiles-*,
 * checks-grouped-*, svod-ranking-*.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { sample } from "../paths";
import { openPane, SCREENSHOTS, type PaneSession } from "./browser";

const WIDTHS = [320, 500] as const;
const SCREEN_HEIGHT = 700;

let seeds: Record<string, FakeWorkbookState>;
let pane: PaneSession;
beforeAll(async () => {
  seeds = {};
  for (const f of ["school-01.xlsx", "school-03.xlsx"])
    seeds[f] = seedFromGrid(await readWorkbookFile(sample(f)));
});
afterEach(async () => {
  await pane?.close();
});

const horizontalOverflow = (p: PaneSession) =>
  p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** What one screen of the pane shows, as a person sees it at that size. */
const screenShot = (p: PaneSession, name: string) =>
  p.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

describe.each(WIDTHS)("%i px", (width) => {
  test("«Показатели»: the overview fits one screen; a tile opens its card", async () => {
    pane = await openPane({ seed: seeds["school-03.xlsx"], width });
    const { page } = pane;
    await page.setViewportSize({ width, height: SCREEN_HEIGHT });
    await page.getByRole("tab", { name: "Показатели" }).click();
    const overview = page.getByTestId("kpi-overview");
    await overview.waitFor({ timeout: 20_000 });
    await screenShot(pane, `overview-${width}`);

    // The chart, every tile and the button to the cards, without scrolling.
    const box = (await overview.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SCREEN_HEIGHT);
    expect(await page.getByTestId("kpi-tiles").getByRole("button").count()).toBe(13);
    expect(await page.getByTestId("coverage-chart").getAttribute("aria-label")).toContain("37,5");
    expect(await page.getByTestId("tile-consent").innerText()).toMatch(/не выполнено/);
    expect(await horizontalOverflow(pane)).toBe(0);

    await page.getByTestId("tile-consent").click();
    const card = page.getByTestId("kpi-consent");
    await card.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "kpi-consent");
    expect(await card.getByTestId("kpi-status").innerText()).toBe("не выполнено");
    expect(await horizontalOverflow(pane)).toBe(0);
    await screenShot(pane, `tiles-${width}`);
    expect(pane.foreignRequests).toEqual([]);
  });

  test("«Проверка»: one line per rule and message, opening to its cells", async () => {
    pane = await openPane({ seed: seeds["school-03.xlsx"], width });
    const { page } = pane;
    await page.getByRole("tab", { name: "Проверка" }).click();
    await page.getByRole("button", { name: "Проверить" }).click();
    await page
      .getByTestId("checks-summary")
      .getByText(/^Найдено/)
      .waitFor({ timeout: 20_000 });
    const r003 = page.getByTestId("message-R003");
    expect(await r003.count()).toBe(1);
    await r003.getByRole("button").first().click();
    await r003.getByRole("list").waitFor();
    expect(await r003.getByRole("listitem").count()).toBe(8);
    expect(await horizontalOverflow(pane)).toBe(0);
    await pane.screenshot(`checks-grouped-${width}`);
    // The opened line as one screen shows it.
    await page.setViewportSize({ width, height: SCREEN_HEIGHT });
    await r003.scrollIntoViewIfNeeded();
    await screenShot(pane, `checks-grouped-open-${width}`);

    await r003.getByRole("listitem").first().getByRole("button").click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fake: { state: { selection: { sheet: string } | null } } }).__fake.state
          .selection?.sheet === "Банк наставников",
    );
    expect(pane.foreignRequests).toEqual([]);
  });

  test("«Свод»: pooled coverage and the schools ranked, those below target marked", async () => {
    pane = await openPane({ width });
    const { page } = pane;
    await page.getByRole("tab", { name: "Свод" }).click();
    const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await page.getByTestId("consolidation-files").setInputFiles(
      ["school-01.xlsx", "school-02.xlsx", "school-03.xlsx"].map((name) => ({
        name,
        mimeType: XLSX,
        buffer: readFileSync(sample(name)),
      })),
    );
    const overview = page.getByTestId("consolidation-overview");
    await overview.waitFor({ timeout: 60_000 });
    await overview.scrollIntoViewIfNeeded();
    await pane.screenshot(`svod-ranking-${width}`);
    const rows = overview.getByTestId("ranked-school");
    expect(await rows.count()).toBe(3);
    const marks = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-below")));
    // school-03 (37,5 %) is below 70 %; the ranking puts it last.
    expect(marks[2]).toBe("true");
    expect(await rows.nth(2).innerText()).toMatch(/ОО-03[\s\S]*37,5\s%[\s\S]*ниже цели/);
    expect(await horizontalOverflow(pane)).toBe(0);
    expect(pane.foreignRequests).toEqual([]);
  });
});
