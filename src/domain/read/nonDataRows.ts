/**
 * Rows under the header that are not data (workbook.md, "Data rows", rules 1–5): hidden rows,
 * the column-numbering row of official forms, totals, section titles and signatures. They look at
 * every column of the row, recognised or not; each row gets the reason of the first rule it meets.
 */
import type { CellRect, RawCell, SheetGrid } from "../grid";
import { isFullName } from "../text/fullName";
import { cleanText } from "../text/normalize";
import { displayOf, isEmptyCell } from "../values/parse";

export type SkipReason = "скрытая строка" | "нумерация столбцов" | "итоговая строка" | "раздел" | "подпись";

export interface SkippedRow {
  /** Worksheet row. */
  readonly row: number;
  readonly reason: SkipReason;
}

export interface RowSplit {
  /** Grid indexes (into `grid.rows`) of the data rows, in order. */
  readonly data: readonly number[];
  /** The rows skipped as not data, in worksheet order. */
  readonly skipped: readonly SkippedRow[];
}

/** What the rules need of a row: none, one or several non-empty cells, and where the first one is. */
interface RowShape {
  /** 0, 1, or 2 for «two or more». */
  count: number;
  /** Index of the first non-empty cell, -1 when none. */
  first: number;
}

/**
 * Fills `shape`, stopping at the second non-empty cell (most rows answer after two cells; one
 * object is reused for every row: this runs on every row of every sheet).
 */
function shapeOf(cells: readonly RawCell[], shape: RowShape = { count: 0, first: -1 }): RowShape {
  shape.count = 0;
  shape.first = -1;
  for (let i = 0; i < cells.length; i++) {
    if (isEmptyCell(cells[i])) continue;
    if (shape.first < 0) shape.first = i;
    if (++shape.count === 2) break;
  }
  return shape;
}

/** Rule 2: every non-empty cell an integer, at least 3 of them, reading 1, 2, 3, … left to right. */
function isNumbering(cells: readonly RawCell[]): boolean {
  let expected = 1;
  for (const c of cells) {
    if (isEmptyCell(c)) continue;
    const n =
      typeof c === "number" ? c : typeof c === "string" && /^\d{1,4}$/.test(c.trim()) ? Number(c) : NaN;
    if (n !== expected) return false;
    expected++;
  }
  return expected > 3;
}

/** The leftmost non-empty cell's text (cleaned), or null. */
function firstText(cells: readonly RawCell[], shape: RowShape): string | null {
  const c = shape.first < 0 ? null : cells[shape.first];
  return typeof c === "string" ? cleanText(c) : null;
}

const TOTAL_WORDS = ["итого", "всего"];

/**
 * Rule 3: the row's first non-empty cell starts with «Итого» or «Всего» — as a word: a road map's
 * «Итоговый мониторинг» is an event, not a total. No copy of the cell is made.
 */
function isTotal(cells: readonly RawCell[], shape: RowShape): boolean {
  const c = shape.first < 0 ? null : cells[shape.first];
  if (typeof c !== "string") return false;
  let i = 0;
  while (i < c.length && isEmptyCell(c[i])) i++;
  // Most first cells start with another letter: answer without a lower-case copy.
  const first = c.charCodeAt(i) | 0x20;
  if (first !== 0x438 && first !== 0x432) return false; // «и», «в» (upper case has the bit cleared)
  if (!TOTAL_WORDS.includes(c.slice(i, i + 5).toLowerCase())) return false;
  return i + 5 >= c.length || !/\p{L}/u.test(c[i + 5]);
}

/** A name: 2–4 words that each start with an upper-case letter («Иванова Анна Петровна»). */
function looksLikeName(text: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => {
    const ch = w[0];
    return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  });
}

const SIGNATURE_WORDS = new Set([
  "директор",
  "руководитель",
  "исполнитель",
  "подпись",
  "согласовано",
  "утверждено",
  "утверждаю",
  "мп",
]);

