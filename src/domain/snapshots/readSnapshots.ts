/**
 * Reading «Срезы» back. The sheet is the school's record and people may edit it, so a row that
 * cannot be read (no date, an unknown code, a numerator that is not a number) is left out of the
 * history and listed with its cell — never guessed at.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import { findHeaderRow } from "../read/headerRow";
import { findSheet } from "../read/findSheets";
import { readCell } from "../values/readCell";
import { snapshotsSheet } from "../template/snapshotsSheet";
import type { DayNumber } from "../values/dates";
import { displayOf, type Read } from "../values/parse";
import { measureByCode } from "./measures";

export interface SnapshotRow {
  /** Worksheet row. */
  readonly row: number;
  readonly date: DayNumber;
  readonly code: string;
  readonly numerator: number;
  readonly denominator: number | null;
}

export interface SnapshotProblem {
  readonly row: number;
  readonly col: number | null;
  readonly message: string;
}

export interface SnapshotsRead {
  /** The sheet's name in the file; null when the workbook has no «Срезы». */
  readonly nameInFile: string | null;
  readonly rows: readonly SnapshotRow[];
  readonly problems: readonly SnapshotProblem[];
}

export const NO_SNAPSHOTS: SnapshotsRead = { nameInFile: null, rows: [], problems: [] };

const specByKey = new Map(snapshotsSheet.columns.map((c) => [c.key as string, c]));
const header = (key: string) => specByKey.get(key)!.header;

export function readSnapshots(grid: WorkbookGrid): SnapshotsRead {
  const sheet = findSheet(grid, snapshotsSheet);
  return sheet ? readSnapshotSheet(sheet, grid.date1904) : NO_SNAPSHOTS;
}

function readSnapshotSheet(sheet: SheetGrid, date1904: boolean): SnapshotsRead {
  const match = findHeaderRow(sheet, snapshotsSheet.columns);
  if (!match)
    return {
      nameInFile: sheet.name,
      rows: [],
      problems: [
        {
          row: 1,
          col: null,
          message: `На листе «${sheet.name}» нет строки заголовков («${header("date")}», «${header("code")}», «${header("numerator")}»): срезы не прочитаны.`,
        },
      ],
    };
  const rows: SnapshotRow[] = [];
  const problems: SnapshotProblem[] = [];
  for (let i = match.row - sheet.firstRow + 1; i < sheet.rows.length; i++) {
    const row = sheet.firstRow + i;
    const cell = (key: string) => {
      const col = match.columns.get(key);
      if (col === undefined) return { col: null, read: { state: "empty" } as Read<unknown> };
      const spec = specByKey.get(key)!;
      return { col, read: readCell(sheet.rows[i][col - sheet.firstCol] ?? null, spec.type, date1904) };
    };
    const cells = {
      date: cell("date"),
      code: cell("code"),
      numerator: cell("numerator"),
      denominator: cell("denominator"),
    };
    if (Object.values(cells).every((c) => c.read.state === "empty")) continue;
    const fail = (key: keyof typeof cells, why: string) => {
      const shown =
        cells[key].col === null ? null : displayOf(sheet.rows[i][cells[key].col! - sheet.firstCol] ?? null);
      problems.push({
        row,
        col: cells[key].col,
        message: `«${header(key)}»${shown === null ? "" : ` «${shown}»`}: ${why}; строка ${row} не учтена в динамике.`,
      });
    };
    const { date, code, numerator, denominator } = cells;
    if (date.read.state !== "ok") fail("date", "нужна дата среза");
    else if (code.read.state !== "ok" || !measureByCode.has(code.read.value as string))
      fail("code", "неизвестный код показателя");
    else if (numerator.read.state !== "ok" || (numerator.read.value as number) < 0)
      fail("numerator", "нужно неотрицательное число");
    else if (
      denominator.read.state === "bad" ||
      (denominator.read.state === "ok" && (denominator.read.value as number) < 0)
    )
      fail("denominator", "нужно неотрицательное число или пустая ячейка");
    else
      rows.push({
        row,
        date: date.read.value as DayNumber,
        code: code.read.value as string,
        numerator: numerator.read.value as number,
        denominator: denominator.read.state === "ok" ? (denominator.read.value as number) : null,
      });
  }
  return { nameInFile: sheet.name, rows, problems };
}
