/**
 * Merged cells in data rows fill down (workbook.md, "Merged cells in data rows"): a merged range
 * whose first cell lies in a data row gives that cell's value to every cell of the range's first
 * column in the data rows it covers (the seed-004 road map merges «Этап» and «№» over the events
 * of a stage). Other cells of the range stay empty; ranges starting above the header are ignored.
 */
import type { RawCell, SheetGrid } from "../grid";

/**
 * The data rows' cells after filling down: grid index → the row's cells, a copy only for rows
 * that received a value (the grid itself is never changed).
 */
export function fillMergedDown(
  grid: SheetGrid,
  headerRow: number,
  dataRows: readonly number[],
): ReadonlyMap<number, readonly RawCell[]> {
  const filled = new Map<number, RawCell[]>();
  if (!grid.merges || grid.merges.length === 0) return filled;
  const isData = new Set(dataRows);
  for (const m of grid.merges) {
    if (m.bottom <= m.top || m.top <= headerRow) continue;
    const top = m.top - grid.firstRow;
    if (!isData.has(top)) continue;
    const col = m.left - grid.firstCol;
    const value = grid.rows[top]?.[col] ?? null;
    if (value === null) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const i = r - grid.firstRow;
      if (!isData.has(i)) continue;
      let cells = filled.get(i);
      if (!cells) {
        cells = [...grid.rows[i]];
        filled.set(i, cells);
      }
      while (cells.length <= col) cells.push(null);
      cells[col] = value;
    }
  }
  return filled;
}
