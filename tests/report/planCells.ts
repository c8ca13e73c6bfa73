/**
 * Reading a sheet plan back as a grid of cells, the way a worksheet would show it: blocks and
 * tables (header row included) placed at their rows and columns. Tests look up what a chart's
 * range or a conditional format covers here, not in the plan's own structure.
 */
import type { ChartPlan, PlanValue, SheetPlan, TablePlan } from "../../src/domain/plan/writePlan";

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** `B7` → row 7, column 2. */
export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 cell: ${a1}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** `A7:C10` → its rectangle (a single cell is a 1×1 range). */
export function parseRange(a1: string): Rect {
  const [from, to = from] = a1.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function newTables(sheet: SheetPlan): TablePlan[] {
  return (sheet.tables ?? []).filter((t): t is TablePlan => t.kind === undefined || t.kind === "new");
}

/** The rectangle a new table takes: header row and data rows (at least one, as Excel needs). */
export function tableRect(t: TablePlan): Rect {
  return {
    top: t.row,
    left: t.col,
    bottom: t.row + Math.max(t.rows.length, 1),
    right: t.col + t.headers.length - 1,
  };
}

export function chartRect(c: ChartPlan): Rect {
  return parseRange(`${c.from}:${c.to}`);
}

export class PlanGrid {
  private readonly cells = new Map<string, PlanValue>();

  constructor(sheet: SheetPlan) {
    const put = (row: number, col: number, v: PlanValue) => this.cells.set(`${row},${col}`, v);
    for (const b of sheet.blocks ?? [])
      b.values.forEach((r, i) => r.forEach((v, j) => put(b.row + i, b.col + j, v)));
    for (const t of newTables(sheet)) {
      t.headers.forEach((h, j) => put(t.row, t.col + j, h));
      t.rows.forEach((r, i) => r.forEach((v, j) => put(t.row + 1 + i, t.col + j, v)));
    }
  }

  at(a1: string): PlanValue {
    const { row, col } = parseCell(a1);
    return this.get(row, col);
  }

  get(row: number, col: number): PlanValue {
    return this.cells.get(`${row},${col}`) ?? null;
  }

  /** The values of a rectangle, row by row. */
  range(a1: string): PlanValue[][] {
    const r = parseRange(a1);
    const out: PlanValue[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: PlanValue[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(this.get(row, col));
      out.push(line);
    }
    return out;
  }

  /** Every value written, with its address. */
  all(): { row: number; col: number; value: PlanValue }[] {
    return [...this.cells].map(([k, value]) => {
      const [row, col] = k.split(",").map(Number);
      return { row, col, value };
    });
  }
}
