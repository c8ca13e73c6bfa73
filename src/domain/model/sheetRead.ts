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

/** Where a sheet's recognised columns are; shared by all rows of the sheet. */
export interface ColumnLayout {
  /** Keys of the columns found on the sheet, in catalogue order. */
  readonly keys: readonly string[];
  /** Worksheet column (1-based) of each key. */
  readonly cols: readonly number[];
  /** Index in a grid row of each key's cell (its column minus the grid's first column). */
  readonly indexes: readonly number[];
  /** Key → its position in `keys`. */
  readonly positions: ReadonlyMap<string, number>;
}

/**
 * One data row. Its cells are kept by position in the sheet's layout — the grid row as written
 * and one array of reads — not as a record of per-cell objects: a region holds ~300,000 rows, and
 * those objects were most of the reading time and memory (bench/domain). `cell()` builds the
 * object for the few cells an issue or a drill-down points at.
 */
export class RowRead {
  constructor(
    /** Worksheet row (1-based), as Excel shows it. */
    readonly row: number,
    private readonly layout: ColumnLayout,
    /** The grid row (grids are never changed once read); ragged: missing trailing cells = empty. */
    private readonly gridRow: readonly RawCell[],
    /** The read of each column of the layout, by position. */
    private readonly reads: readonly Read<unknown>[],
  ) {}

  /** The read of the cell in a column; undefined when the sheet has no such column. */
  read(key: string): Read<unknown> | undefined {
    const i = this.layout.positions.get(key);
    return i === undefined ? undefined : this.reads[i];
  }

  /** The worksheet column (1-based) of a column; undefined when the sheet has no such column. */
  col(key: string): number | undefined {
    const i = this.layout.positions.get(key);
    return i === undefined ? undefined : this.layout.cols[i];
  }

  /** The cell in a column (value as written, worksheet column, read); undefined when the sheet has no such column. */
  cell(key: string): CellRead | undefined {
    const i = this.layout.positions.get(key);
    return i === undefined ? undefined : this.cellAt(i);
  }

  /** Every cell, by column key; only columns found on the sheet are present. Built on each call. */
  get cells(): Readonly<Record<string, CellRead>> {
    const cells: Record<string, CellRead> = {};
    this.layout.keys.forEach((key, i) => (cells[key] = this.cellAt(i)));
    return cells;
  }

  private cellAt(i: number): CellRead {
    return {
      raw: this.gridRow[this.layout.indexes[i]] ?? null,
      col: this.layout.cols[i],
      read: this.reads[i],
    };
  }
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
  const r = row.read(key);
  return r !== undefined && r.state === "ok" ? (r.value as T) : undefined;
}

export function columnSpecs(sheet: SheetRead): readonly ColumnSpec[] {
  return sheet.spec.columns.filter((c) => sheet.columns.has(c.key));
}
