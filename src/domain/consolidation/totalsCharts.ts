/**
 * The picture part of «Итоги», below the pooled KPI table: pooled pairs and groups by form, then,
 * for each coverage KPI, the schools ranked from the highest share down against the target — the
 * schools below it marked in red, the target drawn as a line across. Each section is a title, its
 * chart across the printed width and the chart's data under it; each starts a printed page, so no
 * page break cuts a chart in two. Kept apart from the sheet's table, which only calls it.
 */
import { WHOLE_PERCENT_FORMAT } from "../format/numbers";
import { kpiDef } from "../kpi/catalogue";
import { statusLabels, statusOfKpi, statusTones, type StatusTone } from "../kpi/status";
import type { ShareResult } from "../kpi/types";
import {
  type CellBlock,
  type ChartPlan,
  type ConditionalFormatPlan,
  PERCENT_FORMAT,
  TEXT_FORMAT,
} from "../plan/writePlan";
import { wrappedRowHeight } from "../plan/printSetup";
import { rangeA1 } from "../report/a1";
import { STATUS_COLOURS } from "../report/monitoringPlan";
import { TREND_KPIS, type TrendKpi } from "../report/trend";
import type { ConsolidatedFile, Consolidation } from "./consolidate";
import { COUNT_FORMAT } from "./kpiColumns";
import { titledBlock } from "./titledBlock";

/** Rows a chart takes, and the columns it spans: the printed width of «Итоги». */
const CHART_ROWS = 18;
const CHART_LAST_COL = 7;

const GREEN = "#1F6F5C";
const RED = "#C0504D";
const TARGET_GREY = "#7F7F7F";

export interface TotalsCharts {
  readonly blocks: CellBlock[];
  readonly charts: ChartPlan[];
  readonly conditionalFormats: ConditionalFormatPlan[];
  /** Rows that start a printed page: one per section. */
  readonly breaksBefore: number[];
  /** School names wrap in the last printed column, with their rows' heights. */
  readonly wrap: string[];
  readonly rowHeights: { row: number; height: number }[];
  /** The first free row below the sections. */
  next: number;
}

/** Widths of the printed columns, which the sheet sets: the names' column wraps at its width. */
export const NAME_COLUMN_WIDTH = 60;
/** Schools without a value named under a chart; the rest are counted. */
const NAMED_WITHOUT = 20;

/** Pooled groups by form, most first (canonical form names; ties by name). */
export function groupsByForm(c: Consolidation): [string, number][] {
  return Object.entries(c.total.values.active_groups.byForm ?? {}).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ru"),
  );
}

export interface RankedSchool {
  /** The school's code; its name or file name when it has none. */
  readonly school: string;
  readonly name: string | null;
  readonly share: ShareResult;
  readonly tone: StatusTone;
  readonly status: string;
}

const schoolOf = (f: ConsolidatedFile) => f.school?.code || f.school?.name || f.file;

/**
 * Pooled schools with a share of `id` in the total (a denominator above 0), highest first; equal
 * shares keep the order of the files. Pooled schools whose share the total leaves out (C004, a
 * form without it) are returned apart, to be named under the chart; a file replaced by a newer one
 * of its school is in neither.
 */
export function rankedSchools(c: Consolidation, id: TrendKpi): { ranked: RankedSchool[]; without: string[] } {
  const ranked: RankedSchool[] = [];
  const without: string[] = [];
  for (const f of c.files) {
    const values = f.kpis?.values;
    if (!values || !f.pooled) continue;
    const { numerator, denominator, value, target } = values[id];
    if (f.excluded[id] !== undefined || value === null || numerator === null || denominator === null) {
      without.push(schoolOf(f));
      continue;
    }
    const status = statusOfKpi(id, values);
    ranked.push({
      school: schoolOf(f),
      name: f.school?.code ? (f.school.name ?? null) : null,
      share: { numerator, denominator, value, target },
      tone: statusTones[status],
      status: statusLabels[status],
    });
  }
  ranked.sort((a, b) => b.share.value! - a.share.value!);
  return { ranked, without };
}

function chartRows(top: number): { from: string; to: string; next: number } {
  return {
    from: `A${top}`,
    to: `${String.fromCharCode(64 + CHART_LAST_COL)}${top + CHART_ROWS - 1}`,
    next: top + CHART_ROWS,
  };
}

