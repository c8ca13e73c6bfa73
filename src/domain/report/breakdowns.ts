/**
 * The report's breakdown tables, computed from the engine's analysis and KPI values so that every
 * total agrees with a KPI: groups by form and kind sum to `active_groups`, the load distribution
 * counts the mentors of `mentor_load`, outcomes split `completed`, the road map splits `plan_done`.
 * Counts only: no row names a person.
 */
import type { Analysis } from "../analysis/analysis";
import { overduePlanItems } from "../kpi/organisation";
import { UNRECOGNISED } from "../kpi/pairs";
import type { KpiValues, PoolData } from "../kpi/types";
import { pairForms, pairKinds, planStages, terminationReasons } from "../template/enums";

export interface CountRow {
  readonly label: string;
  readonly count: number;
}

export interface OutcomeRow {
  readonly outcome: "Завершена" | "Прекращена";
  /** Null for completed programmes, whose reason does not matter. */
  readonly reason: string | null;
  readonly count: number;
}

export interface StageRow {
  readonly stage: string;
  /** Due on or before D and «Выполнено» (the numerator of `plan_done`). */
  readonly done: number;
  /** Due on or before D and not «Выполнено». */
  readonly notDone: number;
  /** Due on or before D (the denominator of `plan_done`). */
  readonly due: number;
  /** Due before D and not «Выполнено» (rule L001; `plan_done.overdue`). */
  readonly overdue: number;
  /** Due after D. */
  readonly later: number;
}

export const NO_ACTIVE_GROUPS = "нет действующих пар и групп";
export const NO_REASON = "причина не указана";
/** Loads above this many mentees share one last row, so a typo cannot make the table endless. */
export const MAX_LOAD_ROWS = 10;

/** byForm / byKind in the catalogue's order, unrecognised values last; only counts ≥ 1 (kpi.md). */
function inCatalogueOrder(counts: Readonly<Record<string, number>>, order: readonly string[]): CountRow[] {
  const known = order.filter((k) => (counts[k] ?? 0) > 0);
  const other = Object.keys(counts).filter((k) => !order.includes(k) && counts[k] > 0);
  const rows = [...known, ...other].map((label) => ({ label, count: counts[label] }));
  // An Excel table needs a data row; an explicit zero reads better than an empty one.
  return rows.length > 0 ? rows : [{ label: NO_ACTIVE_GROUPS, count: 0 }];
}

export function groupsByForm(values: KpiValues): CountRow[] {
  return inCatalogueOrder(values.active_groups.byForm, [...pairForms.values, UNRECOGNISED]);
}

export function groupsByKind(values: KpiValues): CountRow[] {
  return inCatalogueOrder(values.active_groups.byKind, [...pairKinds.values, UNRECOGNISED]);
}

/**
 * Mentors per load 1, 2, 3, … up to the larger of the heaviest load and the allowed maximum (so
 * the norm is always in view), zeros included. Labels are text so that a chart takes them for
 * categories, not for a series.
 */
export function loadDistribution(pool: PoolData, limit: number): CountRow[] {
  const heaviest = pool.loads.reduce((m, n) => Math.max(m, n), 0);
  const last = Math.min(Math.max(heaviest, Math.floor(limit), 1), MAX_LOAD_ROWS);
  const rows: CountRow[] = [];
  for (let load = 1; load <= last; load++) {
    const open = load === MAX_LOAD_ROWS && heaviest > MAX_LOAD_ROWS;
    rows.push({
      label: open ? `${load} и более` : String(load),
      count: pool.loads.filter((n) => (open ? n >= load : n === load)).length,
    });
  }
  return rows;
}

/**
 * Programmes that ended this school year up to D (the rows of `completed`): completed, and
 * terminated by reason in the catalogue's order.
 */
export function outcomes(a: Analysis): OutcomeRow[] {
  const ended = a.pairs.filter(
    (f) =>
      f.notCounted === null &&
      f.effectiveEnd !== undefined &&
      f.effectiveEnd >= a.yearStart &&
      f.effectiveEnd <= a.asOf,
  );
  const completed = ended.filter((f) => f.pair.status === "Завершена").length;
  const byReason = new Map<string, number>();
  for (const f of ended) {
    if (f.pair.status !== "Прекращена") continue;
    const reason = f.pair.reason ?? NO_REASON;
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const order = [...terminationReasons.values, NO_REASON];
  const reasons = [...byReason.keys()].sort((x, y) => order.indexOf(x) - order.indexOf(y));
  const terminated: OutcomeRow[] = reasons.map((reason) => ({
    outcome: "Прекращена",
    reason,
    count: byReason.get(reason)!,
  }));
  return [
    { outcome: "Завершена", reason: null, count: completed },
    ...(terminated.length > 0 ? terminated : [{ outcome: "Прекращена" as const, reason: null, count: 0 }]),
  ];
}

/** Road-map events by stage: every stage of the catalogue, an unrecognised stage only when present. */
export function roadmapByStage(a: Analysis): StageRow[] {
  const late = new Set(overduePlanItems(a));
  const dated = a.wb.plan.filter((p) => p.due !== undefined);
  const stages: string[] = [...planStages.values];
  if (dated.some((p) => p.stage === undefined)) stages.push(UNRECOGNISED);
  return stages.map((stage) => {
    const items = dated.filter((p) => (p.stage ?? UNRECOGNISED) === stage);
    const due = items.filter((p) => p.due! <= a.asOf);
    const done = due.filter((p) => p.status === "Выполнено").length;
    return {
      stage,
      done,
      notDone: due.length - done,
      due: due.length,
      overdue: items.filter((p) => late.has(p)).length,
      later: items.length - due.length,
    };
  });
}
