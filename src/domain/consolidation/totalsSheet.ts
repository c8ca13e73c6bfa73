/**
 * «Итоги»: the pooled KPI table, then two data blocks with their charts — pooled pairs and groups
 * by form, and the coverage of young specialists by school against its target, sorted from the
 * highest share down. Charts are planned over the blocks; an adapter that cannot draw them still
 * leaves the data on the sheet.
 */
import type { ChartPlan, SheetPlan } from "../plan/writePlan";
import { PERCENT_FORMAT, TEXT_FORMAT } from "../plan/writePlan";
import { kpiDef } from "../kpi/catalogue";
import { TABLE_STYLE } from "../structure/templatePlan";
import { ruDateOf } from "../values/dates";
import type { Consolidation } from "./consolidate";
import { COUNT_FORMAT } from "./kpiColumns";
import { TOTALS_SHEET, TOTALS_TABLE } from "./labels";
import { notPooledBlocks } from "./notPooledBlocks";
import { titledBlock } from "./titledBlock";
import { TOTALS_FORMATS, TOTALS_HEADERS, totalsRows } from "./totalsTable";

const TABLE_ROW = 4;
// Charts sit right of the data (the table is columns A–G).
const CHART_COL = "I";
const CHART_RIGHT_COL = "S";

export interface CoverageRow {
  readonly school: string;
  readonly value: number;
  readonly target: number | null;
}

/**
 * Pooled schools with a young-specialist share in the total, highest first; equal shares keep the
 * order of the files.
 */
export function coverageBySchool(c: Consolidation): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const f of c.files) {
    const s = f.kpis?.values.young_mentored;
    if (!f.pooled || f.excluded.young_mentored !== undefined || !s || s.value === null) continue;
    const school = [f.school?.code, f.school?.name].filter((x) => x).join(" ") || f.file;
    rows.push({ school, value: s.value, target: s.target });
  }
  return rows.sort((a, b) => b.value - a.value);
}

/** Pooled groups by form, most first (canonical form names; ties by name). */
export function groupsByForm(c: Consolidation): [string, number][] {
  return Object.entries(c.total.values.active_groups.byForm ?? {}).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ru"),
  );
}

// Moved to its own file (the not-pooled blocks use it too); kept here for existing imports.
export { titledBlock };

export function totalsSheet(c: Consolidation): SheetPlan {
  const kpiRows = totalsRows(c.total.values);
  const forms = groupsByForm(c);
  const coverage = coverageBySchool(c);
  const formsRow = TABLE_ROW + kpiRows.length + 3;
  const coverageRow = formsRow + Math.max(forms.length, 1) + 4;
  const notPooled = notPooledBlocks(c, coverageRow + Math.max(coverage.length, 1) + 4);
  const young = kpiDef("young_mentored").title;
  const dates = c.asOf === null ? "" : ` Последняя отчётная дата — ${ruDateOf(c.asOf)}.`;

  const charts: ChartPlan[] = [];
  if (forms.length > 0) {
    charts.push({
      name: "SvodByForm",
      type: "columnClustered",
      title: "Действующие пары и группы по формам наставничества",
      dataRange: `A${formsRow + 1}:B${formsRow + 1 + forms.length}`,
      seriesBy: "columns",
      from: `${CHART_COL}${TABLE_ROW}`,
      to: `${CHART_RIGHT_COL}${TABLE_ROW + 18}`,
      axisTitles: { value: "Пар и групп" },
    });
  }
  if (coverage.length > 0) {
    const top = TABLE_ROW + 20;
    charts.push({
      name: "SvodCoverage",
      type: "columnClustered",
      title: `${young}: по ОО и цель`,
      dataRange: `A${coverageRow + 1}:C${coverageRow + 1 + coverage.length}`,
      seriesBy: "columns",
      from: `${CHART_COL}${top}`,
      to: `${CHART_RIGHT_COL}${top + 22}`,
      axisTitles: { value: "Доля" },
      valueAxisMax: 1,
    });
  }

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
      ...titledBlock(
        formsRow,
        "Действующие пары и группы по формам (все ОО)",
        ["Форма наставничества", "Пар и групп"],
        forms,
        [TEXT_FORMAT, COUNT_FORMAT],
      ),
      ...titledBlock(
        coverageRow,
        `${young}, по ОО (по убыванию)`,
        ["ОО", "Доля", "Цель"],
        coverage.map((r) => [r.school, r.value, r.target]),
        [TEXT_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT],
      ),
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
    charts,
    columnWidths: [60, 12, 12, 10, 10, 12, 60].map((width, i) => ({ col: i + 1, width })),
  };
}
