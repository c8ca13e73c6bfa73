/**
 * How far a KPI is from its target: the colour of a card and a tile, the status cell of the report
 * and the status word of `nastavnik kpi`. How each KPI is judged is declared in reading.ts.
 */
import { kpiReadings, type Assessment } from "./reading";
import type { KpiFigures } from "./figures";
import type { KpiId } from "./types";

export type KpiStatus = "met" | "close" | "far" | "fulfilled" | "unfulfilled" | "none";

export const statusLabels: Record<KpiStatus, string> = {
  met: "достигнуто",
  close: "близко",
  far: "далеко",
  fulfilled: "выполнено",
  unfulfilled: "не выполнено",
  none: "—",
};

/** The traffic light of a status, for every adapter's colours. */
export type StatusTone = "good" | "warning" | "bad" | "none";

export const statusTones: Record<KpiStatus, StatusTone> = {
  met: "good",
  fulfilled: "good",
  close: "warning",
  far: "bad",
  unfulfilled: "bad",
  none: "none",
};

// "Close" is within a fifth of the target: 56 % against 70 % is close, 40 % is far.
const CLOSE_SHARE = 0.8;

/**
 * A value against its target as `assessment` judges it. A target of 0 (overdue programmes) is a
 * ceiling: fewer is better, and only 0 meets it.
 */
export function kpiStatus(
  value: number | null,
  target: number | null,
  assessment: Assessment = "graded",
): KpiStatus {
  if (assessment === "none" || target === null || value === null) return "none";
  const met = target === 0 ? value <= 0 : value >= target;
  if (assessment === "required") return met ? "fulfilled" : "unfulfilled";
  if (met) return "met";
  if (target === 0) return "far";
  return value >= CLOSE_SHARE * target ? "close" : "far";
}

/** The status of a KPI of the catalogue from its computed value. */
export function statusOfKpi(id: KpiId, values: KpiFigures): KpiStatus {
  const assessment = kpiReadings[id].assessment;
  const v = values[id] as unknown as Record<string, unknown>;
  if (id === "overdue") return kpiStatus((v as { value: number }).value, 0, assessment);
  if ("target" in v && "value" in v)
    return kpiStatus(v.value as number | null, v.target as number | null, assessment);
  return "none";
}
