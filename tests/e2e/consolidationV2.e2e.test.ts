/**
 * «Свод» in the built pane with a folder as it really arrives (issue 14): a school that re-sent its
 * corrected workbook (its code spelt differently, a later date), a filled product form and Excel's
 * lock file — made by our own generator. The pane says which file of the school is used and why the
 * other is not, reads the form as a form, writes one row per file with the pooled total, and offers
 * the blank form. Nothing leaves the page.
 * Screenshots: test-results/screenshots/consolidation-v2.png, consolidation-v2-written.png,
 * consolidation-form.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SVOD_TABLE } from "../../src/domain/consolidation/labels";
import { SVOD_DATA_TABLE } from "../../src/domain/consolidation/svodData";
import { blankForm, generate, schoolsIn } from "../consolidation/municipalFolder";
import { tempDir } from "../consolidation/support";
import { openPane, type PaneSession } from "./browser";

interface FakeWindow {
  __fake: { state: { table(name: string): { rowCount: number } | undefined } };
}

const dir = tempDir("nastavnik-e2e-svod-");
const MO = "Энский район";
const school = schoolsIn(dir, MO);
const OLD = school({ path: "01_ER-01.xlsx", seed: 51, code: "ЭР-01", staff: 4, mentored: 1 });
const NEW = school({
  path: "02_ER-01_povtorno.xlsx",
  seed: 52,
  code: "эр–01 ",
  asOf: "2024-12-05",
  staff: 31,
  mentored: 3,
});
const FORM = join(dir, "03_ER-03_forma.xlsx");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const upload = (path: string) => ({
  name: path.split("/").pop()!,
  mimeType: XLSX,
  buffer: readFileSync(path),
});

let pane: PaneSession;
beforeAll(() => {
  const blank = join(dir, "бланк.xlsx");
  blankForm(blank, MO);
  generate(dir, [
    OLD,
    NEW,
    {
      type: "form",
      path: FORM,
      blank,
      code: "ЭР-03",
      name: "МКОУ «Лесная ООШ»",
      municipality: MO,
      asOf: "2024-12-02",
      values: {
        "young_mentored|numerator": 4,
        "young_mentored|denominator": "5 чел.",
        "teachers_involved|numerator": 9,
        "teachers_involved|denominator": "36 чел.",
        "documents|numerator": 3,
      },
    },
  ]);
}, 120_000);
afterEach(async () => {
  await pane?.close();
});

test("a re-sent file replaces the older one, a filled form is pooled, and the blank form is offered", async () => {
  pane = await openPane({ width: 360 });
  const { page } = pane;
  await page.getByRole("tab", { name: "Свод" }).click();
  await page
    .getByTestId("consolidation-files")
    .setInputFiles([
      upload(OLD.path),
      upload(NEW.path),
      upload(FORM),
      { name: "~$02_ER-01_povtorno.xlsx", mimeType: XLSX, buffer: Buffer.alloc(165) },
    ]);
  await page.getByText("Прочитано 3 из 3").waitFor({ timeout: 60_000 });
  const rows = page.getByTestId("consolidation-file");
  await expect(rows.count()).resolves.toBe(3);
  const texts = await rows.allInnerTexts();
  expect(texts[0]).toContain("Не в итоге: заменён более новым файлом «02_ER-01_povtorno.xlsx» той же ОО.");
  expect(texts[1]).not.toContain("Не в итоге");
  expect(texts[2]).toContain("форма");
  expect(texts[2]).toContain("нет данных");
  await expect(page.getByText(/Пропущено 1 файл блокировки Excel/).count()).resolves.toBe(1);
  await pane.screenshot("consolidation-v2");

  await page.getByRole("button", { name: "Записать свод в эту книгу" }).click();
  const summary = page.getByTestId("consolidation-summary");
  await summary.getByText("Свод записан").waitFor({ timeout: 30_000 });
  const said = await summary.innerText();
  expect(said).toContain("в итоге — 2 организации");
  expect(said).toContain("Заменены более новыми файлами тех же ОО: 1 файл");
  // By hand: the re-sent school 3 of 4 young teachers with a mentor, the form 4 of 5 — not the old file's 1 of 2.
  expect(said).toContain("7 из 9");
  const tables = await page.evaluate(
    ([svod, data]) => {
      const s = (window as unknown as FakeWindow).__fake.state;
      return [s.table(svod)?.rowCount, s.table(data)?.rowCount];
    },
    [SVOD_TABLE, SVOD_DATA_TABLE] as const,
  );
  expect(tables).toEqual([3, 2]);
  await pane.screenshot("consolidation-v2-written");

  await page.getByLabel("Муниципалитет").fill(MO);
  await page.getByRole("button", { name: "Скачать бланк формы" }).click();
  const link = page.getByRole("link", { name: "Форма_мониторинга_Энский_район.xlsx" });
  await link.waitFor({ timeout: 30_000 });
  await link.scrollIntoViewIfNeeded();
  await pane.screenshot("consolidation-form");
  expect(pane.foreignRequests).toEqual([]);
});
