/**
 * The streaming reader and ExcelJS (the reader it replaced, kept in the tests as the reference)
 * give the same raw tables on every workbook of shared/samples, the real-world files included;
 * and the grid carries the hidden row, merges and filters those files have.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { excelJsGrid } from "../xlsx/support/excelJsReference";
import { SHARED } from "../paths";

const SAMPLES = join(SHARED, "samples");

const REAL = join(SAMPLES, "real");
const MUNICIPAL = join(REAL, "municipal");
const xlsx = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx") && !f.startsWith("~$"))
    .map((f) => join(dir, f));
const FILES = [...xlsx(SAMPLES), ...xlsx(REAL), ...xlsx(MUNICIPAL)];

const tables = (g: WorkbookGrid): WorkbookGrid => ({
  date1904: g.date1904,
  sheets: g.sheets.map(({ name, firstRow, firstCol, rows }) => ({ name, firstRow, firstCol, rows })),
});

test("there are samples to compare", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(10);
});

test.each(FILES.map((f) => [f.slice(SAMPLES.length + 1), f]))(
  "%s reads as ExcelJS reads it",
  async (_name, file) => {
    expect(tables(await readWorkbookFile(file))).toEqual(tables(await excelJsGrid(readFileSync(file))));
  },
);

test("svoi_spiski.xlsx: the row hidden because the person left is hidden in the grid", async () => {
  const g = await readWorkbookFile(join(REAL, "svoi_spiski.xlsx"));
  const hidden = g.sheets.flatMap((s) => (s.hiddenRows ?? []).map((r) => `${s.name}!${r}`));
  expect(hidden).toHaveLength(1);
  expect(hidden[0]).toMatch(/!8$/);
});

test("bazy_r145.xlsx: merged title and total rows are merges of the grid", async () => {
  const g = await readWorkbookFile(join(REAL, "bazy_r145.xlsx"));
  for (const s of g.sheets) expect(s.merges?.length ?? 0).toBeGreaterThanOrEqual(2);
});
