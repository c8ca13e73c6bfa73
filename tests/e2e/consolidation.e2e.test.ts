/**
 * «Свод» in the built pane, in headless Chromium over the fake Excel host: the analyst picks files
 * with the hidden file input; they are parsed in a Web Worker (the reader loaded on demand) with a
 * progress bar and per-file status; «Записать свод в эту книгу» writes «Свод», «Итоги» and
 * «Проблемы по ОО». A new pick during a read abandons it. Nothing leaves the page.
 * Screenshots: test-results/screenshots/consolidation-progress.png, consolidation.png.
 */
import { readFileSync } from "node:fs";
import { PROBLEMS_SHEET, SVOD_SHEET, SVOD_TABLE, TOTALS_SHEET } from "../../src/domain/consolidation/labels";
import { school, SCHOOL_FILES, type SchoolFile } from "../fixtures/schoolFiles";
import { openPane, type PaneSession } from "./browser";

interface FakeWindow {
  __fake: {
    state: {
      sheetNames: string[];
      table(name: string): { rowCount: number };
    };
  };
}

/** The generated schools, in the order the pane lists them (by name): messy, mistakes, tidy. */
const SAMPLES = [...SCHOOL_FILES].sort();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const sampleFile = (name: SchoolFile, as: string = name) => ({
  name: as,
  mimeType: XLSX,
  buffer: readFileSync(school(name)),
});
const broken = {
  name: "broken.xlsx",
  mimeType: XLSX,
  buffer: Buffer.from("это не книга Excel, а просто текст ".repeat(50)),
};

let pane: PaneSession;
afterEach(async () => {
  await pane?.close();
});

const progress = (p: PaneSession) => p.page.getByTestId("consolidation-progress").innerText();

test("picked files are read in a worker with progress and status, and written as three sheets", async () => {
  pane = await openPane({ width: 360 });
  const { page } = pane;
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.getByRole("tab", { name: "Свод" }).click();
  const input = page.getByTestId("consolidation-files");

  // A big pick, to see the progress mid-way; the real pick below abandons it.
  const many = Array.from({ length: 40 }, (_, i) =>
    sampleFile(SAMPLES[i % 3], `копия-${String(i + 1).padStart(2, "0")}.xlsx`),
  );
  await input.setInputFiles(many);
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="consolidation-progress"]')?.textContent ?? "";
      const m = /Прочитано (\d+) из 40/.exec(text);
      return m !== null && Number(m[1]) >= 2;
    },
    undefined,
    { timeout: 60_000 },
  );
  expect(await progress(pane)).not.toContain("Прочитано 40 из 40");
  await pane.screenshot("consolidation-progress");

  await input.setInputFiles([...SAMPLES.map((n) => sampleFile(n)), broken]);
  await page.getByText("Прочитано 4 из 4").waitFor({ timeout: 60_000 });
  // The reader ran in a worker, not on the pane's thread.
  expect(workers.length).toBeGreaterThan(0);

  const rows = page.getByTestId("consolidation-file");
  await expect(rows.count()).resolves.toBe(4);
  const texts = await rows.allInnerTexts();
  expect(texts[0]).toContain("broken.xlsx");
  expect(texts[0]).toContain("не читается");
  expect(texts[1]).toContain("без ошибок");
  expect(texts[2]).toMatch(/есть ошибки \(\d+\)/);

  await page.getByRole("button", { name: "Записать свод в эту книгу" }).click();
  const summary = page.getByTestId("consolidation-summary");
  await summary.getByText("Свод записан").waitFor({ timeout: 30_000 });
  // Young specialists with a mentor: 4 of 7 + 3 of 4 + 5 of 7 (tests/fixtures/schoolFigures.ts).
  await expect(summary.innerText()).resolves.toContain("12 из 18");

  const state = await page.evaluate((table) => {
    const s = (window as unknown as FakeWindow).__fake.state;
    return { sheetNames: s.sheetNames, rows: s.table(table).rowCount };
  }, SVOD_TABLE);
  expect(state.sheetNames).toEqual(expect.arrayContaining([SVOD_SHEET, TOTALS_SHEET, PROBLEMS_SHEET]));
  expect(state.rows).toBe(4);

  await pane.screenshot("consolidation");
  expect(pane.foreignRequests).toEqual([]);
});
