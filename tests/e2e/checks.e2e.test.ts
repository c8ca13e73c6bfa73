/**
 * «Проверка» in the built pane, in headless Chromium over the fake Excel host, on school-03 (a
 * school's workbook with the mistakes methodists make): the list, its counts and the issues
 * expected.json requires; a click selects the cell; an edit re-checks the list without writing.
 * Screenshot: test-results/screenshots/checks.png.
 */
import { readFileSync } from "node:fs";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";
import { sample } from "../paths";
import { openPane, type PaneSession } from "./browser";
import { CURRENT_EXCEL } from "../excel/harness";

const FILE = "school-03.xlsx";
const expected = JSON.parse(readFileSync(sample("expected.json"), "utf8"));
const want = expected.files[FILE];

/** How far the page is wider than the pane: anything above 0 is a horizontal scrollbar. */
const horizontalOverflow = (p: PaneSession) =>
  p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let seed: FakeWorkbookState;
let pane: PaneSession;
beforeAll(async () => {
  seed = seedFromGrid(await readWorkbookFile(sample(FILE)));
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
  await summary.getByText("Найдено: 11 ошибок, 8 предупреждений, 8 замечаний.").waitFor({ timeout: 20_000 });
  await summary.getByText(/Лист «Проверка» обновлён/).waitFor();

  await page
    .getByText("Наставник «Неизвестный Наставник Иванович» не найден на листе «Наставники».", {
      exact: false,
    })
    .waitFor();
  await page.getByRole("heading", { name: "Молодые специалисты без наставника (5)" }).waitFor();

  // Every issue expected.json requires is on the «Проверка» sheet the pane wrote (sheet, cell, code).
  const rows = await page.evaluate(
    () => (window as unknown as FakeWindow).__fake.state.table("Checks")!.values,
  );
  const written = rows.map((r) => `${r[0]}:${String(r[1]).replace(/^[A-Z]+/, "")}:${r[2]}`);
  for (const e of want.expect as { sheet: string; row: number; code: string }[]) {
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
  await page.getByTestId("issue-P007-M9").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => (window as unknown as FakeWindow).__fake.state.selection?.address === "M9",
  );
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__fake.state.selection?.sheet)).toBe(
    "Пары",
  );

  expect(await horizontalOverflow(pane)).toBe(0);
  await pane.screenshot("checks");

  // The methodist fixes the unknown mentor in Excel: the list follows, the sheet waits for the button.
  await page.evaluate(() =>
    (window as unknown as FakeWindow).__fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары").getRange("I20").values = [["Соколов Павел Николаевич"]];
      await ctx.sync();
    }),
  );
  await summary.getByText("Найдено: 10 ошибок, 8 предупреждений, 8 замечаний.").waitFor({ timeout: 10_000 });
  await summary.getByText(/Список обновлён после ваших правок/).waitFor();
  expect(await page.getByTestId("issue-P001-I20").count()).toBe(0);
  const after = await page.evaluate(
    () => (window as unknown as FakeWindow).__fake.state.table("Checks")!.values,
  );
  expect(after).toEqual(rows);

  expect(pane.foreignRequests).toEqual([]);
});
