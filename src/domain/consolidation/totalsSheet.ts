/**
 * «Итоги»: the pooled KPI table, then the charts with their data (totalsCharts.ts) — pooled pairs
 * and groups by form, and each coverage KPI by school against its target. Printed on A4 landscape,
 * one page wide, each chart section on a page of its own.
 */
import { rangeA1 } from "../report/a1";
import { reportPrint, wrappedRowHeight } from "../plan/printSetup";
import type { SheetPlan } from "../plan/writePlan";
import { TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { ruDateOf } from "../values/dates";
import type { Consolidation } from "./consolidate";
import { TOTALS_SHEET, TOTALS_TABLE } from "./labels";
import { NAME_COLUMN_WIDTH, totalsCharts } from "./totalsCharts";
import { notPooledBlocks } from "./notPooledBlocks";
import { TOTALS_FORMATS, TOTALS_HEADERS, totalsRows } from "./totalsTable";

const TABLE_ROW = 4;
/** Widths in characters; the charts below span the same seven columns, so printing stays one page wide. */
const TOTALS_WIDTHS = [60, 12, 13, 13, 11, 13, NAME_COLUMN_WIDTH];

export { groupsByForm } from "./totalsCharts";
export { titledBlock } from "./titledBlock";

export function totalsSheet(c: Consolidation): SheetPlan {
  const kpiRows = totalsRows(c.total.values);
  const dates = c.asOf === null ? "" : ` Последняя отчётная дата — ${ruDateOf(c.asOf)}.`;
  // Charts and their data below the table (totalsCharts.ts), within the printed width.
  const pictures = totalsCharts(c, TABLE_ROW + kpiRows.length + 3);
  // Files and shares the total leaves out, with their reasons, under the charts.
  const notPooled = notPooledBlocks(c, pictures.next);

  return {
    name: TOTALS_SHEET,
    mode: "replace",
    blocks: [
      { row: 1, col: 1, values: [[`Итоги по ${c.total.schools} ОО`]], style: { bold: true, fontSize: 14 } },
      {
        row: 2,
        col: 1,
        values: [
          [
            `Суммы числителей и знаменателей по ОО (не среднее долей); средние — по всем оценкам и наставникам.${dates}`,
          ],
        ],
        numberFormat: TEXT_FORMAT,
        style: { italic: true },
      },
      ...pictures.blocks,
      ...notPooled.blocks,
    ],
    tables: [
      {
        name: TOTALS_TABLE,
        row: TABLE_ROW,
        col: 1,
        headers: TOTALS_HEADERS,
        rows: kpiRows,
        columnFormats: TOTALS_FORMATS,
        style: TABLE_STYLE,
      },
    ],
    charts: pictures.charts,
    conditionalFormats: pictures.conditionalFormats,
    columnWidths: TOTALS_WIDTHS.map((width, i) => ({ col: i + 1, width })),
    // Titles and explanations wrap in their columns: a text running on past «Пояснение» would widen
    // the printed page. The whole body wraps, so a row's numbers stand at its top beside a long title.
    wrap: [rangeA1(TABLE_ROW + 1, 1, TABLE_ROW + kpiRows.length, 7), ...pictures.wrap],
    rowHeights: kpiRows
      .flatMap((r, i) => {
        const height = wrappedRowHeight(
          [0, 6].map((c) => ({ text: typeof r[c] === "string" ? r[c] : "", width: TOTALS_WIDTHS[c] })),
        );
        return height === null ? [] : [{ row: TABLE_ROW + 1 + i, height }];
      })
      .concat(pictures.rowHeights),
    print: reportPrint(
      `$1:$2`,
      notPooled.blocks.length > 0 ? [...pictures.breaksBefore, pictures.next] : pictures.breaksBefore,
    ),
  };
}
