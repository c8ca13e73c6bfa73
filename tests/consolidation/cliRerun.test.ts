/**
 * Re-running: the output is never overwritten without --force; with it, a run over other files
 * replaces the previous consolidation entirely. Last run's output inside the input folder is not
 * read as a school.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { nastavnik } from "../cli/run";
import { sample } from "../paths";
import { inspectWorkbook } from "../xlsx/support/external";
import { tempDir } from "./support";

const dir = tempDir();
const out = join(dir, "svod.xlsx");
const rowsOf = (file: string) => {
  const book = inspectWorkbook(file);
  const svod = book.sheets.find((s) => s.name === "Свод")!;
  return {
    sheets: book.sheets.map((s) => s.name),
    svod: svod.tables[0].ref,
    files: Object.entries(svod.cells)
      .filter(([ref]) => /^D\d+$/.test(ref) && Number(ref.slice(1)) > 4)
      .map(([, c]) => c.value),
  };
};

test("a second run over other files needs --force and then replaces the sheets", () => {
  const first = nastavnik([
    "consolidate",
    sample("school-01.xlsx"),
    sample("school-02.xlsx"),
    sample("school-03.xlsx"),
    "-o",
    out,
  ]);
  expect(first.code).toBe(1);
  expect(rowsOf(out).files).toHaveLength(3);

  const before = readFileSync(out);
  const refused = nastavnik(["consolidate", sample("school-02.xlsx"), "-o", out]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--force");
  expect(readFileSync(out)).toEqual(before);

  const again = nastavnik(["consolidate", sample("school-02.xlsx"), "-o", out, "--force"]);
  expect(again.code).toBe(0);
  expect(rowsOf(out)).toEqual({
    sheets: ["Свод", "Итоги", "Проблемы по ОО", "Данные свода"],
    svod: expect.stringMatching(/^A4:[A-Z]+5$/),
    files: [sample("school-02.xlsx")],
  });
});

test("the previous output inside the input folder is skipped, with a note", () => {
  const schools = join(dir, "школы");
  mkdirSync(schools);
  copyFileSync(sample("school-01.xlsx"), join(schools, "school-01.xlsx"));
  const inside = join(schools, "свод.xlsx");
  expect(nastavnik(["consolidate", schools, "-o", inside]).code).toBe(0);
  const mtime = statSync(inside).mtimeMs;
  const r = nastavnik(["consolidate", schools, "-o", inside, "--force", "--json"]);
  expect(JSON.parse(r.stdout).files.map((f: any) => f.file)).toEqual([join(schools, "school-01.xlsx")]);
  expect(r.stderr).toContain("пропущен");
  expect(r.code).toBe(0);
  expect(statSync(inside).mtimeMs).toBeGreaterThanOrEqual(mtime);
});
