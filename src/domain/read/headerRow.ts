/**
 * Locating the header row and mapping columns to the catalogue (workbook.md v2, "Header row"): a
 * cell is recognised when its normalised text is the header or an alias of any column of the
 * sheet; the header row is, among the first 20 rows of the used range, the row with the most
 * recognised cells, at least 2; on a tie the upper row wins.
 */
import type { RawCell, SheetGrid } from "../grid";
import { normalizeHeader } from "../text/normalize";
import { displayOf, isEmptyCell } from "../values/parse";

export interface HeaderTarget {
  readonly key: string;
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface HeaderMatch {
  /** Worksheet row of the header. */
  readonly row: number;
  /** Catalogue key → worksheet column (1-based): the leftmost column naming the key. */
  readonly columns: ReadonlyMap<string, number>;
  /** Worksheet columns whose header names the same key as an earlier column (for tie-breaks). */
  readonly duplicates: ReadonlyMap<string, readonly number[]>;
  /** How many cells of the row are recognised headers. */
  readonly recognised: number;
}

export const HEADER_SEARCH_ROWS = 20;
/** A header row has at least this many recognised cells (v1 required ⌈n/2⌉ required headers). */
export const MIN_RECOGNISED = 2;

// Every sheet of every file is matched against the same few catalogue lists: their lookups are kept.
const lookups = new WeakMap<readonly HeaderTarget[], ReadonlyMap<string, string>>();

/** normalised header or alias → key. The canonical header of one column beats an alias of another. */
export function headerLookup(targets: readonly HeaderTarget[]): ReadonlyMap<string, string> {
  const known = lookups.get(targets);
  if (known) return known;
  const lookup = new Map<string, string>();
  for (const t of targets) for (const a of t.aliases) lookup.set(normalizeHeader(a), t.key);
  for (const t of targets) lookup.set(normalizeHeader(t.header), t.key);
  lookups.set(targets, lookup);
  return lookup;
}

/** The key a header cell names, if any. */
function keyOfCell(cell: RawCell | undefined, lookup: ReadonlyMap<string, string>): string | undefined {
  const text = displayOf(cell ?? null);
  return text === null ? undefined : lookup.get(normalizeHeader(text));
}

/** Every column of a row that names a key: the first one in `columns`, the later ones in `duplicates`. */
export function matchHeaderRow(
  cells: readonly RawCell[],
  firstCol: number,
  lookup: ReadonlyMap<string, string>,
): { columns: Map<string, number>; duplicates: Map<string, number[]>; recognised: number } {
  const columns = new Map<string, number>();
  const all = new Map<string, number[]>();
  let recognised = 0;
  for (let i = 0; i < cells.length; i++) {
    const key = keyOfCell(cells[i], lookup);
    if (key === undefined) continue;
    recognised++;
    const col = firstCol + i;
    if (!columns.has(key)) columns.set(key, col);
    const list = all.get(key);
    if (list) list.push(col);
    else all.set(key, [col]);
  }
  const duplicates = new Map<string, number[]>();
  for (const [k, v] of all) if (v.length > 1) duplicates.set(k, v);
  return { columns, duplicates, recognised };
}

function nonEmptyCount(cells: readonly RawCell[]): number {
  let n = 0;
  for (const c of cells) if (!isEmptyCell(c)) n++;
  return n;
}

export interface HeaderOptions {
  /** Fewest recognised cells of a header row (default 2; a header row chosen by hand may take 1). */
  readonly minRecognised?: number;
  /**
   * Keys whose cells together count as one recognised cell (import: «Фамилия», «Имя», «Отчество»
   * on the person sheets, cli.md "Import" 1).
   */
  readonly oneCell?: ReadonlySet<string>;
}

/** Recognised cells of a matched row, the `oneCell` keys counting once together. */
function countedCells(
  m: ReturnType<typeof matchHeaderRow>,
  oneCell: ReadonlySet<string> | undefined,
): number {
  if (oneCell === undefined) return m.recognised;
  let grouped = 0;
  for (const k of oneCell) grouped += m.duplicates.get(k)?.length ?? (m.columns.has(k) ? 1 : 0);
  return grouped === 0 ? m.recognised : m.recognised - grouped + 1;
}

export function findHeaderRow(
  sheet: SheetGrid,
  targets: readonly HeaderTarget[],
  opts: HeaderOptions = {},
): HeaderMatch | null {
  const lookup = headerLookup(targets);
  const min = opts.minRecognised ?? MIN_RECOGNISED;
  let best: HeaderMatch | null = null;
  const rows = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < rows; i++) {
    // A row cannot have more recognised cells than non-empty ones: once a header is found, the data
    // rows under it (no more cells than the header has) are passed over without normalising a cell.
    const cells = sheet.rows[i];
    if (best !== null && (cells.length <= best.recognised || nonEmptyCount(cells) <= best.recognised))
      continue;
    const m = matchHeaderRow(cells, sheet.firstCol, lookup);
    const recognised = countedCells(m, opts.oneCell);
    if (recognised < min || (best !== null && recognised <= best.recognised)) continue;
    best = { row: sheet.firstRow + i, ...m, recognised };
  }
  return best;
}

/** The cell at a worksheet row/column of a grid (null outside the used range). */
export function cellAt(sheet: SheetGrid, row: number, col: number): RawCell {
  const r = sheet.rows[row - sheet.firstRow];
  if (!r) return null;
  return r[col - sheet.firstCol] ?? null;
}
