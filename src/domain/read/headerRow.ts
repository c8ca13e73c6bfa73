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

const lookups = new WeakMap<readonly HeaderTarget[], Map<string, string>>();

/** normalised header or alias → key. The canonical header of one column beats an alias of another. */
function headerLookup(targets: readonly HeaderTarget[]): Map<string, string> {
  const known = lookups.get(targets);
  if (known) return known;
  const lookup = new Map<string, string>();
  lookups.set(targets, lookup);
  for (const t of targets) for (const a of t.aliases) lookup.set(normalizeHeader(a), t.key);
  for (const t of targets) lookup.set(normalizeHeader(t.header), t.key);
  return lookup;
}

function matchRow(
  cells: readonly RawCell[],
  firstCol: number,
  lookup: Map<string, string>,
): Map<string, number> {
  const columns = new Map<string, number>();
  cells.forEach((cell, i) => {
    const text = displayOf(cell);
    if (text === null) return;
    const key = lookup.get(normalizeHeader(text));
    if (key !== undefined && !columns.has(key)) columns.set(key, firstCol + i);
  });
  return columns;
}

function duplicatesOf(
  cells: readonly RawCell[],
  firstCol: number,
  lookup: Map<string, string>,
): Map<string, number[]> {
  const all = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    const text = displayOf(cell);
    const key = text === null ? undefined : lookup.get(normalizeHeader(text));
    if (key === undefined) return;
    const list = all.get(key) ?? [];
    list.push(firstCol + i);
    all.set(key, list);
  });
  for (const [k, v] of all) if (v.length < 2) all.delete(k);
  return all;
}

export function findHeaderRow(sheet: SheetGrid, targets: readonly HeaderTarget[]): HeaderMatch | null {
  const lookup = headerLookup(targets);
  const required = targets.filter((t) => t.required);
  const needed = Math.ceil(required.length / 2);
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.firstRow + i;
    if (row > HEADER_SEARCH_ROWS) break;
    const cells = sheet.rows[i];
    const columns = matchRow(cells, sheet.firstCol, lookup);
    const found = required.filter((t) => columns.has(t.key)).length;
    if (found >= Math.max(needed, 1)) {
      return { row, columns, duplicates: duplicatesOf(cells, sheet.firstCol, lookup) };
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
