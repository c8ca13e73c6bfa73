/**
 * The consolidation itself: the files in the order given, each with its own issues and the
 * cross-file C-codes, and the pooled total of every file whose KPIs could be computed (kpi.md,
 * Aggregation — each at its own D, never recomputed; a C001 duplicate is still its own unit), and
 * the pooled snapshots by date (trends.ts).
 */
import { countBySeverity, type Issue } from "../issues";
import type { KpiValues, PoolData } from "../kpi/types";
import { poolKpis } from "../kpi/pool";
import { consolidationIssues } from "../rules/consolidation";
import { compareIssues } from "../rules/validate";
import type { DayNumber } from "../values/dates";
import { type ConsolidationInput, statusOf } from "./input";
import { poolSnapshots, type PooledSnapshot } from "./trends";

export interface ConsolidatedFile extends ConsolidationInput {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface PooledTotal {
  /** Files pooled: those with KPIs. */
  readonly schools: number;
  readonly values: KpiValues;
  readonly pool: PoolData;
}

export interface Consolidation {
  readonly files: readonly ConsolidatedFile[];
  readonly total: PooledTotal;
  /** The override if given, else the latest D among the files; null when no file has one. */
  readonly asOf: DayNumber | null;
  /** The schools' snapshots pooled by date, oldest first; empty when no file has one. */
  readonly trends: readonly PooledSnapshot[];
}

function withIssues(input: ConsolidationInput, cross: readonly Issue[]): ConsolidatedFile {
  const issues = cross.length === 0 ? input.issues : [...input.issues, ...cross].sort(compareIssues);
  const c = countBySeverity(issues);
  const status = input.status === "unreadable" ? "unreadable" : statusOf(true, issues);
  return { ...input, issues, status, errors: c.error, warnings: c.warning, infos: c.info };
}

export function consolidate(
  inputs: readonly ConsolidationInput[],
  opts: { readonly asOf?: DayNumber } = {},
): Consolidation {
  const cross = consolidationIssues(inputs);
  const files = inputs.map((input, i) => withIssues(input, cross[i]));
  const pooled = files.flatMap((f) => (f.kpis ? [f.kpis] : []));
  const days = files.flatMap((f) => (f.asOf === null ? [] : [f.asOf]));
  return {
    files,
    total: { schools: pooled.length, ...poolKpis(pooled) },
    asOf: opts.asOf ?? (days.length === 0 ? null : days.reduce((a, b) => Math.max(a, b))),
    trends: poolSnapshots(files),
  };
}