/** The first word of a text, lower case, without punctuation («М.П.» → «мп», «Директор:» → «директор»). */
function firstWord(text: string): string {
  const space = text.indexOf(" ");
  const word = space < 0 ? text : text.slice(0, space);
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Rule 5's look of a row: a signature word first, or a run of «___». */
function looksLikeSignature(cells: readonly RawCell[], keyIndex: number | undefined): boolean {
  const first = firstText(cells, shapeOf(cells));
  const signed =
    (first !== null && SIGNATURE_WORDS.has(firstWord(first))) ||
    cells.some((c) => typeof c === "string" && c.includes("___"));
  if (!signed) return false;
  const key = keyIndex === undefined ? null : displayOf(cells[keyIndex] ?? null);
  return key === null || !isFullName(key);
}

/** Top-left cells («row:col») of merged ranges spanning two or more columns. */
function wideMergeStarts(merges: readonly CellRect[] | undefined): ReadonlySet<string> {
  const starts = new Set<string>();
  for (const m of merges ?? []) if (m.right > m.left) starts.add(`${m.top}:${m.left}`);
  return starts;
}

/**
 * Splits the rows below the header row into data rows and non-data rows. Rows empty in every
 * column are left out of both, silently.
 *
 * @param keyCol worksheet column of the sheet's key column (rules 4 and 5), if the sheet has it
 */
export function splitDataRows(grid: SheetGrid, headerRow: number, keyCol: number | undefined): RowSplit {
  const keyIndex = keyCol === undefined ? undefined : keyCol - grid.firstCol;
  const hidden = grid.filterActive ? new Set<number>() : new Set(grid.hiddenRows ?? []);
  const wideStarts = wideMergeStarts(grid.merges);
  // Rows not empty in every column, and the reason of each (null: data so far). Plain arrays, no
  // map: this runs on every row of every sheet.
  const candidates: number[] = [];
  const reasons: (SkipReason | null)[] = [];
  const shape: RowShape = { count: 0, first: -1 };
  for (let i = headerRow - grid.firstRow + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    shapeOf(cells, shape);
    if (shape.count === 0) continue;
    const row = grid.firstRow + i;
    let reason: SkipReason | null = null;
    if (hidden.size > 0 && hidden.has(row)) reason = "скрытая строка";
    else if (candidates.length === 0 && isNumbering(cells)) reason = "нумерация столбцов";
    else if (isTotal(cells, shape)) reason = "итоговая строка";
    else if (shape.count === 1 && isSection(cells, shape.first, row, grid.firstCol, keyIndex, wideStarts))
      reason = "раздел";
    candidates.push(i);
    reasons.push(reason);
  }
  // Rule 5, going up from the last row: the run of signature rows ends at the first other row.
  for (let n = candidates.length - 1; n >= 0; n--) {
    if (!looksLikeSignature(grid.rows[candidates[n]], keyIndex)) break;
    reasons[n] ??= "подпись";
  }
  const data: number[] = [];
  const skipped: SkippedRow[] = [];
  candidates.forEach((i, n) => {
    const reason = reasons[n];
    if (reason === null) data.push(i);
    else skipped.push({ row: grid.firstRow + i, reason });
  });
  return { data, skipped };
}

/** Rule 4 for a row with one non-empty cell: not a name, merged over ≥ 2 columns or outside the key column. */
function isSection(
  cells: readonly RawCell[],
  only: number,
  row: number,
  firstCol: number,
  keyIndex: number | undefined,
  wideStarts: ReadonlySet<string>,
): boolean {
  const text = displayOf(cells[only]) ?? "";
  if (looksLikeName(text)) return false;
  return only !== keyIndex || wideStarts.has(`${row}:${firstCol + only}`);
}

/** The S004 notice's wording: «4 (нумерация столбцов), 8 (скрытая строка)». */
export function skippedList(skipped: readonly SkippedRow[]): string {
  return skipped.map((s) => `${s.row} (${s.reason})`).join(", ");
}
