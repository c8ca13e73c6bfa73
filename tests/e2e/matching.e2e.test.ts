/**
 * «Подбор» in the built pane, in headless Chromium over the fake Excel host, on the generated messy
 * school (five mentees without a pair, three of them young specialists; «Наставнические пары»
 * without a table, under a title, its largest № 7): the list is the domain's `suggest()`;
 * «Назначить» writes one «Планируется» row under the last one in the fake workbook; «Подобрать всем»
 * drafts `assignAll()` and writes the edited draft. Screenshots: test-results/screenshots/matching.png
 * and matching-draft.png (320 px).
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import { assignAll } from "../../src/domain/matching/assign";
import { matchPool } from "../../src/domain/matching/pool";
import { suggest } from "../../src/domain/matching/suggest";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { MESSY, school } from "../fixtures/schoolFiles";
import { openPane, type PaneSession } from "./browser";

const PAIRS_SHEET = "Наставнические пары";
/** «Наставнические пары» of the messy school: the columns the test reads, in the file's own order. */
const NO = 9;
const STATUS = 0;
const MENTOR = 1;
const MENTEE = 2;

let grid: WorkbookGrid;
let seed: FakeWorkbookState;
let pane: PaneSession;
beforeAll(async () => {
  grid = await readWorkbookFile(school(MESSY));
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
  p.page.evaluate((name) => (window as unknown as FakeWindow).__fake.state.sheet(name).values(), PAIRS_SHEET);

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

/** Rows written below the sheet's last one, as [№, mentee, mentor, status]. */
const written = (rows: Cell[][]) => rows.map((r) => [r[NO], r[MENTEE], r[MENTOR], r[STATUS]]);

test("the suggestions are suggest()'s; «Назначить» writes one «Планируется» row under the last one", async () => {
  pane = await openMatching();
  const { page } = pane;
  const want = suggest(evaluateWorkbook(grid));
  expect(want.map((s) => s.mentee.name)).toEqual([
    "Кудрявцева Ольга Дмитриевна",
    "Никитина Алина Юрьевна",
    "Осипова Дарья Ильинична",
    "Мельникова Ксения Павловна",
    "Павленко Игорь Сергеевич",
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

  // Кудрявцева teaches mathematics; Ткаченко, the school's one mathematics mentor, comes first.
  const best = want[0].candidates[0];
  expect(best.mentor.name).toBe("Ткаченко Ольга Ивановна");
  const first = cards.first().getByTestId("candidate").first();
  await first.getByRole("button", { name: /^Почему/ }).click();
  await first.getByText("тот же предмет — математика").waitFor();
  await first.getByText("обучение по наставничеству пройдено").waitFor();
  expect(await noHorizontalScroll(pane)).toBe(0);
  await pane.screenshot("matching");

  const before = await pairsValues(pane);
  await first
    .getByRole("button", { name: `Назначить: ${best.mentor.name} — наставник для ${want[0].mentee.name}` })
    .click();
  await page.getByTestId("matching-written").waitFor({ timeout: 20_000 });
  expect(await page.getByTestId("matching-written").textContent()).toContain(
    `Записана 1 строка со статусом «Планируется» на лист «${PAIRS_SHEET}»`,
  );

  const after = await pairsValues(pane);
  expect(after).toHaveLength(before.length + 1);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(written(after.slice(-1))).toEqual([["8", want[0].mentee.name, best.mentor.name, "Планируется"]]);
  // Read again: Кудрявцева has her planned mentor and leaves the list.
  await page.locator(`[data-testid="mentee-suggestion"][data-row="${want[0].mentee.row}"]`).waitFor({
    state: "detached",
  });
  expect(await cards.count()).toBe(4);
  expect(pane.foreignRequests).toEqual([]);
});

test("«Подобрать всем»: the draft is assignAll()'s; an edited row is written as edited", async () => {
  pane = await openMatching();
  const { page } = pane;
  const result = evaluateWorkbook(grid);
  const assignment = assignAll(result);
  // Four teacher mentors have 7 free places: all five are placed.
  expect(assignment.pairs).toHaveLength(5);

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

  // The methodist picks, for the last mentee, another mentor who still has a place.
  const last = assignment.pairs.at(-1)!;
  const free = matchPool(result.analysis).free;
  const taken = (m: unknown) => assignment.pairs.filter((p) => p.mentor === m).length;
  const other = suggest(result, 20)
    .find((s) => s.mentee === last.mentee)!
    .candidates.find((c) => c.mentor !== last.mentor && taken(c.mentor) < free[c.index])!;
  await page.getByRole("combobox", { name: `Наставник для ${last.mentee.name}` }).click();
  await page.getByRole("option", { name: new RegExp(`^${other.mentor.name}`) }).click();
  expect(
    await page.getByRole("combobox", { name: `Наставник для ${last.mentee.name}` }).textContent(),
  ).toContain(other.mentor.name);
  expect(await noHorizontalScroll(pane)).toBe(0);
  await pane.screenshot("matching-draft");

  const before = await pairsValues(pane);
  await page.getByRole("button", { name: "Записать в «Пары»" }).click();
  await page.getByTestId("matching-written").waitFor({ timeout: 20_000 });
  expect(await page.getByTestId("matching-written").textContent()).toContain(
    `Записано 5 строк со статусом «Планируется» на лист «${PAIRS_SHEET}»`,
  );
  const after = await pairsValues(pane);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(written(after.slice(before.length))).toEqual(
    assignment.pairs.map((p, i) => [
      String(8 + i),
      p.mentee.name,
      p === last ? other.mentor.name : p.mentor.name,
      "Планируется",
    ]),
  );
  await page.getByText("На 20.12.2024 у всех наставляемых есть наставник.", { exact: false }).waitFor();
  expect(pane.foreignRequests).toEqual([]);
});
