/**
 * «Мониторинг» as a sheet plan: a heading (rows 1–4, repeated on every printed page), the KPI
 * tables with a traffic-light status column, the trend of coverage when the school has snapshots
 * («Срезы»), the breakdown tables stacked below, and the charts under the tables. The sheet is
 * generated, so it is replaced as a whole: a rebuild leaves no stale table or chart behind.
 */
import { statusLabels, statusTones, type KpiStatus, type StatusTone } from "../kpi/status";
import { reportPrint } from "../plan/printSetup";
import {
  TEXT_FORMAT,
  type CellBlock,
  type ConditionalFormatPlan,
  type PlanValue,
  type SheetPlan,
  type TablePlan,
} from "../plan/writePlan";
import { HEADER_FILL, TABLE_STYLE } from "../structure/templatePlan";
import { isoOf } from "../values/dates";
import { rangeA1 } from "./a1";
import { chartPageBreaks, monitoringCharts, type PlacedTable } from "./monitoringCharts";
import { monitoringTables, trendTable, type SectionTable } from "./monitoringTables";
import type { ReportHeading, ReportModel } from "./reportModel";

export const MONITORING_SHEET = "Мониторинг";
export const HEADING_ROWS = 4;
/** The first section starts after the heading and one empty row. */
const FIRST_SECTION_ROW = HEADING_ROWS + 2;
const TABLE_COL = 1;

export const DEPERSONALISED_NOTE =
  "Отчёт обезличен: фамилии, имена и отчества участников в нём не приводятся. Подготовлен программой «Наставник».";

const TONE_COLOURS: Record<Exclude<StatusTone, "none">, { fill: string; fontColor: string }> = {
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** The status cells' traffic light, in Excel's own good / neutral / bad colours: one rule per status word. */
export const STATUS_COLOURS = (Object.keys(statusLabels) as KpiStatus[]).flatMap((s) => {
  const tone = statusTones[s];
  return tone === "none" ? [] : [{ equals: statusLabels[s], ...TONE_COLOURS[tone] }];
});

const date = (day: number): PlanValue => ({ date: isoOf(day) });

function headingBlocks(h: ReportHeading): CellBlock[] {
  const title =
    h.schoolName === null ? "Мониторинг наставничества" : `Мониторинг наставничества: ${h.schoolName}`;
  return [
    {
      row: 1,
      col: 1,
      values: [[title]],
      numberFormat: TEXT_FORMAT,
      style: { bold: true, fontSize: 14, fontColor: HEADER_FILL },
    },
    {
      row: 2,
      col: 1,
      values: [
        ["Муниципалитет", h.municipality],
        ["Учебный год", h.schoolYear, null, "Код ОО", h.schoolCode],
        ["Отчётная дата", date(h.asOf), null, "Дата формирования", date(h.generatedOn)],
      ],
      numberFormat: [TEXT_FORMAT, TEXT_FORMAT, null, TEXT_FORMAT, TEXT_FORMAT],
      style: { bold: true, horizontal: "left" },
    },
  ];
}

interface Stacked {
  readonly blocks: CellBlock[];
  readonly tables: TablePlan[];
  readonly conditionalFormats: ConditionalFormatPlan[];
  readonly placed: Record<string, PlacedTable>;
  /** The first row below the last section. */
  readonly end: number;
}

/** Stacks titled tables from `row` down, one empty row between sections. */
function stack(sections: readonly SectionTable[], row: number): Stacked {
  const out: Stacked = { blocks: [], tables: [], conditionalFormats: [], placed: {}, end: row };
  let next = row;
  for (const s of sections) {
    const titleRow = next;
    const headerRow = titleRow + 1;
    const lastRow = headerRow + Math.max(s.rows.length, 1);
    out.blocks.push({
      row: titleRow,
      col: TABLE_COL,
      values: [[s.title]],
      numberFormat: TEXT_FORMAT,
      style: { bold: true, fontSize: 12 },
    });
    out.tables.push({
      name: s.name,
      row: headerRow,
      col: TABLE_COL,
      headers: s.headers,
      rows: s.rows,
      columnFormats: s.formats,
      style: TABLE_STYLE,
    });
    if (s.statusColumn !== undefined) {
      const col = TABLE_COL + s.statusColumn;
      out.conditionalFormats.push({
        range: rangeA1(headerRow + 1, col, lastRow, col),
        rules: STATUS_COLOURS,
      });
    }
    out.placed[s.name] = {
      name: s.name,
      titleRow,
      headerRow,
      lastRow,
      col: TABLE_COL,
      lastCol: TABLE_COL + s.headers.length - 1,
    };
    if (s.notes !== undefined && s.notes.length > 0) {
      out.blocks.push({
        row: lastRow + 1,
        col: TABLE_COL,
        values: s.notes.map((n) => [n]),
        numberFormat: TEXT_FORMAT,
        style: { italic: true },
      });
    }
    next = lastRow + (s.notes?.length ?? 0) + 2;
  }
  return { ...out, end: next };
}

/**
 * Widths in characters: a wide first column for the KPI titles, narrow number columns. About 155
 * characters in all, so a landscape A4 page fitted to one width prints at about 90 %.
 */
const COLUMN_WIDTHS: readonly { col: number; width: number }[] = [
  { col: 1, width: 62 },
  { col: 2, width: 13 },
  { col: 3, width: 13 },
  { col: 4, width: 19 }, // «Дата формирования» of the heading
  { col: 5, width: 13 },
  { col: 6, width: 15 },
  { col: 7, width: 22 },
];

export function monitoringSheetPlan(m: ReportModel): SheetPlan {
  const t = monitoringTables(m);
  const trend = trendTable(m);
  // The trend of coverage follows the KPI tables; without snapshots the sheet is as it always was.
  const sections = [
    t.kpis,
    t.figures,
    ...(trend ? [trend] : []),
    t.byForm,
    t.byKind,
    t.load,
    t.outcomes,
    t.roadmap,
  ];
  const s = stack(sections, FIRST_SECTION_ROW);
  const note: CellBlock = {
    row: s.end,
    col: 1,
    values: [[DEPERSONALISED_NOTE]],
    numberFormat: TEXT_FORMAT,
    style: { italic: true },
  };
  const charts = monitoringCharts(
    {
      kpis: s.placed[t.kpis.name],
      byForm: s.placed[t.byForm.name],
      load: s.placed[t.load.name],
      roadmap: s.placed[t.roadmap.name],
      ...(trend ? { trend: s.placed[trend.name] } : {}),
    },
    // Below the note, after one empty row.
    note.row + 2,
  );
  return {
    name: MONITORING_SHEET,
    mode: "replace",
    tabColor: HEADER_FILL,
    blocks: [...headingBlocks(m.heading), ...s.blocks, note],
    tables: s.tables,
    columnWidths: COLUMN_WIDTHS,
    conditionalFormats: s.conditionalFormats,
    charts,
    // The charts start on a page of their own, two bands a page: no page break cuts a chart in two.
    print: reportPrint(`$1:$${HEADING_ROWS}`, chartPageBreaks(charts)),
  };
}
