/**
 * «Перенести лист» in the built pane over the fake Excel host: the two Р-145 bases of a school (a
 * title, a numbering row, a total, a hidden row, two mentees in one cell, a merged title) are
 * previewed with their transforms and written into the template's tables; the sources stay as they
 * were, and the pane makes no request beyond its own files and office.js.
 */
import type { FakeSheetSeed } from "../fakeExcel/seed";
import { menteeBase, mentorBase } from "../fixtures/r145Bases";
import { join } from "node:path";
import { openPane, SCREENSHOTS, type PaneSession } from "./browser";
import { CURRENT_EXCEL } from "../excel/harness";

let pane: PaneSession;
afterEach(async () => {
  await pane?.close();
});

const mentorBaseSheet: FakeSheetSeed = {
  name: "Форма базы наставников",
  rows: mentorBase,
  merges: ["A1:G1", "A6:C6"],
};
const menteeBaseSheet: FakeSheetSeed = { name: "Форма базы наставляемых", rows: menteeBase, hiddenRows: [4] };

interface FakeView {
  tables: { name: string; values: unknown[][] }[];
}

test("the bases of a school: preview with switches, then written into the template", async () => {
  // A current Excel: hidden rows (ExcelApi 1.9) and merged cells (1.13) are read, as the bases need.
  pane = await openPane({
    width: 360,
    seed: { sheets: [mentorBaseSheet, menteeBaseSheet] },
    requirementSets: CURRENT_EXCEL.requirementSets,
  });
  const { page } = pane;
  await page.getByRole("button", { name: "Создать структуру" }).click();
  await page.getByText("Структура создана").waitFor({ timeout: 20_000 });

  await page.getByRole("checkbox", { name: "Форма базы наставников" }).check();
  await page.getByRole("checkbox", { name: "Форма базы наставляемых" }).check();
  await page.getByRole("table", { name: "Предпросмотр: Пары" }).waitFor({ timeout: 20_000 });
  await page.getByRole("switch", { name: /Создать строки «Пары» из баз.* — 4 пары/ }).waitFor();
  await page.getByRole("switch", { name: /Пропустить строки.* — 3 строки/ }).waitFor();
  await page.getByRole("heading", { name: "Что будет записано" }).scrollIntoViewIfNeeded();
  await pane.screenshot("adopt-preview");
  // The parts a person reads, at full size.
  await page
    .getByRole("group", { name: "Преобразования" })
    .screenshot({ path: join(SCREENSHOTS, "adopt-transforms.png") });
  await page
    .getByRole("region", { name: "Что будет записано" })
    .screenshot({ path: join(SCREENSHOTS, "adopt-what-is-written.png") });

  // Егорова is named only in the mentor base's cell of row 5: she is added to «Наставляемые» from there.
  await page
    .getByRole("table", { name: "Предпросмотр: Наставляемые" })
    .getByRole("row", { name: /Форма базы наставников, 5 Егорова Нина Павловна/ })
    .waitFor();

  // Switched off, the pairs leave the preview; switched on again, they come back.
  await page.getByRole("switch", { name: /Создать строки «Пары» из баз/ }).click();
  await page.getByText("Выключено: пары из баз не создаются.").waitFor();
  await page.getByRole("switch", { name: /Создать строки «Пары» из баз/ }).click();
  await page.getByRole("table", { name: "Предпросмотр: Пары" }).waitFor();

  await page.getByRole("button", { name: "Перенести 10 строк" }).click();
  await page.getByText("Перенесено 10 строк").waitFor({ timeout: 20_000 });
  await pane.screenshot("adopt-result");
  await page
    .getByText("Перенесено 10 строк")
    .locator("xpath=ancestor::*[contains(@class,'fui-MessageBar')][1]/..")
    .screenshot({ path: join(SCREENSHOTS, "adopt-result-part.png") });

  const state = await page.evaluate(() => {
    const s = (
      window as unknown as { __fake: { state: FakeView & { sheet(n: string): { values(): unknown[][] } } } }
    ).__fake.state;
    return {
      tables: s.tables.map((t) => ({ name: t.name, values: t.values })),
      source: s.sheet("Форма базы наставляемых").values(),
    };
  });
  const rows = (name: string) => state.tables.find((t) => t.name === name)!.values.filter((r) => r[0] !== "");
  expect(rows("Mentors").map((r) => r[0])).toEqual(["Белова Ирина Константиновна", "Васильев Олег Петрович"]);
  expect(rows("Mentees").map((r) => r[0])).toEqual([
    "Громова Ольга Сергеевна",
    "Демидов Артём Ильич",
    "Морозова Дарья Викторовна",
    "Егорова Нина Павловна",
  ]);
  expect(rows("Pairs").map((r) => [r[0], r[2]])).toEqual([
    ["1", "Громова Ольга Сергеевна"],
    ["2", "Демидов Артём Ильич"],
    ["2", "Егорова Нина Павловна"],
    ["3", "Морозова Дарья Викторовна"],
  ]);
  // The source is untouched.
  expect(state.source[3][0]).toBe("Уволенная Анна Петровна");
  expect(pane.foreignRequests).toEqual([]);
});
