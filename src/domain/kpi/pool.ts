/**
 * Pooled totals over several schools (kpi.md, Aggregation): shares sum numerators and
 * denominators — never average the schools' shares; loads and ratings are concatenated and the
 * statistics recomputed; a total's target is the default-settings target of the KPI.
 *
 * Which input enters which KPI is decided by the caller (`included`: one file per school, known
 * denominators, the KPIs a form gives — consolidation/pooling.ts). A monitoring form brings sums,
 * not lists: its mentor_load is `mentors` and `mentees`, its satisfaction a mean and n. Pooled
 * means are then Σ mentees / Σ mentors and Σ mean·n / Σ n, and the median and maximum of loads
 * are null (they cannot be recomputed without every mentor's load). A part that an included input
 * lacks (null) is null in the total.
 */
import { defaultSettings } from "../template/keyValue";
import { kpiCatalogue } from "./catalogue";
import type {
  Counts,
  CountFigures,
  GroupsFigures,
  KpiFigures,
  LoadFigures,
  MeanFigures,
  Part,
  PlanFigures,
  SatisfactionFigures,
  ShareFigures,
} from "./figures";
import { shareValue } from "./figures";
import { loadStats } from "./mentors";
import { meanOf } from "./outcomes";
import type { KpiId, KpiValues, PoolData } from "./types";

export interface PoolInput {
  readonly values: KpiFigures;
  /** Per-mentor loads and per-row ratings; null for a monitoring form, which gives sums only. */
  readonly pool: PoolData | null;
  /** A form's sum over its mentors of their mentees (its mentor_load «mentees»); unused with `pool`. */
  readonly mentees?: Part;
}

export interface PooledKpis {
  readonly values: KpiFigures;
  /** The loads and ratings of the inputs pooled for mentor_load and satisfaction. */
  readonly pool: PoolData;
}

/** Σ of a part; null as soon as one input lacks it. */
function sum(parts: readonly Part[]): Part {
  let s = 0;
  for (const p of parts) {
    if (p === null) return null;
    s += p;
  }
  return s;
}

function sumCounts(parts: readonly (Counts | null)[]): Counts | null {
  const out: Record<string, number> = {};
  for (const p of parts) {
    if (p === null) return null;
    for (const [k, v] of Object.entries(p)) out[k] = (out[k] ?? 0) + v;
  }
  return out;
}

function poolShare(parts: readonly ShareFigures[], target: number | null): ShareFigures {
  const numerator = sum(parts.map((p) => p.numerator));
  const denominator = sum(parts.map((p) => p.denominator));
  return { numerator, denominator, value: shareValue(numerator, denominator), target };
}

const loadsSum = (loads: readonly number[]) => loads.reduce((s, n) => s + n, 0);

function poolLoad(inputs: readonly PoolInput[]): LoadFigures {
  const parts = inputs.map((i) => i.values.mentor_load);
  const overLimit = sum(parts.map((p) => p.overLimit));
  // Each school judges its own mentors against its own limit; the pooled count sums those.
  if (inputs.every((i) => i.pool !== null)) {
    const stats = loadStats(
      inputs.flatMap((i) => i.pool!.loads),
      defaultSettings.maxMenteesPerMentor,
    );
    return { ...stats, overLimit };
  }
  const mentors = sum(parts.map((p) => p.mentors));
  const mentees = sum(inputs.map((i) => (i.pool === null ? (i.mentees ?? null) : loadsSum(i.pool.loads))));
  return {
    mentors,
    mean: mentors === null || mentees === null || mentors === 0 ? null : mentees / mentors,
    median: null,
    max: null,
    overLimit,
  };
}

function poolMean(inputs: readonly PoolInput[], side: "mentor" | "mentee"): MeanFigures {
  const scores = (p: PoolData) => (side === "mentor" ? p.mentorScores : p.menteeScores);
  if (inputs.every((i) => i.pool !== null)) return meanOf(inputs.flatMap((i) => scores(i.pool!)));
  let n = 0;
  let total = 0;
  for (const i of inputs) {
    const f = i.values.satisfaction[side];
    if (i.pool !== null) {
      const list = scores(i.pool);
      n += list.length;
      total += loadsSum(list);
    } else if (f.n === null) {
      return { mean: null, n: null };
    } else if (f.n > 0) {
      if (f.mean === null) return { mean: null, n: null };
      n += f.n;
      total += f.mean * f.n;
    }
  }
  return { mean: n === 0 ? null : total / n, n };
}

/** Full figures (workbooks, exports) pool into full figures: no part can be missing. */
export function poolKpis(
  inputs: readonly { readonly values: KpiValues; readonly pool: PoolData }[],
  included?: (index: number, id: KpiId) => boolean,
): { readonly values: KpiValues; readonly pool: PoolData };
export function poolKpis(
  inputs: readonly PoolInput[],
  included?: (index: number, id: KpiId) => boolean,
): PooledKpis;
/**
 * The pooled figures of every KPI; `included(i, id)` says whether input i's figures for KPI id
 * enter the total (default: every input, every KPI).
 */
export function poolKpis(
  inputs: readonly PoolInput[],
  included: (index: number, id: KpiId) => boolean = () => true,
): PooledKpis {
  const of = (id: KpiId) => inputs.filter((_, i) => included(i, id));
  const values: Record<string, unknown> = {};
  for (const def of kpiCatalogue) {
    const target = def.target(defaultSettings);
    const pooled = of(def.id);
    const parts = pooled.map((i) => i.values[def.id]);
    switch (def.kind) {
      case "share":
        values[def.id] = poolShare(parts as ShareFigures[], target);
        break;
      case "plan": {
        const plans = parts as PlanFigures[];
        values[def.id] = { ...poolShare(plans, target), overdue: sum(plans.map((p) => p.overdue)) };
        break;
      }
      case "groups": {
        const g = parts as GroupsFigures[];
        values[def.id] = {
          value: sum(g.map((p) => p.value)),
          links: sum(g.map((p) => p.links)),
          byForm: sumCounts(g.map((p) => p.byForm)),
          byKind: sumCounts(g.map((p) => p.byKind)),
        } satisfies GroupsFigures;
        break;
      }
      case "count":
        values[def.id] = { value: sum((parts as CountFigures[]).map((p) => p.value)) } satisfies CountFigures;
        break;
      case "load":
        values[def.id] = poolLoad(pooled);
        break;
      case "satisfaction":
        values[def.id] = {
          mentor: poolMean(pooled, "mentor"),
          mentee: poolMean(pooled, "mentee"),
        } satisfies SatisfactionFigures;
        break;
    }
  }
  const withPool = (id: KpiId) => of(id).flatMap((i) => (i.pool === null ? [] : [i.pool]));
  const pool: PoolData = {
    loads: withPool("mentor_load").flatMap((p) => p.loads),
    mentorScores: withPool("satisfaction").flatMap((p) => p.mentorScores),
    menteeScores: withPool("satisfaction").flatMap((p) => p.menteeScores),
  };
  return { values: values as unknown as KpiFigures, pool };
}
