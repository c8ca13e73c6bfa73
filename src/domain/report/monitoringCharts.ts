/**
 * The native charts of «Мониторинг». Each plots a rectangle of one of the sheet's tables (header
 * row included, so the series take their Russian names from it). The charts stand below the
 * tables in bands — coverage across the full width; with snapshots, the trend of coverage across
 * the full width; pairs by form beside the load distribution; the road map across the full width —
 * never over a table or over each other, and no wider than the tables, so the printed page is not
 * shrunk to make room for them.
 */
import { PERCENT_FORMAT, WHOLE_PERCENT_FORMAT } from "../format/numbers";
import type { ChartPlan } from "../plan/writePlan";
import { cellA1, rangeA1 } from "./a1";

/** Where a table landed on the sheet. */
export interface PlacedTable {
  readonly name: string;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly col: number;
  readonly lastCol: number;
}

/** Rows a chart takes: about 8 cm, readable on a page fitted to one width. */
export const CHART_ROWS = 16;
/** The widest table ends in column G; charts below span the same columns, so printing stays one page wide. */
export const LAST_COL = 7;

/** Coverage KPIs come first in the catalogue (kpi.md): the first three rows of the KPI table. */
export const COVERAGE_ROWS = 3;

/** Bands from the top, in this order; a band without a chart takes no room. */
const BANDS = ["coverage", "trend", "breakdowns", "roadmap"] as const;
type Band = (typeof BANDS)[number];

type ChartSource = Pick<
  ChartPlan,
  | "name"
  | "type"
  | "title"
  | "axisTitles"
  | "valueAxisMax"
  | "valueFormat"
  | "dataLabels"
  | "labelFormat"
  | "seriesColors"
> & {
  readonly table: PlacedTable;
  /** Data rows to plot (from the first); all when absent. */
  readonly rows?: number;
  /** Columns to plot, from the table's first (the categories); all when absent. */
  readonly cols?: number;
  /** Which band of charts below the tables, and the columns the chart spans in it. */
  readonly band: Band;
  readonly span: readonly [number, number];
};

export interface MonitoringChartTables {
  readonly kpis: PlacedTable;
  readonly byForm: PlacedTable;
  readonly load: PlacedTable;
  readonly roadmap: PlacedTable;
  /** The trend table; absent without snapshots. */
  readonly trend?: PlacedTable;
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
      valueFormat: WHOLE_PERCENT_FORMAT,
      dataLabels: true,
      labelFormat: PERCENT_FORMAT,
      // The value in the add-in's green, the target in grey beside it.
      seriesColors: ["#1F6F5C", "#A5A5A5"],
      band: "coverage",
      span: [1, LAST_COL],
    },
    ...(t.trend === undefined
      ? []
      : [
          {
            name: "ReportChartTrend",
            type: "line",
            title: "Динамика показателей охвата",
            table: t.trend,
            // All columns: Дата, then one series per coverage KPI.
            axisTitles: { value: "Доля" },
            valueAxisMax: 1,
            valueFormat: WHOLE_PERCENT_FORMAT,
            band: "trend",
            span: [1, LAST_COL],
          } satisfies ChartSource,
        ]),
    {
      name: "ReportChartPairsByForm",
      type: "pie",
      title: "Действующие пары и группы по формам наставничества",
      table: t.byForm,
      cols: 2,
      dataLabels: true,
      band: "breakdowns",
      span: [1, 1], // column A alone is wide enough for a pie
    },
    {
      name: "ReportChartMentorLoad",
      type: "columnClustered",
      title: "Распределение наставников по нагрузке",
      table: t.load,
      cols: 2,
      axisTitles: { category: "Наставляемых у наставника", value: "Наставников" },
      dataLabels: true,
      band: "breakdowns",
      span: [2, LAST_COL],
    },
    {
      name: "ReportChartRoadmap",
      type: "columnStacked",
      title: "Исполнение дорожной карты по этапам",
      table: t.roadmap,
      cols: 3, // Этап, Выполнено, Не выполнено
      axisTitles: { value: "Мероприятий" },
      // Done in green, not done in red: the colours of the status cells.
      seriesColors: ["#1F6F5C", "#C0504D"],
      band: "roadmap",
      span: [1, LAST_COL],
    },
  ];
  const used = BANDS.filter((b) => sources.some((s) => s.band === b));
  return sources.map(({ table, rows, cols, band, span: [left, right], ...chart }) => {
    const top = firstRow + used.indexOf(band) * (CHART_ROWS + 1);
    const last = rows === undefined ? table.lastRow : table.headerRow + rows;
    return {
      ...chart,
      dataRange: rangeA1(
        table.headerRow,
        table.col,
        last,
        cols === undefined ? table.lastCol : table.col + cols - 1,
      ),
      seriesBy: "columns",
      from: cellA1(top, left),
      to: cellA1(top + CHART_ROWS - 1, right),
    };
  });
}

/** Chart bands that fit one landscape page after the repeated heading rows. */
const BANDS_PER_PAGE = 2;

/**
 * Rows that start a printed page: the first band, then every second one, so a page break never
 * cuts a chart in two (a band is CHART_ROWS + 1 rows; two of them and the heading fit one page).
 */
export function chartPageBreaks(charts: readonly ChartPlan[]): number[] {
  const tops = [...new Set(charts.map((c) => Number(/\d+/.exec(c.from)![0])))].sort((a, b) => a - b);
  return tops.filter((_, i) => i % BANDS_PER_PAGE === 0);
}
