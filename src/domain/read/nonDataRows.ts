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

/** The order of the rules: a row matching several gets the first. */
export const SKIP_REASONS: readonly SkipReason[] = [
  "скрытая строка",
  "нумерация столбцов",
  "итоговая строка",
  "раздел",
  "подпись",
];

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

const isBlankRow = (cells: readonly RawCell[]): boolean => cells.every(isEmptyCell);

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
function firstText(cells: readonly RawCell[]): string | null {
  for (const c of cells) if (!isEmptyCell(c)) return typeof c === "string" ? cleanText(c) : null;
  return null;
}

/**
 * Rule 3: the row's first non-empty cell starts with the word «Итого» or «Всего» — as a word: a
 * road map's «Итоговый мониторинг» is an event, not a total.
 */
const TOTAL_WORD = /^(?:итого|всего)(?!\p{L})/u;
function isTotal(cells: readonly RawCell[]): boolean {
  const t = firstText(cells)?.toLowerCase();
  return t !== undefined && TOTAL_WORD.test(t);
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
  const first = firstText(cells);
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
  const candidates: number[] = [];
  for (let i = headerRow - grid.firstRow + 1; i < grid.rows.length; i++) {
    if (!isBlankRow(grid.rows[i])) candidates.push(i);
  }
  const reasons = new Map<number, SkipReason>();
  candidates.forEach((i, n) => {
    const cells = grid.rows[i];
    const row = grid.firstRow + i;
    let reason: SkipReason | null = null;
    if (hidden.has(row)) reason = "скрытая строка";
    else if (n === 0 && isNumbering(cells)) reason = "нумерация столбцов";
    else if (isTotal(cells)) reason = "итоговая строка";
    else if (isSection(cells, row, grid.firstCol, keyIndex, wideStarts)) reason = "раздел";
    if (reason !== null) reasons.set(i, reason);
  });
  // Rule 5, going up from the last row: the run of signature rows ends at the first other row.
  for (let n = candidates.length - 1; n >= 0; n--) {
    const i = candidates[n];
    if (!looksLikeSignature(grid.rows[i], keyIndex)) break;
    if (!reasons.has(i)) reasons.set(i, "подпись");
  }
  return {
    data: candidates.filter((i) => !reasons.has(i)),
    skipped: candidates
      .filter((i) => reasons.has(i))
      .map((i) => ({ row: grid.firstRow + i, reason: reasons.get(i)! })),
  };
}

/** Rule 4: one non-empty cell, not a name, merged over ≥ 2 columns or outside the key column. */
function isSection(
  cells: readonly RawCell[],
  row: number,
  firstCol: number,
  keyIndex: number | undefined,
  wideStarts: ReadonlySet<string>,
): boolean {
  let only = -1;
  for (let i = 0; i < cells.length; i++) {
    if (isEmptyCell(cells[i])) continue;
    if (only >= 0) return false;
    only = i;
  }
  if (only < 0) return false;
  const text = displayOf(cells[only]) ?? "";
  if (looksLikeName(text)) return false;
  return wideStarts.has(`${row}:${firstCol + only}`) || only !== keyIndex;
}

/** The S004 notice's wording: «4 (нумерация столбцов), 8 (скрытая строка)». */
export function skippedList(skipped: readonly SkippedRow[]): string {
  return skipped.map((s) => `${s.row} (${s.reason})`).join(", ");
}
