/**
 * The consolidation itself (kpi.md, Aggregation): the files in the order given, each with its own
 * issues and the cross-file C-codes; one file per school pooled (the newest, C001 on the others);
 * each pooled file's KPIs at its own D, without the shares that have no denominator > 0 (C004) and
 * without what a form does not give; and the pooled snapshots by date (trends.ts).
 */
import { countBySeverity, type Issue } from "../issues";
import type { KpiFigures } from "../kpi/figures";
import { kpiIds } from "../kpi/catalogue";
import { poolKpis } from "../kpi/pool";
import type { KpiId, PoolData } from "../kpi/types";
import { consolidationIssues } from "../rules/consolidation";
import { compareIssues } from "../rules/validate";
import type { DayNumber } from "../values/dates";
import { type Exclusions, exclusionsOf } from "./exclusions";
import { type ConsolidationInput, finalStatus } from "./input";
import { supersededBy } from "./supersession";
import { poolSnapshots, type PooledSnapshot } from "./trends";

export interface ConsolidatedFile extends ConsolidationInput {
  /**
   * Error- and warning-level issues: the file's own and the C-codes; for an export, the counts it
   * carries plus its own issues — null when it carries none (it was written before version 2).
   */
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly infos: number;
  /** In the total: readable, with KPIs, and not replaced by a newer file of its school. */
  readonly pooled: boolean;
  /** The newer file of the same school that replaces this one (C001), or null. */
  readonly supersededBy: string | null;
  /** For a pooled file, its KPIs left out of the total with the reason; empty otherwise. */
  readonly excluded: Exclusions;
}

export interface PooledTotal {
  /** Files pooled (cli.md `total.schools`). */
  readonly schools: number;
  readonly values: KpiFigures;
  readonly pool: PoolData;
  /** For each KPI id, the pooled files whose figures for it were left out, in processing order. */
  readonly excluded: Readonly<Record<KpiId, readonly string[]>>;
}

/** A municipality's part of a regional total: the same pooling over its schools. */
export interface MunicipalTotal {
  /** «Муниципалитет» of «Сведения» (or of the form); null when the schools did not say. */
  readonly municipality: string | null;
  readonly total: PooledTotal;
}

export interface Consolidation {
  /**
   * One entry per school file in the order given; a consolidation workbook (the regional level)
   * stands for its schools, each an entry of its own.
   */
  readonly files: readonly ConsolidatedFile[];
  readonly total: PooledTotal;
  /**
   * Per municipality, when some input is a consolidation workbook (a regional run): pooled as the
   * total, over each municipality's pooled schools, in the order they first appear. Empty otherwise.
   */
  readonly municipalities: readonly MunicipalTotal[];
  /** The override if given, else the latest D among the files; null when no file has one. */
  readonly asOf: DayNumber | null;
  /** The schools' snapshots pooled by date, oldest first; empty when no file has one. */
  readonly trends: readonly PooledSnapshot[];
}

function counted(input: ConsolidationInput, issues: readonly Issue[]) {
  const c = countBySeverity(issues);
  const carried = input.carried;
  if (carried !== null)
    return { errors: carried.errors + c.error, warnings: carried.warnings + c.warning, infos: c.info };
  // Nobody counted this school's issues (an export of version 1): unknown, never 0.
  if (input.status === "unchecked" || (input.kind === "aggregate" && input.status !== "unreadable"))
    return { errors: null, warnings: null, infos: c.info };
  return { errors: c.error, warnings: c.warning, infos: c.info };
}

/** Which inputs are pooled, and the KPIs each leaves out (null: not pooled). */
export function poolingOf(inputs: readonly ConsolidationInput[]) {
  const newer = supersededBy(
    inputs.map((x) => ({
      code: x.code?.text ?? null,
      ownAsOf: x.ownAsOf,
      modified: x.modified,
      readable: x.status !== "unreadable",
    })),
  );
  const exclusions = inputs.map((x, i): Exclusions | null => {
    if (newer[i] !== null || x.kpis === null) return null;
    const labels =
      x.infoDenominators === null
        ? null
        : Object.fromEntries(Object.entries(x.infoDenominators).map(([id, item]) => [id, item.label]));
    return exclusionsOf(x.kpis.values, x.unpooled, labels);
  });
  return { supersededBy: newer, exclusions };
}

/** The pooled total over the inputs that `exclusions` says are pooled, without their excluded KPIs. */
export function pooledTotal(
  inputs: readonly ConsolidationInput[],
  exclusions: readonly (Exclusions | null)[],
): PooledTotal {
  const pooled = inputs.flatMap((x, i) => (exclusions[i] === null ? [] : [{ x, ex: exclusions[i]! }]));
  const total = poolKpis(
    pooled.map(({ x }) => x.kpis!),
    (i, id) => pooled[i].ex[id] === undefined,
  );
  const excluded = Object.fromEntries(
    kpiIds.map((id) => [id, pooled.filter(({ ex }) => ex[id] !== undefined).map(({ x }) => x.file)]),
  ) as Record<KpiId, string[]>;
  return { schools: pooled.length, ...total, excluded };
}

/** Per municipality (trimmed, case-insensitive), in the order of first appearance among pooled schools. */
function byMunicipality(
  inputs: readonly ConsolidationInput[],
  exclusions: readonly (Exclusions | null)[],
): MunicipalTotal[] {
  const groups = new Map<string, { name: string | null; members: number[] }>();
  inputs.forEach((x, i) => {
    if (exclusions[i] === null) return;
    const name = x.school?.municipality?.trim() || null;
    const key = name?.toLowerCase() ?? "";
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { name, members: [i] });
    else g.members.push(i);
  });
  return [...groups.values()].map(({ name, members }) => ({
    municipality: name,
    total: pooledTotal(
      members.map((i) => inputs[i]),
      members.map((i) => exclusions[i]),
    ),
  }));
}

export function consolidate(
  given: readonly ConsolidationInput[],
  opts: { readonly asOf?: DayNumber } = {},
): Consolidation {
  // A consolidation workbook stands for its schools (one without any stays, with its error).
  const inputs = given.flatMap((x) => (x.schools !== undefined && x.schools.length > 0 ? x.schools : [x]));
  const { supersededBy: newer, exclusions } = poolingOf(inputs);
  const cross = consolidationIssues({ inputs, supersededBy: newer, exclusions });
  const files = inputs.map((input, i): ConsolidatedFile => {
    const own = cross[i];
    const issues = own.length === 0 ? input.issues : [...input.issues, ...own].sort(compareIssues);
    const replacement = newer[i];
    return {
      ...input,
      issues,
      status: finalStatus(input, issues),
      ...counted(input, issues),
      pooled: exclusions[i] !== null,
      supersededBy: replacement === null ? null : inputs[replacement].file,
      excluded: exclusions[i] ?? {},
    };
  });
  const days = files.flatMap((f) => (f.asOf === null ? [] : [f.asOf]));
  return {
    files,
    total: pooledTotal(inputs, exclusions),
    municipalities: inputs.some((x) => x.origin !== undefined) ? byMunicipality(inputs, exclusions) : [],
    asOf: opts.asOf ?? (days.length === 0 ? null : days.reduce((a, b) => Math.max(a, b))),
    trends: poolSnapshots(files.filter((f) => f.pooled)),
  };
}
