/** Every KPI of the catalogue for one school at its as-of date. */
import type { Analysis } from "../analysis/analysis";
import { kpiCatalogue } from "./catalogue";
import { activeLoads } from "./mentors";
import { ratings } from "./outcomes";
import type { Drill, KpiId, KpiValues, SchoolKpis } from "./types";

export function computeKpis(a: Analysis): SchoolKpis {
  const values: Record<string, unknown> = {};
  const drill: Record<string, Drill> = {};
  for (const def of kpiCatalogue) {
    const r = def.compute(a);
    values[def.id] = r.value;
    drill[def.id] = r.drill;
  }
  const r = ratings(a);
  return {
    values: values as unknown as KpiValues,
    drill: drill as Record<KpiId, Drill>,
    pool: {
      loads: [...activeLoads(a).values()].map((s) => s.size),
      mentorScores: r.mentor,
      menteeScores: r.mentee,
    },
  };
}
