/**
 * A1 address helpers for the fake Excel host. Everything inside the fake works with 0-based
 * rectangles; addresses are only parsed at the API boundary and printed the way Excel prints them,
 * so adapter code that builds or compares addresses sees Excel's exact spelling.
 */

/** Grid limits of a modern .xlsx worksheet. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based, always at least 1×1. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface ParsedAddress {
  /** Sheet name when the address was sheet-qualified (quotes removed, '' unescaped). */
  readonly sheet?: string;
  readonly rect: Rect;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; case-insensitive. Returns -1 for anything that is not a column. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLS ? n - 1 : -1;
}

/** "A1" (or "$A$1" when `absolute`). */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export const isEntireColumn = (r: Rect): boolean => r.row === 0 && r.rowCount === MAX_ROWS;
export const isEntireRow = (r: Rect): boolean => r.col === 0 && r.colCount === MAX_COLS;

/**
 * The rectangle part of an address as Excel prints it: "A1", "A1:C3", whole columns "A:C",
 * whole rows "1:3".
 */
export function rectAddress(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumn(r) && !isEntireRow(r)) {
    return `${d}${columnLetters(r.col)}:${d}${columnLetters(r.col + r.colCount - 1)}`;
  }
  if (isEntireRow(r)) {
    return `${d}${r.row + 1}:${d}${r.row + r.rowCount}`;
  }
  const first = cellAddress(r.row, r.col, absolute);
  if (r.rowCount === 1 && r.colCount === 1) return first;
  return `${first}:${cellAddress(r.row + r.rowCount - 1, r.col + r.colCount - 1, absolute)}`;
}

/** True when the name could be read as a cell reference (A1 or R1C1 style), which Excel quotes. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]!) >= 0 && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Excel quotes a sheet name in an address when it contains anything but letters (any script, so
 * Cyrillic names such as «Пары» stay bare), digits, underscores and periods, when it starts with a
 * digit or a period, or when it could be mistaken for a cell reference.
 */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  return looksLikeReference(name);
}

export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "Sheet1!A1:C3", "'Sheet name'!A1", "Пары!B2:D9". */
export function qualifiedAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(r, absolute)}`;
}

interface Corner {
  row?: number; // undefined for a whole-column reference ("A")
  col?: number; // undefined for a whole-row reference ("3")
}

function parseCorner(s: string): Corner | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const corner: Corner = {};
  if (m[1] !== undefined) {
    const c = columnIndex(m[1]);
    if (c < 0) return null;
    corner.col = c;
  }
  if (m[2] !== undefined) {
    const r = Number(m[2]);
    if (r < 1 || r > MAX_ROWS) return null;
    corner.row = r - 1;
  }
  return corner;
}

/** Splits "'It''s'!A1" into sheet and local part; returns null on malformed quoting. */
export function splitSheet(address: string): { sheet?: string; local: string } | null {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    if (s[i] !== "'" || s[i + 1] !== "!") return null;
    return { sheet: name, local: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf("!");
  if (bang >= 0) return { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
  return { local: s };
}

/**
 * Parses "A1", "$A$1:$C$3", "A:C", "2:5" and sheet-qualified forms. Returns null when the text is
 * not an address (callers turn that into Excel's InvalidArgument at sync time).
 */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split) return null;
  const parts = split.local.split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseCorner(parts[0]!);
  const b = parts.length === 2 ? parseCorner(parts[1]!) : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.row === undefined || b.row === undefined) {
    // Whole columns: both corners must be column-only ("A:A"); a lone "A" is not an address.
    if (parts.length !== 2 || a.row !== undefined || b.row !== undefined) return null;
    const c1 = Math.min(a.col!, b.col!);
    const c2 = Math.max(a.col!, b.col!);
    rect = { row: 0, col: c1, rowCount: MAX_ROWS, colCount: c2 - c1 + 1 };
  } else if (a.col === undefined || b.col === undefined) {
    if (parts.length !== 2 || a.col !== undefined || b.col !== undefined) return null;
    const r1 = Math.min(a.row, b.row);
    const r2 = Math.max(a.row, b.row);
    rect = { row: r1, col: 0, rowCount: r2 - r1 + 1, colCount: MAX_COLS };
  } else {
    const r1 = Math.min(a.row, b.row);
    const r2 = Math.max(a.row, b.row);
    const c1 = Math.min(a.col, b.col);
    const c2 = Math.max(a.col, b.col);
    rect = { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
  }
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

/** Like parseAddress but only for a single cell ("B7"). */
export function parseCell(address: string): { row: number; col: number } | null {
  const p = parseAddress(address);
  if (!p || p.rect.rowCount !== 1 || p.rect.colCount !== 1) return null;
  return { row: p.rect.row, col: p.rect.col };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const r1 = Math.max(a.row, b.row);
  const c1 = Math.max(a.col, b.col);
  const r2 = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const c2 = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (r2 <= r1 || c2 <= c1) return null;
  return { row: r1, col: c1, rowCount: r2 - r1, colCount: c2 - c1 };
}

export const rectsIntersect = (a: Rect, b: Rect): boolean => rectIntersection(a, b) !== null;

export function rectInBounds(r: Rect): boolean {
  return (
    r.row >= 0 &&
    r.col >= 0 &&
    r.rowCount >= 1 &&
    r.colCount >= 1 &&
    r.row + r.rowCount <= MAX_ROWS &&
    r.col + r.colCount <= MAX_COLS
  );
}

export const cellCount = (r: Rect): number => r.rowCount * r.colCount;