/** A section's title, larger than the tables' own. */
const sectionTitle = (row: number, title: string): CellBlock => ({
  row,
  col: 1,
  values: [[title]],
  numberFormat: TEXT_FORMAT,
  style: { bold: true, fontSize: 12 },
});

function formsSection(c: Consolidation, row: number, out: TotalsCharts): number {
  const forms = groupsByForm(c);
  const title = "Действующие пары и группы по формам (все ОО)";
  const place = chartRows(row + 1);
  const dataRow = place.next + 1;
  out.blocks.push(
    ...titledBlock(dataRow, "Данные диаграммы", ["Форма наставничества", "Пар и групп"], forms, [
      TEXT_FORMAT,
      COUNT_FORMAT,
    ]),
  );
  out.blocks.push(sectionTitle(row, title));
  if (forms.length > 0) {
    out.charts.push({
      name: "SvodByForm",
      type: "columnClustered",
      title: "Действующие пары и группы по формам наставничества",
      dataRange: `A${dataRow + 1}:B${dataRow + 1 + forms.length}`,
      seriesBy: "columns",
      from: place.from,
      to: place.to,
      axisTitles: { value: "Пар и групп" },
      dataLabels: true,
    });
  }
  return dataRow + 2 + Math.max(forms.length, 1) + 1;
}

function coverageSection(c: Consolidation, id: TrendKpi, row: number, out: TotalsCharts): number {
  const { ranked, without } = rankedSchools(c, id);
  const title = `${kpiDef(id).title}: ОО по убыванию и цель`;
  const place = chartRows(row + 1);
  const dataRow = place.next + 1;
  const header = ["ОО", "Доля", "Цель", "Статус", "Числитель", "Знаменатель", "Наименование"];
  out.blocks.push(sectionTitle(row, title));
  out.blocks.push(
    ...titledBlock(
      dataRow,
      "Данные диаграммы",
      header,
      ranked.map((r) => [
        r.school,
        r.share.value,
        r.share.target,
        r.status,
        r.share.numerator,
        r.share.denominator,
        r.name,
      ]),
      [TEXT_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, TEXT_FORMAT],
    ),
  );
  const first = dataRow + 2;
  const last = first + Math.max(ranked.length, 1) - 1;
  out.wrap.push(rangeA1(first, 7, last, 7));
  ranked.forEach((r, i) => {
    const height = wrappedRowHeight([{ text: r.name ?? "", width: NAME_COLUMN_WIDTH }]);
    if (height !== null) out.rowHeights.push({ row: first + i, height });
  });
  if (ranked.length > 0) {
    out.conditionalFormats.push({ range: rangeA1(first, 4, last, 4), rules: STATUS_COLOURS });
    out.charts.push({
      name: `SvodCoverage_${id}`,
      type: "columnClustered",
      title,
      dataRange: `A${dataRow + 1}:C${last}`,
      seriesBy: "columns",
      from: place.from,
      to: place.to,
      axisTitles: { value: "Доля" },
      valueAxisMax: 1,
      valueFormat: WHOLE_PERCENT_FORMAT,
      seriesColors: [GREEN, TARGET_GREY],
      lineSeries: [1],
      pointColors: ranked.map((r) => (r.tone === "bad" || r.tone === "warning" ? RED : null)),
    });
  }
  let end = last + 1;
  if (without.length > 0) {
    out.blocks.push({
      row: end,
      col: 1,
      values: [[`Без значения (знаменатель 0), на диаграмме нет: ${namedList(without)}.`]],
      numberFormat: TEXT_FORMAT,
      style: { italic: true },
    });
    end++;
  }
  return end + 1;
}

/** «ОО-1, ОО-2 и ещё 12»: a long list would run off the printed page (or the pane). */
export function namedList(schools: readonly string[]): string {
  const named = schools.slice(0, NAMED_WITHOUT).join(", ");
  return schools.length > NAMED_WITHOUT ? `${named} и ещё ${schools.length - NAMED_WITHOUT}` : named;
}

/** The sections from `row` down. */
export function totalsCharts(c: Consolidation, row: number): TotalsCharts {
  const out: TotalsCharts = {
    blocks: [],
    charts: [],
    conditionalFormats: [],
    breaksBefore: [],
    wrap: [],
    rowHeights: [],
    next: row,
  };
  let next = row;
  out.breaksBefore.push(next);
  next = formsSection(c, next, out);
  for (const id of TREND_KPIS) {
    out.breaksBefore.push(next);
    next = coverageSection(c, id, next, out);
  }
  out.next = next;
  return out;
}
