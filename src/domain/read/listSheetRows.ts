/**
 * Where a list sheet's data is (workbook.md, "Reading a workbook"): its header row, which column
 * holds which catalogue column, its data rows with merged cells filled down, and the rows skipped
 * as not data with their reasons. `check`, `kpi`, the pane, and `import` / «Перенести лист» all
 * start from `locateListSheet`.
 */
import type { RawCell, SheetGrid } from "../grid";
import type { ColumnSpec } from "../template/columns";
import { qualificationLevels } from "../template/enums";
import { headerColumns, type ListSheetSpec } from "../template/sheets";
import { normalizeEnum } from "../text/normalize";
import { displayOf, isEmptyCell } from "../values/parse";
import { cellAt, findHeaderRow, type HeaderMatch } from "./headerRow";
import { fillMergedDown } from "./mergeFill";
import { type SkippedRow, splitDataRows } from "./nonDataRows";

export interface DataRow {
  /** Worksheet row. */
  readonly row: number;
  /** The row's cells from the grid's first column, merged cells filled down. */
  readonly cells: readonly RawCell[];
}

export interface ListSheetLocation {
  /** Worksheet row of the header. */
  readonly headerRow: number;
  /** How many header cells were recognised (import picks the sheet with the most). */
  readonly recognised: number;
  /**
   * Catalogue key → worksheet column, for the template columns and the reading-only ones
   * («Приказ», «Срок наставничества»), after the «Категория» rules of «Наставники».
   */
  readonly columns: ReadonlyMap<string, number>;
  /** Data rows in worksheet order. */
  readonly rows: readonly DataRow[];
  /** Rows skipped as not data (S004), in worksheet order. */
  readonly skipped: readonly SkippedRow[];
}

/**
 * Finds the header row (the row with the most recognised headers, ≥ 2), maps the columns, and
 * splits the rows below into data and non-data rows. Null when no header row is found.
 */
export function locateListSheet(grid: SheetGrid, spec: ListSheetSpec): ListSheetLocation | null {
  const found = locateRows(grid, spec);
  if (!found) return null;
  const { indexes, filled, ...rest } = found;
  return {
    ...rest,
    rows: indexes.map((i) => ({ row: grid.firstRow + i, cells: filled.get(i) ?? grid.rows[i] })),
  };
}

/** `locateListSheet` with the data rows as grid indexes (no object per row: the reader's hot path). */
export function locateRows(
  grid: SheetGrid,
  spec: ListSheetSpec,
):
  | (Omit<ListSheetLocation, "rows"> & {
      readonly indexes: readonly number[];
      readonly filled: ReadonlyMap<number, readonly RawCell[]>;
    })
  | null {
  const found = findHeaderRow(grid, headerColumns(spec));
  if (!found) return null;
  const columns = spec.id === "mentors" ? categoryColumns(grid, found) : found.columns;
  const split = splitDataRows(grid, found.row, columns.get(spec.keyColumn));
  const filled = fillMergedDown(grid, found.row, split.data);
  const recognised = [...columns.values()].map((c) => c - grid.firstCol);
  // Values in unknown columns alone never make a row data (skipped silently).
  const indexes = split.data.filter((i) => anyRecognised(grid.rows[i], recognised));
  return {
    headerRow: found.row,
    recognised: found.recognised,
    columns,
    indexes,
    filled,
    skipped: split.skipped,
  };
}

function anyRecognised(cells: readonly RawCell[], recognised: readonly number[]): boolean {
  for (const k of recognised) if (!isEmptyCell(cells[k] ?? null)) return true;
  return false;
}

/** The share of a column's non-empty values below the header that are qualification levels. */
function qualificationShare(grid: SheetGrid, headerRow: number, col: number): number {
  let filled = 0;
  let levels = 0;
  for (let r = headerRow + 1; r < grid.firstRow + grid.rows.length; r++) {
    const t = displayOf(cellAt(grid, r, col));
    if (t === null) continue;
    filled++;
    if (qualificationLevels.lookup.has(normalizeEnum(t))) levels++;
  }
  return filled === 0 ? 0 : levels / filled;
}

/**
 * «Наставники» (workbook.md, header aliases): of two columns headed «Категория», the one most of
 * whose values are qualification levels is the qualification column; a single «Категория» column
 * of mostly qualification levels is the qualification column too, and «Категория» is then missing.
 */
export function categoryColumns(grid: SheetGrid, match: HeaderMatch): ReadonlyMap<string, number> {
  const category = match.columns.get("category");
  if (category === undefined) return match.columns;
  const cols = match.duplicates.get("category") ?? [category];
  const shares = cols.map((c) => qualificationShare(grid, match.row, c));
  const best = shares.indexOf(Math.max(...shares));
  // "Most of whose values": without a majority of levels no column qualifies, and the general
  // rule applies (the leftmost «Категория» is used, the other is unknown).
  if (shares[best] <= 0.5) return match.columns;
  const columns = new Map(match.columns);
  if (!columns.has("qualification")) columns.set("qualification", cols[best]);
  const other = cols.find((_, i) => i !== best);
  if (other === undefined) columns.delete("category");
  else columns.set("category", other);
  return columns;
}

/** The columns a column of this type fills in its row (periods, orders, «Форма (вид)»). */
export function fillTargets(c: ColumnSpec): readonly string[] {
  const t = c.type;
  switch (t.kind) {
    case "period":
      return [t.from, t.to];
    case "orderRef":
      return [t.number, t.date];
    case "enum":
      return t.withKind ? [t.withKind.key] : [];
    case "date":
      return t.readings.period ? [t.readings.period.fills] : [];
    default:
      return [];
  }
}
