/**
 * Re-running: the output is never overwritten without --force; with it, a run over other files
 * replaces the previous consolidation entirely. An output inside the input folder is refused: the
 * next run would read it as a school.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nastavnik } from "../cli/run";
import { MESSY, MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
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
  const first = nastavnik(["consolidate", school(TIDY), school(MESSY), school(MISTAKES), "-o", out]);
  expect(first.code).toBe(1);
  expect(rowsOf(out).files).toHaveLength(3);

  const before = readFileSync(out);
  const refused = nastavnik(["consolidate", school(MESSY), "-o", out]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--force");
  expect(readFileSync(out)).toEqual(before);

  const again = nastavnik(["consolidate", school(MESSY), "-o", out, "--force"]);
  expect(again.code).toBe(0);
  expect(rowsOf(out)).toEqual({
    sheets: ["Свод", "Итоги", "Проблемы по ОО", "Данные свода"],
    svod: expect.stringMatching(/^A4:[A-Z]+5$/),
    files: [school(MESSY)],
  });
});

test("an output inside the input folder is refused before anything is read", () => {
  const schools = join(dir, "школы");
  mkdirSync(schools);
  copyFileSync(school(TIDY), join(schools, "school-01.xlsx"));
  const inside = join(schools, "свод.xlsx");
  for (const force of [[], ["--force"]]) {
    const r = nastavnik(["consolidate", schools, "-o", inside, ...force]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("которая указана как входная");
    expect(r.stdout).toBe("");
    expect(existsSync(inside)).toBe(false);
  }
});
