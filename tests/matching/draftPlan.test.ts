/**
 * The draft's write plan through the Office adapter on the fake Excel host: appended to the «Пары»
 * table in the table's own column order, or — on a sheet without a table (a school's own layout:
 * title rows, shuffled columns, alias headers) — under its last row in the columns the reader
 * found. Existing rows stay as they were; the new ones read back as planned rows without issues.
 */
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import { demoSchool } from "../../src/domain/demo/demoSchool";
import type { WorkbookGrid } from "../../src/domain/grid";
import { assignAll } from "../../src/domain/matching/assign";
import { draftPlan } from "../../src/domain/matching/draftPlan";
import { draftRows, type DraftRow } from "../../src/domain/matching/draftRows";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { withFakeExcel, type Harness } from "../excel/harness";
import { seedFromGrid } from "../excel/seedFromGrid";
import { day } from "../domain/builders";
import { MESSY, school } from "../fixtures/schoolFiles";

let h: Harness;
afterEach(() => h.uninstall());

const pairsSheetOf = (grid: WorkbookGrid, name: string) => grid.sheets.find((s) => s.name === name)!.rows;

async function acceptDraft(): Promise<{ before: SchoolResult; after: SchoolResult; rows: DraftRow[] }> {
  const before = evaluateWorkbook(await h.port.readWorkbook());
  const rows = draftRows(before, assignAll(before).pairs);
  expect(rows.length).toBeGreaterThan(0);
  await h.port.apply(draftPlan(await h.port.readStructure(), before, rows));
  return { before, after: evaluateWorkbook(await h.port.readWorkbook()), rows };
}

function expectPlannedWithoutIssues(after: SchoolResult, rows: readonly DraftRow[]): void {
  const added = after.analysis.pairs.slice(-rows.length);
  expect(
    added.map((f) => [
      f.pair.no,
      f.pair.menteeName,
      f.pair.mentorName,
      f.pair.form,
      f.pair.status,
      f.pair.start,
    ]),
  ).toEqual(rows.map((x) => [x.no, x.mentee.name, x.mentor.name, x.form, "Планируется", x.start]));
  expect(added.every((f) => !f.active)).toBe(true);
  const rowNumbers = new Set(added.map((f) => f.pair.row));
  expect(after.issues.filter((i) => i.sheet === "Пары" && rowNumbers.has(i.row!))).toEqual([]);
}

test("the demo school: rows appended to the Pairs table, existing rows untouched", async () => {
  h = withFakeExcel();
  await h.port.apply(templatePlan(demoSchool({ asOf: day("2024-12-20") })));
  const tableBefore = h.fake.state.table("Pairs")!.values.map((r) => [...r]);
  const { before, after, rows } = await acceptDraft();
  const table = h.fake.state.table("Pairs")!;
  expect(table.values.length).toBe(tableBefore.length + rows.length);
  expect(table.values.slice(0, tableBefore.length)).toEqual(tableBefore);
  expect(after.wb.pairs.length).toBe(before.wb.pairs.length + rows.length);
  expectPlannedWithoutIssues(after, rows);
});

test("the messy school (no tables, title rows, shuffled and alias columns): rows written under the last one", async () => {
  const grid = await readWorkbookFile(school(MESSY));
  h = withFakeExcel(seedFromGrid(grid));
  const { before, after, rows } = await acceptDraft();
  const name = before.wb.sheets.pairs!.nameInFile;
  const was = pairsSheetOf(grid, name);
  const now = pairsSheetOf(await h.port.readWorkbook(), name);
  expect(now.slice(0, was.length).map((r) => r.filter((c) => c !== null))).toEqual(
    was.map((r) => r.filter((c) => c !== null)),
  );
  expect(after.wb.pairs.length).toBe(before.wb.pairs.length + rows.length);
  expectPlannedWithoutIssues(after, rows);
});
