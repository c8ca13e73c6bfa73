/** How far a KPI is from its target: the colour of a card and the status cell of the report. */
import type { KpiValues } from "./types";

export type KpiStatus = "met" | "close" | "far" | "none";

export const statusLabels: Record<KpiStatus, string> = {
  met: "достигнуто",
  close: "близко",
  far: "далеко",
  none: "—",
};

// "Close" is within a fifth of the target: 56% against 70% is close, 40% is far.
const CLOSE_SHARE = 0.8;

/** A share against its target; a count whose target is 0 (overdue programmes) is met only at 0. */
export function kpiStatus(value: number | null, target: number | null): KpiStatus {
  if (target === null || value === null) return "none";
  if (target === 0) return value === 0 ? "met" : value <= 2 ? "close" : "far";
  if (value >= target) return "met";
  return value >= CLOSE_SHARE * target ? "close" : "far";
}

/** The status of a KPI of the catalogue from its computed value. */
export function statusOfKpi(id: keyof KpiValues, values: KpiValues): KpiStatus {
  const v = values[id] as unknown as Record<string, unknown>;
  if (id === "overdue") return kpiStatus((v as { value: number }).value, 0);
  if ("target" in v && "value" in v) return kpiStatus(v.value as number | null, v.target as number | null);
  return "none";
}
