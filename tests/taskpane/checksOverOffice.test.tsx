/** @jest-environment jsdom */
/**
 * «Проверка» over the real Office.js adapter and the fake Excel host: «Проверить» stays within the
 * 3-sync budget; an edit in Excel re-checks the list, and the «Проверка» sheet is left as written
 * (the pane never writes in response to the user's typing).
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { OfficeWorkbookPort } from "../../src/excel/officePort";
import { ChecksPanel } from "../../src/taskpane/panels/ChecksPanel";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { seedFromGrid } from "../excel/seedFromGrid";
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../fakeExcel";
import { CURRENT_EXCEL } from "../excel/harness";
import { MISTAKES, school } from "../fixtures/schoolFiles";
import { pause, renderPanel, settle, useBrowserStubs } from "./renderPane";

useBrowserStubs();

let fake: FakeExcel;
let uninstall: () => void;
beforeEach(async () => {
  fake = createFakeExcel(seedFromGrid(await readWorkbookFile(school(MISTAKES))), CURRENT_EXCEL);
  uninstall = installFakeOffice(globalThis, fake);
});
afterEach(() => uninstall());

/** Office calls resolve on the fake's own promises: give them a few turns. */
async function settleOffice() {
  for (let i = 0; i < 4; i++) {
    await settle();
    await act(() => fake.idle());
  }
}

const checksSheetCodes = () =>
  fake.state
    .table("Checks")!
    .values.map((r) => `${r[1]}:${r[2]}`)
    .sort();

test("«Проверить» reads, validates and marks in at most 3 syncs; an edit re-checks the list only", async () => {
  renderPanel(new OfficeWorkbookPort(), <ChecksPanel onWorkbookChanged={() => undefined} liveDelayMs={20} />);
  await settleOffice();

  fake.resetStats();
  fireEvent.click(screen.getByRole("button", { name: "Проверить" }));
  await settleOffice();
  // The ten errors of make_schools.py's school with mistakes (tests/fixtures/schoolFigures.ts).
  expect(screen.getByTestId("checks-summary")).toHaveTextContent(/^Найдено: 10 ошибок, \d+ предупреждени/);
  expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  const written = checksSheetCodes();
  expect(written).toContain("H11:P001");
  const lookups = fake.sheetValues("Справочники");

  // The user fixes the unknown mentor in Excel (a mentor of the school, with consent).
  await act(() =>
    fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары и группы").getRange("H11").values = [
        ["Голованов Пётр Андреевич"],
      ];
      await ctx.sync();
    }),
  );
  await settleOffice();
  await pause(80);
  await settleOffice();

  expect(screen.queryByTestId("issue-P001-H11")).not.toBeInTheDocument();
  expect(screen.getByTestId("checks-summary")).toHaveTextContent("Найдено: 9 ошибок");
  // The sheet and the marks wait for the next click.
  expect(checksSheetCodes()).toEqual(written);
  expect(fake.sheetValues("Справочники")).toEqual(lookups);

  fireEvent.click(screen.getByTestId("issue-F004-I2"));
  await settleOffice();
  expect(fake.state.selection).toEqual({ sheet: "Банк наставников", address: "I2" });
});
