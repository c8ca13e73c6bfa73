/**
 * What the upward report says, before any layout: the heading facts, one row per KPI of the
 * catalogue, and the breakdowns. Numbers are the engine's, never rounded here (percentages and
 * decimals are a matter of number formats). Nothing in the model names a person.
 */
import type { SchoolResult } from "../engine";
import { kpiCatalogue } from "../kpi/catalogue";
import { scopeLabels, type KpiDef } from "../kpi/define";
import type {
  GroupsResult,
  KpiId,
  KpiValues,
  LoadResult,
  SatisfactionResult,
  SchoolKpis,
  ShareResult,
} from "../kpi/types";
import type { Settings } from "../template/keyValue";
import type { DayNumber } from "../values/dates";
import {
  groupsByForm,
  groupsByKind,
  loadDistribution,
  outcomes,
  roadmapByStage,
  type CountRow,
  type OutcomeRow,
  type StageRow,
} from "./breakdowns";
import { schoolLeftOut, type LeftOut } from "../kpi/leftOut";
import { statusLabels, statusOfKpi } from "../kpi/status";
import { reportTrend, snapshotsUpTo, type TrendRow } from "./trend";

export interface ReportHeading {
  readonly schoolName: string | null;
  readonly schoolCode: string | null;
  readonly municipality: string | null;
  /** Y, the school year that contains D (cli.md), not the file's «Учебный год». */
  readonly schoolYear: string;
  readonly asOf: DayNumber;
  readonly generatedOn: DayNumber;
}

/** A share KPI (and `plan_done`): numerator, denominator, value and target as fractions. */
export interface ShareRow {
  readonly id: KpiId;
  readonly title: string;
  readonly value: number | null;
  readonly target: number | null;
  /** «достигнуто», «близко», «далеко», or «—» without a target or a value. */
  readonly status: string;
  readonly numerator: number;
  readonly denominator: number;
  /** «на отчётную дату», «с начала учебного года», or null when not tied to a date. */
  readonly scope: string | null;
}

/** A KPI that is a count or a mean rather than a share. */
export interface FigureRow {
  readonly id: KpiId;
  readonly title: string;
  readonly count: number;
  readonly mean: number | null;
  readonly target: number | null;
  /** «достигнуто», «близко», «далеко», or «—» without a target or a value. */
  readonly status: string;
  /** What the count and the mean are, and the KPI's other figures (Russian). */
  readonly note: string;
}

export interface ReportModel {
  readonly heading: ReportHeading;
  readonly shares: readonly ShareRow[];
  readonly figures: readonly FigureRow[];
  readonly byForm: readonly CountRow[];
  readonly byKind: readonly CountRow[];
  readonly load: readonly CountRow[];
  /** The allowed mentees per mentor («Настройки»). */
  readonly loadLimit: number;
  readonly outcomes: readonly OutcomeRow[];
  readonly roadmap: readonly StageRow[];
  /** The coverage KPIs over the snapshots up to D and D itself; empty without a snapshot (trend.ts). */
  readonly trend: readonly TrendRow[];
  /** The rows the KPIs leave out, by reason (leftOut.ts); said under the KPI table. */
  readonly leftOut: LeftOut;
}

/** A result the report can be built from: one with an as-of date and KPIs. */
export type ReportableResult = SchoolResult & { readonly asOf: DayNumber; readonly kpis: SchoolKpis };

export function isReportable(r: SchoolResult): r is ReportableResult {
  return r.asOf !== null && r.kpis !== null;
}

const nf = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });
const num = (v: number | null) => (v === null ? "—" : nf.format(v));

function shareRow(def: KpiDef, values: KpiValues): ShareRow {
  const s = values[def.id] as ShareResult;
  return {
    id: def.id,
    title: def.title,
    value: s.value,
    target: s.target,
    status: statusLabels[statusOfKpi(def.id, values)],
    numerator: s.numerator,
    denominator: s.denominator,
    scope: scopeLabels[def.scope] || null,
  };
}

function figureRows(def: KpiDef, v: KpiValues, settings: Settings): FigureRow[] {
  const row = (title: string, count: number, mean: number | null, note: string): FigureRow => ({
    id: def.id,
    title,
    count,
    mean,
    target: null,
    status: statusLabels.none,
    note,
  });
  switch (def.kind) {
    case "groups": {
      const g = v[def.id as "active_groups"] as GroupsResult;
      return [
        row(
          def.title,
          g.value,
          null,
          `количество — пар и групп; связей «наставник – наставляемый»: ${g.links}`,
        ),
      ];
    }
    case "load": {
      const l = v[def.id as "mentor_load"] as LoadResult;
      return [
        row(
          def.title,
          l.mentors,
          l.mean,
          `количество — наставников, среднее — наставляемых на одного; медиана: ${num(l.median)}, максимум: ${num(l.max)}; выше нормы (${settings.maxMenteesPerMentor}): ${l.overLimit}`,
        ),
      ];
    }
    case "count": {
      const n = v[def.id as "overdue"].value;
      // The count KPI (`overdue`) has target 0: fewer is better.
      const target = def.target(settings);
      const note = "действующие пары, у которых плановая дата окончания прошла";
      return [{ ...row(def.title, n, null, note), target, status: statusLabels[statusOfKpi(def.id, v)] }];
    }
    case "satisfaction": {
      const s = v[def.id as "satisfaction"] as SatisfactionResult;
      const note = "количество — оценок, среднее — по шкале 1–10";
      return [
        row(`${def.title}: наставники`, s.mentor.n, s.mentor.mean, note),
        row(`${def.title}: наставляемые`, s.mentee.n, s.mentee.mean, note),
      ];
    }
    case "share":
    case "plan":
      return [];
  }
}

export function reportModel(r: ReportableResult, generatedOn: DayNumber): ReportModel {
  const { values, pool } = r.kpis;
  const info = r.wb.info;
  const loadLimit = r.analysis.settings.maxMenteesPerMentor;
  const shares: ShareRow[] = [];
  const figures: FigureRow[] = [];
  for (const def of kpiCatalogue as readonly KpiDef[]) {
    if (def.kind === "share" || def.kind === "plan") shares.push(shareRow(def, values));
    else figures.push(...figureRows(def, values, r.analysis.settings));
  }
  return {
    heading: {
      schoolName: info.name ?? null,
      schoolCode: info.code ?? null,
      municipality: info.municipality ?? null,
      schoolYear: r.analysis.schoolYear,
      asOf: r.asOf,
      generatedOn,
    },
    shares,
    figures,
    byForm: groupsByForm(values),
    byKind: groupsByKind(values),
    load: loadDistribution(pool, loadLimit),
    loadLimit,
    outcomes: outcomes(r.analysis),
    roadmap: roadmapByStage(r.analysis),
    trend: reportTrend(snapshotsUpTo(r.wb.snapshots.rows, r.asOf), r.asOf, values),
    leftOut: schoolLeftOut(r.kpis),
  };
}
