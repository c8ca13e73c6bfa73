/** A CellBlock: a rectangle of values with its formats and style, written row by row. */
import type { Worksheet } from "exceljs";
import type { CellBlock } from "../domain/plan/writePlan";
import { styleParts } from "./cellStyle";
import { writePlanCell } from "./planCell";

/** The format of the block's j-th column: one for all, one per column, or none (General). */
export function columnFormat(
  format: string | readonly (string | null)[] | undefined,
  j: number,
): string | null {
  if (format === undefined) return null;
  return typeof format === "string" ? format : (format[j] ?? null);
}

export function writeBlock(ws: Worksheet, block: CellBlock): void {
  const parts = styleParts(block.style);
  block.values.forEach((values, i) => {
    const row = ws.getRow(block.row + i);
    values.forEach((value, j) => {
      writePlanCell(row.getCell(block.col + j), value, columnFormat(block.numberFormat, j), parts);
    });
  });
}
