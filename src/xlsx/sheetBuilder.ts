/**
 * Building one sheet's SheetGrid as its cells stream in: the used range from the first row and the
 * leftmost column that hold a value, each row only as long as its last value (rows are ragged,
 * never padded to the sheet's width; empty rows in between share one empty array). Every slot
 * is spent from the file's CellBudget, and a value right of MAX_COLUMNS stops the read, so no
 * file can make the grid larger than the limits say.
 *
 * What the grid carries besides the rows (workbook.md, "Reading a workbook"):
 * - `merges`: every `<mergeCell>` of the sheet, present only when there is one. Only the top-left
 *   cell of a merged range keeps its value — what Excel shows; a value LibreOffice keeps hidden
 *   in another cell of the range is not handed on.
 * - `hiddenRows`: rows of the used range with `hidden="1"`, and the detail rows of a collapsed
 *   outline group (the run of rows of a deeper outline level next to a row with `collapsed="1"`:
 *   above it, or below it when the sheet's summary rows are above), ascending; present only when
 *   there is one.
 * - `filterActive`: set by the worksheet reader (worksheetPart.ts); present only when true.
 */
import type { CellRect, RawCell, SheetGrid } from "../domain/grid";
import { cellAddress, columnLetters } from "./address";
import type { CellBudget } from "./cellBudget";
import { UnreadableWorkbookError } from "./errors";
import { MAX_COLUMNS } from "./limits";

const EMPTY_ROW: readonly RawCell[] = Object.freeze([]);

export class SheetBuilder {
  /** rows[r - 1] is worksheet row r, cells from column 1 (trimmed to the used range in `finish`). */
  private rows: (readonly RawCell[])[] = [];
  private cells: RawCell[] | null = null;
  private row = 0;
  private readonly hidden: number[] = [];
  /** Outline level of every row that has one, and the rows marked collapsed. */
  private readonly levels = new Map<number, number>();
  private readonly collapsed: { row: number; level: number }[] = [];
  private readonly merges: CellRect[] = [];
  /** Summary rows below their detail (the default); `<outlinePr summaryBelow="0">` puts them above. */
  summaryBelow = true;
  filterActive = false;

  constructor(
    private readonly name: string,
    private readonly budget: CellBudget,
  ) {}

  startRow(row: number, hidden: boolean, level: number, collapsed: boolean): void {
    this.row = row;
    this.cells = null;
    // Row flags are kept too (empty rows may carry them): they are spent like cells.
    if (hidden || level > 0 || collapsed) this.budget.spend(1);
    if (hidden) this.hidden.push(row);
    if (level > 0) this.levels.set(row, level);
    if (collapsed) this.collapsed.push({ row, level });
  }

  /** A cell's value in the current row; only values, never empty cells, are given. */
  cell(col: number, value: RawCell): void {
    if (col > MAX_COLUMNS) {
      throw new UnreadableWorkbookError(
        "too-wide",
        `${this.name}!${cellAddress(this.row, col)}`,
        `Лист «${this.name}», ячейка ${cellAddress(this.row, col)}: значение правее ${MAX_COLUMNS}-го столбца (${columnLetters(MAX_COLUMNS)}) — это не похоже на книгу ОО. Удалите лишние столбцы и сохраните книгу заново.`,
      );
    }
    const cells = (this.cells ??= []);
    const before = cells.length;
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = value;
    if (cells.length > before) this.budget.spend(cells.length - before);
  }

  endRow(): void {
    const cells = this.cells;
    this.cells = null;
    if (cells === null) return;
    const index = this.row - 1;
    if (index >= this.rows.length) {
      this.budget.spend(index - this.rows.length + 1);
      while (this.rows.length < index) this.rows.push(EMPTY_ROW);
      this.rows.push(cells);
      return;
    }
    // A row written twice or out of order: its cells join the row already read.
    const existing = this.rows[index];
    if (existing.length === 0) {
      this.rows[index] = cells;
      return;
    }
    const merged = existing.slice();
    cells.forEach((v, i) => {
      if (v !== null) merged[i] = v;
    });
    for (let i = 0; i < merged.length; i++) merged[i] ??= null;
    this.budget.spend(Math.max(0, merged.length - existing.length));
    this.rows[index] = merged;
  }

  merge(rect: CellRect): void {
    this.budget.spend(1);
    this.merges.push(rect);
  }

  finish(): SheetGrid {
    this.clearMergedCells();
    const rows = this.rows;
    let first = 0;
    while (first < rows.length && rows[first].length === 0) first++;
    let last = rows.length - 1;
    while (last >= first && rows[last].length === 0) last--;
    const extras = this.extras(first + 1, last + 1);
    if (first > last) return { name: this.name, firstRow: 1, firstCol: 1, rows: [], ...extras };
    let skip = Number.POSITIVE_INFINITY;
    for (let i = first; i <= last && skip > 0; i++) {
      const r = rows[i];
      for (let c = 0; c < r.length && c < skip; c++) {
        if (r[c] !== null) {
          skip = c;
          break;
        }
      }
    }
    const used = rows.slice(first, last + 1);
    return {
      name: this.name,
      firstRow: first + 1,
      firstCol: skip + 1,
      rows: skip === 0 ? used : used.map((r) => (r.length === 0 ? r : r.slice(skip))),
      ...extras,
    };
  }

  /** Every cell of a merged range but the top-left one is empty in Excel's eyes. */
  private clearMergedCells(): void {
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom && r <= this.rows.length; r++) {
        const row = this.rows[r - 1];
        const from = r === m.top ? m.left + 1 : m.left;
        let changed: RawCell[] | null = null;
        for (let c = from; c <= m.right && c <= row.length; c++) {
          if (row[c - 1] === null) continue;
          changed ??= row.slice();
          changed[c - 1] = null;
        }
        if (changed === null) continue;
        while (changed.length > 0 && changed[changed.length - 1] === null) changed.pop();
        this.rows[r - 1] = changed.length === 0 ? EMPTY_ROW : changed;
      }
    }
  }

  private extras(
    firstRow: number,
    lastRow: number,
  ): Pick<SheetGrid, "hiddenRows" | "merges" | "filterActive"> {
    const hiddenRows = this.hiddenRowsWithin(firstRow, lastRow);
    return {
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(this.merges.length > 0 ? { merges: this.merges } : {}),
      ...(this.filterActive ? { filterActive: true } : {}),
    };
  }

  private hiddenRowsWithin(firstRow: number, lastRow: number): number[] {
    const hidden = new Set(this.hidden);
    const step = this.summaryBelow ? -1 : 1;
    for (const { row, level } of this.collapsed) {
      for (let r = row + step; (this.levels.get(r) ?? 0) > level; r += step) hidden.add(r);
    }
    return [...hidden].filter((r) => r >= firstRow && r <= lastRow).sort((a, b) => a - b);
  }
}
