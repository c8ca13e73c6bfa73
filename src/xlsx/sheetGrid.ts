/**
 * A worksheet's used range as a SheetGrid: from the first row and the leftmost column that hold a
 * value, each row only as long as its last value (rows may be ragged, empty rows are empty arrays).
 */
import type { Worksheet } from "exceljs";
import type { RawCell, SheetGrid } from "../domain/grid";
import { type DateContext, rawCellOf } from "./rawCell";

const EMPTY_ROW: readonly RawCell[] = Object.freeze([]);

export function sheetGridOf(ws: Worksheet, dates: DateContext): SheetGrid {
  // rows[i] is worksheet row firstRow + i, cells indexed from column 1 until trimmed below.
  const rows: (readonly RawCell[])[] = [];
  let firstRow = 0;
  let firstCol = Number.POSITIVE_INFINITY;
  ws.eachRow((row, rowNumber) => {
    let cells = null as RawCell[] | null;
    row.eachCell((cell, colNumber) => {
      const value = rawCellOf(cell, dates);
      if (value === null) return;
      if (cells === null) cells = [];
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
      if (colNumber < firstCol) firstCol = colNumber;
    });
    if (cells === null) return;
    if (firstRow === 0) firstRow = rowNumber;
    while (rows.length < rowNumber - firstRow) rows.push(EMPTY_ROW);
    rows.push(cells);
  });
  if (firstRow === 0) return { name: ws.name, firstRow: 1, firstCol: 1, rows: [] };
  const skip = firstCol - 1;
  return {
    name: ws.name,
    firstRow,
    firstCol,
    rows: skip === 0 ? rows : rows.map((r) => (r.length === 0 ? r : r.slice(skip))),
  };
}
