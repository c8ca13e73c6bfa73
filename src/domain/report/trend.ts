/**
 * «Динамика показателей»: the coverage KPIs over the school's snapshots («Срезы») up to D, and D
 * itself from the current figures when no snapshot was fixed on that day. Shares are rebuilt from
 * each snapshot's numerator and denominator (never stored shares), so a row is what the engine
 * computed on that date. Dates and numbers only: nothing here names a person.
 */
import type { KpiId, KpiValues } from "../kpi/types";
import { snapshotHistory, type Snapshot } from "../snapshots/history";
import { figureValue, measureByCode } from "../snapshots/measures";
import type { SnapshotRow } from "../snapshots/readSnapshots";
import type { DayNumber } from "../values/dates";

/** The coverage KPIs (kpi.md: the first three of the catalogue), whose dynamics the report and «Динамика» show. */
export const TREND_KPIS = [
  "young_mentored",
  "teachers_involved",
  "students_involved",
] as const satisfies readonly KpiId[];

export type TrendKpi = (typeof TREND_KPIS)[number];

export interface TrendRow {
  readonly date: DayNumber;
  /** True for a snapshot of «Срезы»; false for D from the current figures. */
  readonly fixed: boolean;
  /** Shares in TREND_KPIS order; null where the denominator is 0 or the snapshot lacks the measure. */
  readonly values: readonly (number | null)[];
}

/**
 * The history as of D: snapshots fixed on or before D, oldest first (a later snapshot belongs to
 * another reporting date). Without D (a file that has none) the whole history.
 */
export function snapshotsUpTo(rows: readonly SnapshotRow[], asOf: DayNumber | null): Snapshot[] {
  const history = snapshotHistory(rows);
  return asOf === null ? history : history.filter((s) => s.date <= asOf);
}

const shareOfSnapshot = (s: Snapshot, id: TrendKpi): number | null => {
  const f = s.figures.get(id);
  return f === undefined ? null : figureValue(measureByCode.get(id)!.unit, f);
};

/**
 * One row per snapshot up to D that has a coverage measure, then D from `current` unless a snapshot
 * has that date (the fixed figures are the record). Empty when there is no such snapshot: a single
 * point is no dynamics, and the KPI table already shows D.
 */
export function reportTrend(history: readonly Snapshot[], asOf: DayNumber, current: KpiValues): TrendRow[] {
  const shown = history.filter((s) => s.date <= asOf && TREND_KPIS.some((id) => s.figures.has(id)));
  if (shown.length === 0) return [];
  const rows: TrendRow[] = shown.map((s) => ({
    date: s.date,
    fixed: true,
    values: TREND_KPIS.map((id) => shareOfSnapshot(s, id)),
  }));
  if (!shown.some((s) => s.date === asOf))
    rows.push({ date: asOf, fixed: false, values: TREND_KPIS.map((id) => current[id].value) });
  return rows;
}
