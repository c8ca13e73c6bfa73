/**
 * «Динамика»: the coverage KPIs pooled by snapshot date (trends.ts) — a table `SvodTrend` with one
 * row per date: the date, how many schools fixed a snapshot on it, and for each coverage KPI the
 * summed numerator and denominator and their share — then the shares alone as a block for the line
 * chart beside them (an Excel chart takes one rectangle, and the table interleaves the figures).
 * Written only when some file has a snapshot.
 */
import { columnLetter } from "../issues";
import { kpiDef } from "../kpi/catalogue";
import {
  type CellBlock,
  type ChartPlan,
  DATE_FORMAT,
  PERCENT_FORMAT,
  type PlanValue,
  type SheetPlan,
  TEXT_FORMAT,
} from "../plan/writePlan";
import { TREND_KPIS } from "../report/trend";
import { TABLE_STYLE } from "../structure/templatePlan";
import { isoOf } from "../values/dates";
import type { Consolidation } from "./consolidate";
import { shortKpiNames } from "../kpi/shortNames";
import { COUNT_FORMAT } from "./kpiColumns";
import { TRENDS_SHEET, TRENDS_TABLE } from "./labels";
import { titledBlock } from "./titledBlock";
import type { PooledSnapshot } from "./trends";

/** Rows of the layout: title, note, the KPI titles above their columns, then the table. */
export const TRENDS_TABLE_ROW = 4;
/** Rows a chart takes, as on «Итоги». */
const CHART_ROWS = 18;
/** Columns a chart spans, as on «Итоги». */
const CHART_COLS = 11;

const FIXED = [
  { header: "Дата среза", format: DATE_FORMAT, width: 12 },
  { header: "ОО с срезом", format: COUNT_FORMAT, width: 12 },
] as const;

const FIELDS = [
  { name: "числитель", format: COUNT_FORMAT },
  { name: "знаменатель", format: COUNT_FORMAT },
  { name: "доля", format: PERCENT_FORMAT },
] as const;

export const TRENDS_HEADERS: readonly string[] = [
  ...FIXED.map((c) => c.header),
  ...TREND_KPIS.flatMap((id) => FIELDS.map((f) => `${shortKpiNames[id]}: ${f.name}`)),
];
const FORMATS: readonly string[] = [
  ...FIXED.map((c) => c.format),
  ...TREND_KPIS.flatMap(() => FIELDS.map((f) => f.format)),
];

const date = (s: PooledSnapshot): PlanValue => ({ date: isoOf(s.date) });

function dateRow(s: PooledSnapshot): PlanValue[] {
  return [
    date(s),
    s.schools,
    ...TREND_KPIS.flatMap((id): PlanValue[] => {
      const f = s.figures[id];
      return f === undefined ? [null, null, null] : [f.numerator, f.denominator, f.value];
    }),
  ];
}

/** The full KPI title over the first column of its group, as on «Свод». */
function titleBand(): PlanValue[] {
  return [...FIXED.map(() => null), ...TREND_KPIS.flatMap((id) => [kpiDef(id).title, null, null])];
}

/** Null when no file has a snapshot: the consolidation is then exactly what it was without them. */
export function trendsSheet(c: Consolidation): SheetPlan | null {
  if (c.trends.length === 0) return null;
  const rows = c.trends.map(dateRow);
  const tableEnd = TRENDS_TABLE_ROW + rows.length;
  const sharesRow = tableEnd + 2;
  const shares = titledBlock(
    sharesRow,
    "Доли по датам срезов (данные диаграммы)",
    ["Дата среза", ...TREND_KPIS.map((id) => shortKpiNames[id])],
    c.trends.map((s) => [date(s), ...TREND_KPIS.map((id) => s.figures[id]?.value ?? null)]),
    [DATE_FORMAT, ...TREND_KPIS.map(() => PERCENT_FORMAT)],
  );
  // Right of the table, from its header row down, as the charts of «Итоги».
  const chartLeft = TRENDS_HEADERS.length + 2;
  const chart: ChartPlan = {
    name: "SvodTrendLine",
    type: "line",
    title: "Динамика показателей охвата (все ОО со срезом на дату)",
    dataRange: `A${sharesRow + 1}:${columnLetter(1 + TREND_KPIS.length)}${sharesRow + 1 + c.trends.length}`,
    seriesBy: "columns",
    from: `${columnLetter(chartLeft)}${TRENDS_TABLE_ROW}`,
    to: `${columnLetter(chartLeft + CHART_COLS - 1)}${TRENDS_TABLE_ROW + CHART_ROWS}`,
    axisTitles: { value: "Доля" },
    valueAxisMax: 1,
  };
  const without = c.files.filter((f) => f.status !== "unreadable" && f.snapshots.length === 0).length;
  const blocks: CellBlock[] = [
    {
      row: 1,
      col: 1,
      values: [["Динамика показателей охвата"]],
      style: { bold: true, fontSize: 14 },
    },
    {
      row: 2,
      col: 1,
      values: [
        [
          "На каждую дату среза — суммы числителей и знаменателей ОО, зафиксировавших срез на эту дату (не среднее долей); " +
            `ОО без среза на дату в её строке не учтены. ОО без срезов: ${without}.`,
        ],
      ],
      numberFormat: TEXT_FORMAT,
      style: { italic: true },
    },
    {
      row: 3,
      col: 1,
      values: [titleBand()],
      numberFormat: TEXT_FORMAT,
      style: { bold: true, fontColor: "#1F6F5C" },
    },
    ...shares,
  ];
  return {
    name: TRENDS_SHEET,
    mode: "replace",
    blocks,
    tables: [
      {
        name: TRENDS_TABLE,
        row: TRENDS_TABLE_ROW,
        col: 1,
        headers: TRENDS_HEADERS,
        rows,
        columnFormats: FORMATS,
        style: TABLE_STYLE,
      },
    ],
    charts: [chart],
    columnWidths: [...FIXED.map((f) => f.width), ...TREND_KPIS.flatMap(() => FIELDS.map(() => 14))].map(
      (width, i) => ({ col: i + 1, width }),
    ),
  };
}
