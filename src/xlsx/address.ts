/** A1 addresses from 1-based row and column numbers. */

export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Excel's own bounds (XFD1048576): a reference beyond them is not a cell. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/**
 * The column number of a cell reference (`B7` → 2), letters in either case; 0 when the reference
 * does not start with 1–3 letters followed by a row number.
 */
export function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3 || i === ref.length) return 0;
  return col;
}

/** A range reference (`A1:C3`, or one cell `B2`) as 1-based bounds; null when malformed. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = ref.trim().split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref);
  if (m === null) return null;
  const col = columnOfRef(`${m[1]}1`);
  const row = Number(m[2]);
  return row >= 1 && row <= EXCEL_MAX_ROWS && col <= EXCEL_MAX_COLS ? { row, col } : null;
}
