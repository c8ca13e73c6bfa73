/** `--feedback DIR`: one small workbook per school with only its own problems, to send back. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { nastavnik, nastavnikJson } from "../cli/run";
import { MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { inspectWorkbook, type InspectedSheet } from "../xlsx/support/external";
import { tempDir } from "./support";

const dir = tempDir();
const feedback = join(dir, "замечания");
const files = [school(TIDY), school(MISTAKES), join(dir, "нет-такого.xlsx")];
const out = join(dir, "svod.xlsx");
const { json } = nastavnikJson(["consolidate", ...files, "-o", out, "--feedback", feedback]);
const problems = inspectWorkbook(out).sheets.find((s) => s.name === "Проблемы по ОО")!;

/** Column values of a table's data rows, by header. */
function column(sheet: InspectedSheet, header: string): (string | number | boolean | null)[] {
  const t = sheet.tables[0];
  const [, firstCol, firstRow, , lastRow] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.ref)!;
  const col = String.fromCharCode(firstCol.charCodeAt(0) + t.headers.indexOf(header));
  const out: (string | number | boolean | null)[] = [];
  for (let r = Number(firstRow) + 1; r <= Number(lastRow); r++)
    out.push(sheet.cells[`${col}${r}`]?.value ?? null);
  return out;
}

test("one workbook per file, named after it", () => {
  expect(readdirSync(feedback).sort()).toEqual([
    "school-mistakes-замечания.xlsx",
    "school-tidy-замечания.xlsx",
    "нет-такого-замечания.xlsx",
  ]);
});

test("each holds exactly that file's problems, as in «Проблемы по ОО»", () => {
  const fileCol = column(problems, "Файл");
  const messages = column(problems, "Сообщение");
  for (const [i, name] of ["school-tidy", "school-mistakes", "нет-такого"].entries()) {
    const book = inspectWorkbook(join(feedback, `${name}-замечания.xlsx`));
    expect(book.sheets.map((s) => s.name)).toEqual(["Замечания"]);
    const sheet = book.sheets[0];
    expect(sheet.tables[0].headers).toEqual([
      "Лист",
      "Ячейка",
      "Код",
      "Серьёзность",
      "Сообщение",
      "Значение",
    ]);
    const own = messages.filter((_, r) => fileCol[r] === files[i]);
    expect(own.length).toBeGreaterThan(0);
    expect(column(sheet, "Сообщение")).toEqual(own);
    expect(
      Object.values(sheet.cells).some((c) => c.value === files[i] || String(c.value).includes(files[i])),
    ).toBe(true);
  }
  expect(json.files[1].errors).toBeGreaterThan(0);
});

test("existing feedback files are not overwritten without --force", () => {
  const r = nastavnik(["consolidate", files[0], "-o", join(dir, "svod2.xlsx"), "--feedback", feedback]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("school-tidy-замечания.xlsx");
  expect(existsSync(join(dir, "svod2.xlsx"))).toBe(false);
});
