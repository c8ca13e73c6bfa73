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

/**
 * Where a sheet's recognised columns are; shared by all rows of the sheet. Besides the columns
 * found, it holds the columns another column can fill (a «Срок наставничества» stands in for the
 * two date columns, «Форма (вид)» for «Вид наставничества»): their cells are that column's.
 */
export interface ColumnLayout {
  /** Keys of the columns found on the sheet or filled by one, in catalogue order. */
  readonly keys: readonly string[];
  /** Worksheet column (1-based) of each key. */
  readonly cols: readonly number[];
  /** Index in a grid row of each key's cell (its column minus the grid's first column); -1: none. */
  readonly indexes: readonly number[];
  /** Key → its position in `keys`. */
  readonly positions: ReadonlyMap<string, number>;
  /** Worksheet column of a grid row's first cell. */
  readonly firstCol: number;
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
    /**
     * Per position, the grid index of the cell a value came from when another cell filled it
     * (the period a date was taken from); absent for the usual row where every value is its own.
     */
    private readonly sources?: readonly (number | undefined)[],
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

  /** Keys of the cells read with an F008 note (usually none: no array is made then). */
  notedKeys(): readonly string[] {
    let keys: string[] | null = null;
    for (let i = 0; i < this.reads.length; i++) {
      const r = this.reads[i];
      if (r.state === "ok" && r.note !== undefined) (keys ??= []).push(this.layout.keys[i]);
    }
    return keys ?? NO_KEYS;
  }

  /** Every cell, by column key; only columns found on the sheet are present. Built on each call. */
  get cells(): Readonly<Record<string, CellRead>> {
    const cells: Record<string, CellRead> = {};
    this.layout.keys.forEach((key, i) => (cells[key] = this.cellAt(i)));
    return cells;
  }

  private cellAt(i: number): CellRead {
    const source = this.sources?.[i];
    const index = source ?? this.layout.indexes[i];
    return {
      raw: index < 0 ? null : (this.gridRow[index] ?? null),
      col: source === undefined ? this.layout.cols[i] : this.layout.firstCol + source,
      read: this.reads[i],
    };
  }
}

const NO_KEYS: readonly string[] = [];

export interface SheetRead {
  readonly spec: ListSheetSpec;
  /** The sheet's name in the file. */
  readonly nameInFile: string;
  readonly headerRow: number;
  /** Column key → worksheet column, for the columns found under their headers. */
  readonly columns: ReadonlyMap<string, number>;
  /**
   * Template columns absent from the sheet that a reading-only column stands in for («Дата начала»
   * and «Дата окончания (план)» from «Срок наставничества»): key → that column. Checked like the
   * columns found (F001 on an empty period).
   */
  readonly standIns: ReadonlyMap<string, number>;
  readonly rows: readonly RowRead[];
  /** Rows under the header skipped as not data (S004), with their reasons. */
  readonly skipped: readonly import("../read/nonDataRows").SkippedRow[];
}

/** The value of a cell when it was read successfully, else undefined (empty or unreadable). */
export function valueOf<T>(row: RowRead, key: string): T | undefined {
  const r = row.read(key);
  return r !== undefined && r.state === "ok" ? (r.value as T) : undefined;
}

/** The template columns whose cells the rules check on this sheet: found, or stood in for. */
export function checkedColumns(sheet: SheetRead): readonly ColumnSpec[] {
  return sheet.spec.columns.filter((c) => sheet.columns.has(c.key) || sheet.standIns.has(c.key));
}
