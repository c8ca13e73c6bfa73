/**
 * The native charts of «Мониторинг». Each plots a rectangle of one of the sheet's tables (header
 * row included, so the series take their Russian names from it). The charts stand below the
 * tables in three bands — coverage across the full width; pairs by form beside the load
 * distribution; the road map across the full width — never over a table or over each other, and
 * no wider than the tables, so the printed page is not shrunk to make room for them.
 */
import type { ChartPlan } from "../plan/writePlan";
import { cellA1, rangeA1 } from "./a1";

/** Where a table landed on the sheet. */
export interface PlacedTable {
  readonly name: string;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly col: number;
}

/** Rows a chart takes: about 8 cm, readable on a page fitted to one width. */
export const CHART_ROWS = 16;
/** The widest table ends in column G; charts below span the same columns, so printing stays one page wide. */
export const LAST_COL = 7;

/** Coverage KPIs come first in the catalogue (kpi.md): the first three rows of the KPI table. */
export const COVERAGE_ROWS = 3;

type ChartSource = Pick<ChartPlan, "name" | "type" | "title" | "axisTitles" | "valueAxisMax"> & {
  readonly table: PlacedTable;
  /** Data rows to plot (from the first); all when absent. */
  readonly rows?: number;
  /** Columns to plot, from the table's first (the categories). */
  readonly cols: number;
  /** Which band of charts below the tables (0, 1, 2), and the columns the chart spans in it. */
  readonly band: number;
  readonly span: readonly [number, number];
};

export interface MonitoringChartTables {
  readonly kpis: PlacedTable;
  readonly byForm: PlacedTable;
  readonly load: PlacedTable;
  readonly roadmap: PlacedTable;
}

export function monitoringCharts(t: MonitoringChartTables, firstRow: number): ChartPlan[] {
  const sources: ChartSource[] = [
    {
      name: "ReportChartCoverage",
      type: "barClustered",
      title: "Охват наставничеством: значение и цель",
      table: t.kpis,
      rows: COVERAGE_ROWS,
      cols: 3, // Показатель, Значение, Цель
      axisTitles: { value: "Доля" },
      valueAxisMax: 1,
      band: 0,
      span: [1, LAST_COL],
    },
    {
      name: "ReportChartPairsByForm",
      type: "pie",
      title: "Действующие пары и группы по формам наставничества",
      table: t.byForm,
      cols: 2,
      band: 1,
      span: [1, 1], // column A alone is wide enough for a pie
    },
    {
      name: "ReportChartMentorLoad",
      type: "columnClustered",
      title: "Распределение наставников по нагрузке",
      table: t.load,
      cols: 2,
      axisTitles: { category: "Наставляемых у наставника", value: "Наставников" },
      band: 1,
      span: [2, LAST_COL],
    },
    {
      name: "ReportChartRoadmap",
      type: "columnStacked",
      title: "Исполнение дорожной карты по этапам",
      table: t.roadmap,
      cols: 3, // Этап, Выполнено, Не выполнено
      axisTitles: { value: "Мероприятий" },
      band: 2,
      span: [1, LAST_COL],
    },
  ];
  return sources.map(({ table, rows, cols, band, span: [left, right], ...chart }) => {
    const top = firstRow + band * (CHART_ROWS + 1);
    const last = rows === undefined ? table.lastRow : table.headerRow + rows;
    return {
      ...chart,
      dataRange: rangeA1(table.headerRow, table.col, last, table.col + cols - 1),
      seriesBy: "columns",
      from: cellA1(top, left),
      to: cellA1(top + CHART_ROWS - 1, right),
    };
  });
}
