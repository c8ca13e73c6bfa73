/** The shape of a KPI catalogue entry: one declaration per KPI, read by the engine, UI and report. */
import type { Analysis } from "../analysis/analysis";
import type { Settings } from "../template/keyValue";
import type { Drill, KpiId, KpiValues, RowRef, ShareResult } from "./types";

export type KpiKind = "share" | "groups" | "load" | "count" | "satisfaction" | "plan";

export interface KpiDef<Id extends KpiId = KpiId> {
  readonly id: Id;
  readonly kind: KpiKind;
  /** Russian title (kpi.md). */
  readonly title: string;
  /** Short Russian explanation of the definition, shown on cards and in the report. */
  readonly definition: string;
  /** Date scope: on D, or from 01.09 of Y up to D, or not tied to a date. */
  readonly scope: "asOf" | "schoolYearToDate" | "none";
  /** The indicator this follows. */
  readonly source: string;
  /** Target as a fraction (0–1), or null; shares with a setting read it from «Настройки». */
  target(s: Settings): number | null;
  compute(a: Analysis): { readonly value: KpiValues[Id]; readonly drill: Drill };
}

export const scopeLabels: Record<KpiDef["scope"], string> = {
  asOf: "на отчётную дату",
  schoolYearToDate: "с начала учебного года",
  none: "",
};

export function shareOf(numerator: number, denominator: number, target: number | null): ShareResult {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator, target };
}

/**
 * A share KPI over a population: the numerator counts the items for which `counted` holds. The
 * denominator is the population's size unless the KPI takes it from elsewhere («Сведения»).
 */
export function defineShare<Id extends KpiId, T>(spec: {
  id: Id;
  title: string;
  definition: string;
  scope: KpiDef["scope"];
  source: string;
  target: (s: Settings) => number | null;
  population: (a: Analysis) => readonly T[];
  counted: (a: Analysis, item: T) => boolean;
  ref: (a: Analysis, item: T) => RowRef;
  excluded?: (a: Analysis) => RowRef[];
  /** Rows the KPI could not count, with their reasons (kpi/notCounted.ts). */
  notCounted?: (a: Analysis) => readonly RowRef[];
}): KpiDef<Id> {
  return {
    id: spec.id,
    kind: "share",
    title: spec.title,
    definition: spec.definition,
    scope: spec.scope,
    source: spec.source,
    target: spec.target,
    compute(a) {
      const counted: RowRef[] = [];
      const missing: RowRef[] = [];
      for (const item of spec.population(a))
        (spec.counted(a, item) ? counted : missing).push(spec.ref(a, item));
      const value = shareOf(counted.length, counted.length + missing.length, spec.target(a.settings));
      return {
        value: value as KpiValues[Id],
        drill: {
          counted,
          missing,
          excluded: spec.excluded?.(a) ?? [],
          notCounted: spec.notCounted?.(a) ?? [],
        },
      };
    },
  };
}

export const fixedTarget = (t: number | null) => (): number | null => t;
