/** A1 addresses as Office.js returns and accepts them. */
import type { CellRect } from "../domain/grid";
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

/** Parses `B3:D9` / `$B$3` (no sheet) → a 1-based rectangle; null when it is no cell address. */
export function rectOf(local: string): CellRect | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(local.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

/**
 * The rectangles of a RangeAreas address: «Лист1!A1:F7, Лист1!A9:F12» (or without the space after
 * the comma); a quoted sheet name may hold a comma or an «!» («'Итоги, 2024'!A1»).
 */
export function areasOf(address: string): CellRect[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    if (i === address.length || (ch === "," && !quoted)) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  return parts.map((p) => rectOf(p.slice(p.lastIndexOf("!") + 1))).filter((r): r is CellRect => r !== null);
}
