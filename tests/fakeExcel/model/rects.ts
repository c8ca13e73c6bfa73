/** Rectangle arithmetic for rule ranges (validation, conditional formats) that get split or moved. */
import { rectIntersection, type Rect } from "../address";

/** `a` minus `b`: up to four rectangles covering what of `a` lies outside `b`. */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const x = rectIntersection(a, b);
  if (!x) return [a];
  const out: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const xBottom = x.row + x.rowCount;
  if (x.row > a.row) out.push({ row: a.row, col: a.col, rowCount: x.row - a.row, colCount: a.colCount });
  if (xBottom < aBottom)
    out.push({ row: xBottom, col: a.col, rowCount: aBottom - xBottom, colCount: a.colCount });
  if (x.col > a.col) out.push({ row: x.row, col: a.col, rowCount: x.rowCount, colCount: x.col - a.col });
  const aRight = a.col + a.colCount;
  const xRight = x.col + x.colCount;
  if (xRight < aRight) out.push({ row: x.row, col: xRight, rowCount: x.rowCount, colCount: aRight - xRight });
  return out;
}

/**
 * Moves or stretches a rectangle for "insert `n` cells at row `at` in columns [col, col+colCount)"
 * the way Excel adjusts references: below the insertion point it moves, across it it grows.
 * Rectangles that only partly share the column band are left alone (Excel would refuse or split;
 * the fake never needs that case).
 */
export function shiftRectDown(r: Rect, at: number, col: number, colCount: number, n: number): Rect {
  const inBand = r.col >= col && r.col + r.colCount <= col + colCount;
  if (!inBand) return r;
  if (r.row >= at) return { ...r, row: r.row + n };
  if (r.row + r.rowCount > at) return { ...r, rowCount: r.rowCount + n };
  return r;
}

export function shiftRectRight(r: Rect, at: number, row: number, rowCount: number, n: number): Rect {
  const inBand = r.row >= row && r.row + r.rowCount <= row + rowCount;
  if (!inBand) return r;
  if (r.col >= at) return { ...r, col: r.col + n };
  if (r.col + r.colCount > at) return { ...r, colCount: r.colCount + n };
  return r;
}

export const sameRect = (a: Rect, b: Rect): boolean =>
  a.row === b.row && a.col === b.col && a.rowCount === b.rowCount && a.colCount === b.colCount;
