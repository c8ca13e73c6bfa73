/**
 * «Проверка» in the built pane, in headless Chromium over the fake Excel host, on the generated
 * school with the mistakes methodists make: the list, its counts and the issues its rows must raise
 * (tests/fixtures/schoolFigures.ts); a click selects the cell; an edit re-checks the list without
 * writing.
 * Screenshot: test-results/screenshots/checks.png.
 */
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { FIGURES } from "../fixtures/schoolFigures";
import { MISTAKES, school } from "../fixtures/schoolFiles";
import { openPane, type PaneSession } from "./browser";
import { CURRENT_EXCEL } from "../excel/harness";

const want = FIGURES[MISTAKES];

/** How far the page is wider than the pane: anything above 0 is a horizontal scrollbar. */
const horizontalOverflow = (p: PaneSession) =>
  p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let seed: FakeWorkbookState;
let pane: PaneSession;
beforeAll(async () => {
  seed = seedFromGrid(await readWorkbookFile(school(MISTAKES)));
});
afterEach(async () => {
  await pane?.close();
});

interface FakeWindow {
  __fake: {
    state: {
      selection: { sheet: string; address: string } | null;
      table(name: string): { values: unknown[][] } | undefined;
    };
    Excel: typeof Excel;
  };
}

test("«Проверить» lists the problems, writes «Проверка», selects a cell and follows an edit", async () => {
  // 320 px: the narrowest task pane of Excel desktop.
  pane = await openPane({ seed, width: 320, requirementSets: CURRENT_EXCEL.requirementSets });
  const { page } = pane;
  await page.getByRole("tab", { name: "Проверка" }).click();
  await page.getByRole("button", { name: "Проверить" }).click();
  const summary = page.getByTestId("checks-summary");
  await summary.getByText("Найдено: 10 ошибок, 5 предупреждений, 1 замечание.").waitFor({ timeout: 20_000 });
  await summary.getByText(/Лист «Проверка» обновлён/).waitFor();

  await page
    .getByText("Наставник «Кузьмин Аркадий Львович» не найден на листе «Наставники».", {
      exact: false,
    })
    .waitFor();
  await page.getByRole("heading", { name: "Молодые специалисты без наставника (1)" }).waitFor();

  // Every issue the rows must raise is on the «Проверка» sheet the pane wrote (sheet, cell, code).
  const rows = await page.evaluate(
    () => (window as unknown as FakeWindow).__fake.state.table("Checks")!.values,
  );
  const written = rows.map((r) => `${r[0]}:${String(r[1]).replace(/^[A-Z]+/, "")}:${r[2]}`);
  for (const e of want.required) {
    expect(written).toContain(`${e.sheet}:${e.row}:${e.code}`);
  }

  await page.getByTestId("issue-F004-I2").click();
  await page.waitForFunction(
    () => (window as unknown as FakeWindow).__fake.state.selection?.address === "I2",
  );
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__fake.state.selection)).toEqual({
    sheet: "Банк наставников",
    address: "I2",
  });

  // Keyboard only: an issue is a button, Enter goes to its cell.
  await page.getByTestId("issue-P007-L9").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => (window as unknown as FakeWindow).__fake.state.selection?.address === "L9",
  );
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__fake.state.selection?.sheet)).toBe(
    "Пары и группы",
  );

  expect(await horizontalOverflow(pane)).toBe(0);
  await pane.screenshot("checks");

  // The methodist fixes the unknown mentor in Excel: the list follows, the sheet waits for the button.
  await page.evaluate(() =>
    (window as unknown as FakeWindow).__fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары и группы").getRange("H11").values = [
        ["Голованов Пётр Андреевич"],
      ];
      await ctx.sync();
    }),
  );
  await summary.getByText("Найдено: 9 ошибок, 5 предупреждений, 1 замечание.").waitFor({ timeout: 10_000 });
  await summary.getByText(/Список обновлён после ваших правок/).waitFor();
  expect(await page.getByTestId("issue-P001-H11").count()).toBe(0);
  const after = await page.evaluate(
    () => (window as unknown as FakeWindow).__fake.state.table("Checks")!.values,
  );
  expect(after).toEqual(rows);

  expect(pane.foreignRequests).toEqual([]);
});
