/**
 * The tables of «Мониторинг», as content without a position: title, Excel table name, headers,
 * rows and number formats. The sheet plan stacks them; the charts point into them.
 */
import { COUNT_FORMAT, MEAN_FORMAT } from "../format/numbers";
import { LEFT_OUT_NOTE, leftOutLines } from "../kpi/leftOut";
import { shortKpiNames } from "../kpi/shortNames";
import { DATE_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, type PlanValue } from "../plan/writePlan";
import { isoOf } from "../values/dates";
import type { ReportModel } from "./reportModel";
import { TREND_KPIS } from "./trend";

export interface SectionTable {
  /** Shown in bold above the table. */
  readonly title: string;
  /** Excel table name: Latin, unique in the workbook. */
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
  readonly formats: readonly (string | null)[];
  /** 0-based column of the status text, which gets the traffic-light conditional formats. */
  readonly statusColumn?: number;
  /** Lines under the table that explain its rows; long, so they stand apart from the columns. */
  readonly notes?: readonly string[];
}

export const REPORT_TABLES = {
  kpis: "ReportKpis",
  figures: "ReportFigures",
  byForm: "ReportByForm",
  byKind: "ReportByKind",
  load: "ReportMentorLoad",
  outcomes: "ReportOutcomes",
  roadmap: "ReportRoadmap",
} as const;

/** The trend table, present only with snapshots (so not among the tables every report has). */
export const TREND_TABLE = "ReportTrend";

/**
 * Every share KPI. Value and target sit right of the title so that a chart can take title, value
 * and target of the coverage rows as one contiguous range (Excel charts want one rectangle).
 */
function kpiTable(m: ReportModel): SectionTable {
  return {
    title: "Показатели целевой модели наставничества (доли)",
    name: REPORT_TABLES.kpis,
    headers: ["Показатель", "Значение", "Цель", "Статус", "Числитель", "Знаменатель", "Период"],
    rows: m.shares.map((s) => [s.title, s.value, s.target, s.status, s.numerator, s.denominator, s.scope]),
    formats: [
      TEXT_FORMAT,
      PERCENT_FORMAT,
      PERCENT_FORMAT,
      TEXT_FORMAT,
      COUNT_FORMAT,
      COUNT_FORMAT,
      TEXT_FORMAT,
    ],
    statusColumn: 3,
    ...leftOutNotes(m),
  };
}

/** The rows the KPIs leave out, with counts only (the report leaves the school), and the term explained. */
function leftOutNotes(m: ReportModel): Pick<SectionTable, "notes"> {
  const lines = leftOutLines(m.leftOut, false);
  return lines.length === 0 ? {} : { notes: [...lines, LEFT_OUT_NOTE] };
}

/**
 * KPIs that are counts or means. What each count and mean is follows under the table: a column of
 * such sentences would run off the printed page.
 */
function figuresTable(m: ReportModel): SectionTable {
  return {
    title: "Показатели целевой модели наставничества (количество и средние)",
    name: REPORT_TABLES.figures,
    headers: ["Показатель", "Количество", "Среднее", "Цель", "Статус"],
    rows: m.figures.map((f) => [f.title, f.count, f.mean, f.target, f.status]),
    formats: [TEXT_FORMAT, COUNT_FORMAT, MEAN_FORMAT, COUNT_FORMAT, TEXT_FORMAT],
    statusColumn: 4,
    notes: m.figures.map((f) => `${f.title}: ${f.note}.`),
  };
}

function countTable(
  title: string,
  name: string,
  headers: [string, string],
  rows: ReportModel["byForm"],
): SectionTable {
  return {
    title,
    name,
    headers,
    rows: rows.map((r) => [r.label, r.count]),
    formats: [TEXT_FORMAT, COUNT_FORMAT],
  };
}

export function monitoringTables(m: ReportModel) {
  return {
    kpis: kpiTable(m),
    figures: figuresTable(m),
    byForm: countTable(
      "Действующие пары и группы по формам наставничества",
      REPORT_TABLES.byForm,
      ["Форма наставничества", "Пар и групп"],
      m.byForm,
    ),
    byKind: countTable(
      "Действующие пары и группы по видам наставничества",
      REPORT_TABLES.byKind,
      ["Вид наставничества", "Пар и групп"],
      m.byKind,
    ),
    load: countTable(
      `Нагрузка наставников (допустимо не более ${m.loadLimit} наставляемых)`,
      REPORT_TABLES.load,
      ["Наставляемых у наставника", "Наставников"],
      m.load,
    ),
    outcomes: {
      title: "Итоги программ с начала учебного года (пары, закончившиеся до отчётной даты)",
      name: REPORT_TABLES.outcomes,
      // The reason last: a long one reads on into the empty columns to its right.
      headers: ["Итог", "Пар (связей)", "Причина прекращения"],
      rows: m.outcomes.map((o) => [o.outcome, o.count, o.reason ?? "—"]),
      formats: [TEXT_FORMAT, COUNT_FORMAT, TEXT_FORMAT],
    },
    roadmap: {
      title: "Исполнение дорожной карты по этапам (число мероприятий)",
      name: REPORT_TABLES.roadmap,
      headers: ["Этап", "Выполнено", "Не выполнено", "Срок наступил", "Просрочено", "Срок не наступил"],
      rows: m.roadmap.map((s) => [s.stage, s.done, s.notDone, s.due, s.overdue, s.later]),
      formats: [TEXT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT],
    },
  } satisfies Record<keyof typeof REPORT_TABLES, SectionTable>;
}

/**
 * «Динамика показателей»: one row per date, the coverage shares as series (short names, as the
 * chart's legend takes them from the header row). Null without snapshots: the section is left out.
 * Dates are real dates, so Excel takes the column for the chart's (time) axis, not for a series.
 */
export function trendTable(m: ReportModel): SectionTable | null {
  if (m.trend.length === 0) return null;
  return {
    title: "Динамика показателей охвата (доли на даты срезов и на отчётную дату)",
    name: TREND_TABLE,
    headers: ["Дата", ...TREND_KPIS.map((id) => shortKpiNames[id])],
    rows: m.trend.map((r) => [{ date: isoOf(r.date) }, ...r.values]),
    formats: [DATE_FORMAT, ...TREND_KPIS.map(() => PERCENT_FORMAT)],
  };
}
