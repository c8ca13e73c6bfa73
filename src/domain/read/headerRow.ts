/**
 * Locating the header row and mapping columns to the catalogue (workbook.md): the first of the
 * first 20 rows in which at least ⌈n/2⌉ of the n required headers are recognised.
 */
import type { RawCell, SheetGrid } from "../grid";
import { displayOf } from "../values/parse";
import { normalizeHeader } from "../text/normalize";

export interface HeaderTarget {
  readonly key: string;
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface HeaderMatch {
  /** Worksheet row of the header. */
  readonly row: number;
  /** Catalogue key → worksheet column (1-based). */
  readonly columns: ReadonlyMap<string, number>;
  /** Worksheet columns whose header names the same key as an earlier column (for tie-breaks). */
  readonly duplicates: ReadonlyMap<string, readonly number[]>;
}

export const HEADER_SEARCH_ROWS = 20;

/** What matching a row against a list of targets needs, worked out once per list. */
interface TargetIndex {
  /** normalised header or alias → key. The canonical header of one column beats an alias of another. */
  readonly lookup: ReadonlyMap<string, string>;
  readonly required: readonly HeaderTarget[];
  /** How many required headers make a header row. */
  readonly needed: number;
}

// Every sheet of every file is matched against the same few catalogue lists.
const indexes = new WeakMap<readonly HeaderTarget[], TargetIndex>();

function targetIndex(targets: readonly HeaderTarget[]): TargetIndex {
  const known = indexes.get(targets);
  if (known) return known;
  const lookup = new Map<string, string>();
  for (const t of targets) for (const a of t.aliases) lookup.set(normalizeHeader(a), t.key);
  for (const t of targets) lookup.set(normalizeHeader(t.header), t.key);
  const required = targets.filter((t) => t.required);
  const index = { lookup, required, needed: Math.max(Math.ceil(required.length / 2), 1) };
  indexes.set(targets, index);
  return index;
}

/** The key a header cell names, if any. */
function keyOfCell(cell: RawCell | undefined, lookup: ReadonlyMap<string, string>): string | undefined {
  const text = displayOf(cell ?? null);
  return text === null ? undefined : lookup.get(normalizeHeader(text));
}

/** The first column naming each key; `repeated` when some key is named again. */
function matchRow(
  cells: readonly RawCell[],
  firstCol: number,
  lookup: ReadonlyMap<string, string>,
): { columns: Map<string, number>; repeated: boolean } {
  const columns = new Map<string, number>();
  let repeated = false;
  for (let i = 0; i < cells.length; i++) {
    const key = keyOfCell(cells[i], lookup);
    if (key === undefined) continue;
    if (columns.has(key)) repeated = true;
    else columns.set(key, firstCol + i);
  }
  return { columns, repeated };
}

function duplicatesOf(
  cells: readonly RawCell[],
  firstCol: number,
  lookup: ReadonlyMap<string, string>,
): Map<string, number[]> {
  const all = new Map<string, number[]>();
  for (let i = 0; i < cells.length; i++) {
    const key = keyOfCell(cells[i], lookup);
    if (key === undefined) continue;
    const list = all.get(key) ?? [];
    list.push(firstCol + i);
    all.set(key, list);
  }
  for (const [k, v] of all) if (v.length < 2) all.delete(k);
  return all;
}

export function findHeaderRow(sheet: SheetGrid, targets: readonly HeaderTarget[]): HeaderMatch | null {
  const { lookup, required, needed } = targetIndex(targets);
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.firstRow + i;
    if (row > HEADER_SEARCH_ROWS) break;
    const cells = sheet.rows[i];
    const { columns, repeated } = matchRow(cells, sheet.firstCol, lookup);
    let found = 0;
    for (const t of required) if (columns.has(t.key)) found++;
    if (found >= needed) {
      const duplicates = repeated ? duplicatesOf(cells, sheet.firstCol, lookup) : new Map<string, number[]>();
      return { row, columns, duplicates };
    }
  }
  return null;
}

/** The cell at a worksheet row/column of a grid (null outside the used range). */
export function cellAt(sheet: SheetGrid, row: number, col: number): RawCell {
  const r = sheet.rows[row - sheet.firstRow];
  if (!r) return null;
  return r[col - sheet.firstCol] ?? null;
}
