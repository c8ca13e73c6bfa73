/**
 * «Подбор» in the built pane, in headless Chromium over the fake Excel host, on school-03 (three
 * young specialists without a mentor; «Пары» without a table, its largest № 99): the list is the
 * domain's `suggest()`; «Назначить» writes one «Планируется» row under the last one in the fake
 * workbook; «Подобрать всем» drafts `assignAll()` and writes the edited draft. Screenshots:
 * test-results/screenshots/matching.png and matching-draft.png (320 px).
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import { assignAll } from "../../src/domain/matching/assign";
import { suggest } from "../../src/domain/matching/suggest";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { sample } from "../paths";
import { openPane, type PaneSession } from "./browser";

const FILE = "school-03.xlsx";
/** «Пары» of school-03: the columns the test reads, in the file's own order. */
const NO = 0;
const STATUS = 7;
const MENTOR = 8;
const MENTEE = 14;

let grid: WorkbookGrid;
let seed: FakeWorkbookState;
let pane: PaneSession;
beforeAll(async () => {
  grid = await readWorkbookFile(sample(FILE));
  seed = seedFromGrid(grid);
});
afterEach(async () => {
  await pane?.close();
});

type Cell = string | number | boolean | null;
interface FakeWindow {
  __fake: { state: { sheet(name: string): { values(): Cell[][] } } };
}
const pairsValues = (p: PaneSession) =>
  p.page.evaluate(() => (window as unknown as FakeWindow).__fake.state.sheet("Пары").values());

const noHorizontalScroll = (p: PaneSession) =>
  p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openMatching(): Promise<PaneSession> {
  const p = await openPane({ seed, width: 320 });
  // Fluent skips its expand animation then, so a screenshot never catches a half-open panel.
  await p.page.emulateMedia({ reducedMotion: "reduce" });
  await p.page.getByRole("tab", { name: "Подбор" }).click();
  await p.page.getByTestId("matching-suggestions").waitFor({ timeout: 20_000 });
  return p;
}

test("the suggestions are suggest()'s; «Назначить» writes one «Планируется» row under the last one", async () => {
  pane = await openMatching();
  const { page } = pane;
  const want = suggest(evaluateWorkbook(grid));
  expect(want.map((s) => s.mentee.name)).toEqual([
    "Макарова Светлана Александровна",
    "Новиков Артём Николаевич",
    "Семёнова Дарья Александровна",
  ]);

  const cards = page.getByTestId("mentee-suggestion");
  expect(await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.row))).toEqual(
    want.map((s) => String(s.mentee.row)),
  );
  for (const s of want) {
    const card = page.locator(`[data-testid="mentee-suggestion"][data-row="${s.mentee.row}"]`);
    await card.getByText(s.mentee.name!, { exact: true }).waitFor();
    expect(
      await card
        .getByTestId("candidate")
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mentor)),
    ).toEqual(s.candidates.map((c) => c.mentor.name));
  }
  expect(await cards.first().getByText("молодой специалист").count()).toBe(1);

  // The reasons of Макарова's best mentor, opened for the screenshot.
  const best = want[0].candidates[0];
  const first = cards.first().getByTestId("candidate").first();
  await first.getByRole("button", { name: /^Почему/ }).click();
  await first.getByText("тот же предмет — русский язык").waitFor();
  await first.getByText("обучение по наставничеству пройдено").waitFor();
  expect(await noHorizontalScroll(pane)).toBe(0);
  await pane.screenshot("matching");

  const before = await pairsValues(pane);
  await first
    .getByRole("button", { name: `Назначить: ${best.mentor.name} — наставник для ${want[0].mentee.name}` })
    .click();
  await page.getByTestId("matching-written").waitFor({ timeout: 20_000 });
  expect(await page.getByTestId("matching-written").textContent()).toContain(
    "Записана 1 строка со статусом «Планируется» на лист «Пары»",
  );

  const after = await pairsValues(pane);
  expect(after).toHaveLength(before.length + 1);
  expect(after.slice(0, before.length)).toEqual(before);
  const added = after.at(-1)!;
  expect([added[NO], added[MENTOR], added[MENTEE], added[STATUS]]).toEqual([
    "100",
    best.mentor.name,
    want[0].mentee.name,
    "Планируется",
  ]);
  // Read again: Макарова has her planned mentor and leaves the list.
  await page.locator(`[data-testid="mentee-suggestion"][data-row="${want[0].mentee.row}"]`).waitFor({
    state: "detached",
  });
  expect(await cards.count()).toBe(2);
  expect(pane.foreignRequests).toEqual([]);
});

test("«Подобрать всем»: the draft is assignAll()'s; an edited row is written as edited", async () => {
  pane = await openMatching();
  const { page } = pane;
  const assignment = assignAll(evaluateWorkbook(grid));
  expect(assignment.pairs).toHaveLength(3);

  await page.getByRole("button", { name: "Подобрать всем" }).click();
  const lines = page.getByTestId("draft-line");
  await page.getByTestId("matching-draft").waitFor();
  expect(await lines.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.row))).toEqual(
    assignment.pairs.map((p) => String(p.mentee.row)),
  );
  for (const p of assignment.pairs) {
    const box = page.getByRole("combobox", { name: `Наставник для ${p.mentee.name}` });
    expect(await box.textContent()).toContain(p.mentor.name);
  }

  // Семёнова: Фёдоров is proposed (he also takes Макарова); the methodist picks Макарова Ольга Николаевна.
  const semenova = "Семёнова Дарья Александровна";
  await page.getByRole("combobox", { name: `Наставник для ${semenova}` }).click();
  await page.getByRole("option", { name: /^Макарова Ольга Николаевна/ }).click();
  expect(await page.getByRole("combobox", { name: `Наставник для ${semenova}` }).textContent()).toContain(
    "Макарова Ольга Николаевна",
  );
  expect(await noHorizontalScroll(pane)).toBe(0);
  await pane.screenshot("matching-draft");

  const before = await pairsValues(pane);
  await page.getByRole("button", { name: "Записать в «Пары»" }).click();
  await page.getByTestId("matching-written").waitFor({ timeout: 20_000 });
  expect(await page.getByTestId("matching-written").textContent()).toContain(
    "Записаны 3 строки со статусом «Планируется» на лист «Пары»",
  );
  const after = await pairsValues(pane);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length).map((r) => [r[NO], r[MENTEE], r[MENTOR], r[STATUS]])).toEqual([
    ["100", "Макарова Светлана Александровна", "Фёдоров Алексей Викторович", "Планируется"],
    ["101", "Новиков Артём Николаевич", "Соколова Светлана Петровна", "Планируется"],
    ["102", semenova, "Макарова Ольга Николаевна", "Планируется"],
  ]);
  await page.getByText("На 20.12.2024 у всех наставляемых есть наставник.", { exact: false }).waitFor();
  expect(pane.foreignRequests).toEqual([]);
});
