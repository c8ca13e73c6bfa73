/**
 * What a snapshot stores: one measure per KPI of the catalogue (two for satisfaction, which has a
 * mentor and a mentee side), each as a numerator and a denominator so that schools pool by summing
 * (kpi.md, Aggregation) and a share is never averaged. Derived from the KPI catalogue by kind: a
 * new KPI gets its measure without a line here.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import type { KpiDef } from "../kpi/define";
import type { KpiId, KpiValues, MeanResult, ShareResult } from "../kpi/types";

export type MeasureUnit = "share" | "count" | "mean";

export interface Figure {
  readonly numerator: number;
  /** Null for counts. */
  readonly denominator: number | null;
}

export interface SnapshotMeasure {
  /** «Код показателя» on «Срезы»: the KPI id, or `satisfaction.mentor` / `satisfaction.mentee`. */
  readonly code: string;
  readonly kpi: KpiId;
  readonly title: string;
  readonly unit: MeasureUnit;
  readonly of: (values: KpiValues) => Figure;
}

/** A mean as sum and count; rounded so that 8.5 × 4 is stored as 34, not 33.99999999. */
const meanFigure = (m: MeanResult): Figure => ({
  numerator: m.mean === null ? 0 : Math.round(m.mean * m.n * 1e6) / 1e6,
  denominator: m.n,
});

function measuresOf(def: KpiDef): SnapshotMeasure[] {
  const base = { kpi: def.id, title: def.title };
  const value = (v: KpiValues) => v[def.id] as unknown;
  switch (def.kind) {
    case "share":
    case "plan":
      return [
        {
          ...base,
          code: def.id,
          unit: "share",
          of: (v) => {
            const s = value(v) as ShareResult;
            return { numerator: s.numerator, denominator: s.denominator };
          },
        },
      ];
    case "groups":
    case "count":
      return [
        {
          ...base,
          code: def.id,
          unit: "count",
          of: (v) => ({ numerator: (value(v) as { value: number }).value, denominator: null }),
        },
      ];
    case "load":
      return [
        {
          ...base,
          code: def.id,
          unit: "mean",
          of: (v) => meanFigure({ mean: v.mentor_load.mean, n: v.mentor_load.mentors }),
        },
      ];
    case "satisfaction":
      return (["mentor", "mentee"] as const).map((side) => ({
        ...base,
        code: `${def.id}.${side}`,
        title: `${def.title}: ${side === "mentor" ? "наставники" : "наставляемые"}`,
        unit: "mean" as const,
        of: (v: KpiValues) => meanFigure(v.satisfaction[side]),
      }));
  }
}

export const snapshotMeasures: readonly SnapshotMeasure[] = kpiCatalogue.flatMap((d) =>
  measuresOf(d as KpiDef),
);

export const measureByCode: ReadonlyMap<string, SnapshotMeasure> = new Map(
  snapshotMeasures.map((m) => [m.code, m]),
);

/** The figure's value: a fraction for shares, a mean, or a count; null when the denominator is 0. */
export function figureValue(unit: MeasureUnit, f: Figure): number | null {
  if (unit === "count") return f.numerator;
  return f.denominator === null || f.denominator === 0 ? null : f.numerator / f.denominator;
}

export const unitLabels: Record<MeasureUnit, string> = { share: "%", count: "шт.", mean: "среднее" };
