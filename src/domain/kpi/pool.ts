/**
 * Pooled totals over several schools (kpi.md, Aggregation): shares sum numerators and
 * denominators — never average the schools' shares; loads and ratings are concatenated and the
 * statistics recomputed; a total's target is the default-settings target of the KPI.
 */
import { defaultSettings } from "../template/keyValue";
import { kpiCatalogue } from "./catalogue";
import { shareOf } from "./define";
import { loadStats } from "./mentors";
import { meanOf } from "./outcomes";
import type { GroupsResult, KpiValues, LoadResult, PlanResult, PoolData, ShareResult } from "./types";

export interface PoolInput {
  readonly values: KpiValues;
  readonly pool: PoolData;
}

function sumShares(parts: readonly ShareResult[], target: number | null): ShareResult {
  let num = 0;
  let den = 0;
  for (const p of parts) {
    num += p.numerator;
    den += p.denominator;
  }
  return shareOf(num, den, target);
}

function sumCounts(parts: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p)) out[k] = (out[k] ?? 0) + v;
  return out;
}

export function poolKpis(inputs: readonly PoolInput[]): { values: KpiValues; pool: PoolData } {
  const pool: PoolData = {
    loads: inputs.flatMap((i) => i.pool.loads),
    mentorScores: inputs.flatMap((i) => i.pool.mentorScores),
    menteeScores: inputs.flatMap((i) => i.pool.menteeScores),
  };
  const values: Record<string, unknown> = {};
  for (const def of kpiCatalogue) {
    const target = def.target(defaultSettings);
    const parts = inputs.map((i) => i.values[def.id]);
    switch (def.kind) {
      case "share":
        values[def.id] = sumShares(parts as ShareResult[], target);
        break;
      case "plan": {
        const plans = parts as PlanResult[];
        values[def.id] = { ...sumShares(plans, target), overdue: plans.reduce((s, p) => s + p.overdue, 0) };
        break;
      }
      case "groups": {
        const g = parts as GroupsResult[];
        values[def.id] = {
          value: g.reduce((s, p) => s + p.value, 0),
          links: g.reduce((s, p) => s + p.links, 0),
          byForm: sumCounts(g.map((p) => p.byForm)),
          byKind: sumCounts(g.map((p) => p.byKind)),
        };
        break;
      }
      case "count":
        values[def.id] = { value: (parts as { value: number }[]).reduce((s, p) => s + p.value, 0) };
        break;
      case "load":
        // Each school judges its own mentors against its own limit; the pooled count sums those.
        values[def.id] = {
          ...loadStats(pool.loads, defaultSettings.maxMenteesPerMentor),
          overLimit: (parts as LoadResult[]).reduce((s, p) => s + p.overLimit, 0),
        };
        break;
      case "satisfaction":
        values[def.id] = { mentor: meanOf(pool.mentorScores), mentee: meanOf(pool.menteeScores) };
        break;
    }
  }
  return { values: values as unknown as KpiValues, pool };
}
