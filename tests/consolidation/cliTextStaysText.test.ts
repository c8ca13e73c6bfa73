/**
 * Text from a school's file is written as text, never evaluated: «=HYPERLINK(…)», «+7 900…» and
 * «007» arrive as typed — checked by reading the municipal workbook with openpyxl and LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnikJson } from "../cli/run";
import { inspectWorkbook, libreOfficeConvert } from "../xlsx/support/external";
import { tempDir } from "./support";

const dir = tempDir();
const messy = join(dir, "messy.xlsx");
const school = join(dir, "формулы.xlsx");
execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/messy_school.py"), messy]);
execFileSync(PYTHON, [join(REPO_ROOT, "tests/consolidation/fixtures_text_school.py"), messy, school]);
const out = join(dir, "svod.xlsx");
const run = nastavnikJson(["consolidate", school, "-o", out]);
const book = inspectWorkbook(out);
const cellsOf = (name: string) => Object.values(book.sheets.find((s) => s.name === name)!.cells);
const HYPERLINK = '=HYPERLINK("http://x","y")';

test("the engine read them as text", () => {
  expect(run.json.files[0].school).toMatchObject({ code: "007", name: HYPERLINK });
});

test("«Свод»: the name and the code are text cells with «@», not formulas", () => {
  const cells = cellsOf("Свод");
  expect(cells.filter((c) => c.value === HYPERLINK)).toEqual([
    expect.objectContaining({ type: "s", format: "@" }),
  ]);
  expect(cells.filter((c) => c.value === "007")).toEqual([
    expect.objectContaining({ type: "s", format: "@" }),
  ]);
  expect(cells.filter((c) => c.type === "f")).toEqual([]);
});

test("«Проблемы по ОО»: the phone-like value of an issue is text, and so is the name on every row", () => {
  const cells = cellsOf("Проблемы по ОО");
  const phone = cells.filter((c) => c.value === "+7 900 111-22-33");
  expect(phone.length).toBeGreaterThan(0);
  for (const c of phone) expect(c).toMatchObject({ type: "s", format: "@" });
  // One name per issue row: as many as the rows that name the file.
  const names = cells.filter((c) => c.value === HYPERLINK);
  expect(names.length).toBe(cells.filter((c) => c.value === school).length);
  expect(names.length).toBeGreaterThan(run.json.files[0].errors);
  for (const c of names) expect(c).toMatchObject({ type: "s", format: "@" });
  expect(cells.filter((c) => c.type === "f")).toEqual([]);
});

test("LibreOffice shows the text as typed, not a link", () => {
  const csv = readFileSync(libreOfficeConvert(out, dir, "csv:Text - txt - csv (StarCalc):44,34,76"), "utf8");
  expect(csv).toContain('"=HYPERLINK(""http://x"",""y"")"');
  expect(csv).toContain("007");
});
