/** Every KPI of the catalogue for one school at its as-of date. */
import type { Analysis } from "../analysis/analysis";
import { kpiCatalogue } from "./catalogue";
import { activeLoads } from "./mentors";
import { ratings } from "./outcomes";
import { groupNotCounted } from "./notCounted";
import type { Drill, KpiId, KpiValues, NotCounted, SchoolKpis } from "./types";

export function computeKpis(a: Analysis): SchoolKpis {
  const values: Record<string, unknown> = {};
  const drill: Record<string, Drill> = {};
  const notCounted: Record<string, NotCounted> = {};
  for (const def of kpiCatalogue) {
    const r = def.compute(a);
    values[def.id] = r.value;
    drill[def.id] = r.drill;
    notCounted[def.id] = groupNotCounted(r.drill.notCounted);
  }
  const r = ratings(a);
  return {
    values: values as unknown as KpiValues,
    drill: drill as Record<KpiId, Drill>,
    notCounted: notCounted as Record<KpiId, NotCounted>,
    pool: {
      loads: [...activeLoads(a).values()].map((s) => s.size),
      mentorScores: r.mentor,
      menteeScores: r.mentee,
    },
  };
}
