/**
 * What the reader produces for one list sheet: every data row with each recognised cell read as
 * its column's type. Worksheet row and column numbers are kept so issues can point at the cell.
 */
import type { RawCell } from "../grid";
import type { ColumnSpec } from "../template/columns";
import type { ListSheetSpec } from "../template/sheets";
import type { Read } from "../values/parse";

export interface CellRead {
  readonly raw: RawCell;
  /** Worksheet column (1-based). */
  readonly col: number;
  readonly read: Read<unknown>;
}

export interface RowRead {
  /** Worksheet row (1-based), as Excel shows it. */
  readonly row: number;
  /** By column key; only columns found on the sheet are present. */
  readonly cells: Readonly<Record<string, CellRead>>;
}

export interface SheetRead {
  readonly spec: ListSheetSpec;
  /** The sheet's name in the file. */
  readonly nameInFile: string;
  readonly headerRow: number;
  /** Column key → worksheet column. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly RowRead[];
}

/** The value of a cell when it was read successfully, else undefined (empty or unreadable). */
export function valueOf<T>(row: RowRead, key: string): T | undefined {
  const c = row.cells[key];
  return c && c.read.state === "ok" ? (c.read.value as T) : undefined;
}

export function columnSpecs(sheet: SheetRead): readonly ColumnSpec[] {
  return sheet.spec.columns.filter((c) => sheet.columns.has(c.key));
}
