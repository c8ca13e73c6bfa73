/**
 * A workbook read from a file (WorkbookGrid) as a fake-Excel seed, so adapter and browser tests
 * run on the shared samples: dates become date cells, errors error cells, text stays verbatim.
 * The seed is plain JSON (a date is its serial with a date format, as Excel stores it), because
 * browser tests hand it to the page as JSON, where a Date object would arrive as a string.
 */
import type { RawCell, WorkbookGrid } from "../../src/domain/grid";
import { columnLetter } from "../../src/domain/issues";
import { dayFromIso, serialFromDay } from "../../src/domain/values/dates";
import type { FakeWorkbookState, SeedCell } from "../fakeExcel";

function seedCell(cell: RawCell): SeedCell {
  if (cell === null || typeof cell !== "object") return cell;
  if (cell.kind === "error") return { error: cell.text };
  const day = dayFromIso(cell.iso);
  if (day === null) throw new Error(`not a calendar date: ${cell.iso}`);
  return { value: serialFromDay(day), numberFormat: "dd.mm.yyyy" };
}

export function seedFromGrid(grid: WorkbookGrid): FakeWorkbookState {
  return {
    sheets: grid.sheets.map((s) => ({
      name: s.name,
      origin: `${columnLetter(s.firstCol)}${s.firstRow}`,
      rows: s.rows.map((r) => r.map(seedCell)),
    })),
  };
}
