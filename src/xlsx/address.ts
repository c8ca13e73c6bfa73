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
