/** A1 addresses for the report's plans (1-based rows and columns). */
import { columnLetter } from "../issues";

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${cellA1(top, left)}:${cellA1(bottom, right)}`;
}
