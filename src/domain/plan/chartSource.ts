/**
 * What a chart of a write plan plots, as Excel reads its source rectangle: the first column (or
 * row) holds the categories, the first row (or column) the series names, every other column (or
 * row) is a series. Both adapters draw from this one reading: Office.js hands Excel the rectangle,
 * the file writer spells the series out in DrawingML.
 */
import type { ChartPlan } from "./writePlan";

export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ChartSeriesSource {
  /** The cell with the series' name (its header). */
  readonly name: { readonly row: number; readonly col: number };
  readonly values: CellRect;
}

export interface ChartSource {
  readonly categories: CellRect;
  readonly series: readonly ChartSeriesSource[];
}

/** Colours when a plan names none: the add-in's green first, then Office's own palette. */
export const CHART_PALETTE = [
  "#1F6F5C",
  "#A5A5A5",
  "#4472C4",
  "#ED7D31",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#7030A0",
] as const;

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** `B7:D10` (or a single cell) as 1-based rows and columns. */
export function parseRect(a1: string): CellRect {
  const [from, to = from] = a1.split(":");
  const a = CELL.exec(from.toUpperCase());
  const b = CELL.exec(to.toUpperCase());
  if (a === null || b === null) throw new Error(`Неверный диапазон диаграммы: «${a1}»`);
  const [r1, c1, r2, c2] = [Number(a[2]), columnNumber(a[1]), Number(b[2]), columnNumber(b[1])];
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

export function chartSource(chart: Pick<ChartPlan, "dataRange" | "seriesBy">): ChartSource {
  const r = parseRect(chart.dataRange);
  if (chart.seriesBy === "columns") {
    return {
      categories: { top: r.top + 1, left: r.left, bottom: r.bottom, right: r.left },
      series: range(r.left + 1, r.right).map((col) => ({
        name: { row: r.top, col },
        values: { top: r.top + 1, left: col, bottom: r.bottom, right: col },
      })),
    };
  }
  return {
    categories: { top: r.top, left: r.left + 1, bottom: r.top, right: r.right },
    series: range(r.top + 1, r.bottom).map((row) => ({
      name: { row, col: r.left },
      values: { top: row, left: r.left + 1, bottom: row, right: r.right },
    })),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** A legend says which series is which: needed for a pie's slices and for two series or more. */
export function showsLegend(chart: Pick<ChartPlan, "type" | "dataRange" | "seriesBy">): boolean {
  return chart.type === "pie" || chartSource(chart).series.length > 1;
}

/** The colour of series `i`: the plan's, else the palette's. */
export function seriesColor(chart: Pick<ChartPlan, "seriesColors">, i: number): string {
  return chart.seriesColors?.[i] ?? CHART_PALETTE[i % CHART_PALETTE.length];
}
