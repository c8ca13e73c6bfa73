/**
 * The views of issue 15 in the built pane, at the narrowest desktop pane (320 px) and a wide one
 * (500 px): the «Показатели» overview, which fits one 320 × 700 screen, the cards a tile opens,
 * «Проверка» grouped by rule and message, and the «Свод» ranking of schools. No horizontal
 * scrollbar at either width. Screenshots under test-results/screenshots/: overview-*, tiles-*,
 * checks-grouped-*, svod-ranking-*. On the generated schools; the figures are those of
 * tests/fixtures/schoolFigures.ts, derived by hand from the rows of tests/fixtures/make_schools.py.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { CURRENT_EXCEL } from "../excel/harness";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { MESSY, MISTAKES, school, SCHOOL_FILES, type SchoolFile } from "../fixtures/schoolFiles";
import { openPane, SCREENSHOTS, type PaneSession } from "./browser";

const WIDTHS = [320, 500] as const;
const SCREEN_HEIGHT = 700;
// A current Excel: on the manifest's oldest hosts the notice of what they cannot do stands above
// the tabs (tests/taskpane/featureNotices.test.tsx), and the screen is about the views themselves.
const { requirementSets } = CURRENT_EXCEL;

const seeds: Partial<Record<SchoolFile, FakeWorkbookState>> = {};
let pane: PaneSession;
beforeAll(async () => {
  for (const f of [MESSY, MISTAKES] as const) seeds[f] = seedFromGrid(await readWorkbookFile(school(f)));
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
    // The school with mistakes: Виноградова gave no consent, 4 of 5 mentors active on D.
    pane = await openPane({ seed: seeds[MISTAKES], width, requirementSets });
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
    // Young specialists with a mentor: 3 of 4; teachers involved: 10 of 44 = 22,7 %.
    const chart = (await page.getByTestId("coverage-chart").getAttribute("aria-label")) ?? "";
    expect(chart).toContain("Молодые специалисты с наставником: 75,0\u00A0% (3 из 4), цель 70\u00A0%");
    expect(chart).toContain("22,7\u00A0% (10 из 44)");
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
    // The messy school: three young specialists without an active pair, M001 on «База
    // наставляемых» B10, B13, B14.
    pane = await openPane({ seed: seeds[MESSY], width, requirementSets });
    const { page } = pane;
    await page.getByRole("tab", { name: "Проверка" }).click();
    await page.getByRole("button", { name: "Проверить" }).click();
    await page
      .getByTestId("checks-summary")
      .getByText(/^Найдено/)
      .waitFor({ timeout: 20_000 });
    const m001 = page.getByTestId("message-M001");
    expect(await m001.count()).toBe(1);
    await m001.getByRole("button").first().click();
    await m001.getByRole("list").waitFor();
    expect(await m001.getByRole("listitem").allInnerTexts()).toEqual([
      "B10 — «Кудрявцева Ольга Дмитриевна»",
      "B13 — «Никитина Алина Юрьевна»",
      "B14 — «Осипова Дарья Ильинична»",
    ]);
    expect(await horizontalOverflow(pane)).toBe(0);
    await pane.screenshot(`checks-grouped-${width}`);
    // The opened line as one screen shows it.
    await page.setViewportSize({ width, height: SCREEN_HEIGHT });
    await m001.scrollIntoViewIfNeeded();
    await screenShot(pane, `checks-grouped-open-${width}`);

    await m001.getByRole("listitem").first().getByRole("button").click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fake: { state: { selection: { sheet: string } | null } } }).__fake.state
          .selection?.sheet === "База наставляемых",
    );
    expect(pane.foreignRequests).toEqual([]);
  });

  test("«Свод»: pooled coverage and the schools ranked, those below target marked", async () => {
    pane = await openPane({ width, requirementSets });
    const { page } = pane;
    await page.getByRole("tab", { name: "Свод" }).click();
    const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await page
      .getByTestId("consolidation-files")
      .setInputFiles(
        SCHOOL_FILES.map((name) => ({ name, mimeType: XLSX, buffer: readFileSync(school(name)) })),
      );
    const overview = page.getByTestId("consolidation-overview");
    await overview.waitFor({ timeout: 60_000 });
    await overview.scrollIntoViewIfNeeded();
    await pane.screenshot(`svod-ranking-${width}`);
    const rows = overview.getByTestId("ranked-school");
    // Young specialists with a mentor, highest first: ОО-13 3 of 4 (75,0 %), ОО-11 5 of 7 (71,4 %),
    // ОО-12 4 of 7 (57,1 %), the one below 70 %.
    expect(await rows.count()).toBe(3);
    const marks = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-below")));
    expect(marks).toEqual(["false", "false", "true"]);
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^1\. ОО-13[\s\S]*75,0\s%/),
      expect.stringMatching(/^2\. ОО-11[\s\S]*71,4\s%/),
      expect.stringMatching(/^3\. ОО-12[\s\S]*57,1\s%[\s\S]*ниже цели 70\s% — близко/),
    ]);
    expect(await page.getByTestId("ranking-summary").innerText()).toBe("Ниже цели: 1 из 3 ОО.");
    expect(await horizontalOverflow(pane)).toBe(0);
    expect(pane.foreignRequests).toEqual([]);
  });
});
