/** A1 addresses as Office.js returns and accepts them. */
import { columnLetter } from "../domain/issues";

/** Parses `Sheet!B3:D9` / `'My sheet'!B3` / `B3` → 1-based first row and column. */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(local);
  if (!m) return { row: 1, col: 1 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** `B3:D9` for a rectangle given its top-left (1-based) and size. */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const tl = `${columnLetter(col)}${row}`;
  return rows === 1 && cols === 1 ? tl : `${tl}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}
