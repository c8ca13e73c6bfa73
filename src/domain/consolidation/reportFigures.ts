/**
 * The KPI figures of a «Данные отчёта» export, checked field by field: `parseReportData` reads
 * whatever is there (the file may come from anywhere), and consolidation may pool only a school
 * whose every KPI carries the fields pooling sums. Shares are rebuilt from their numerator and
 * denominator so that `value` is always numerator / denominator.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import { shareOf } from "../kpi/define";
import type { KpiId, KpiValues } from "../kpi/types";

type Loose = Readonly<Record<string, unknown>> | undefined;

const num = (o: Loose, k: string): number | null => {
  const v = o?.[k];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
const sub = (o: Loose, k: string): Loose => {
  const v = o?.[k];
  return v !== null && typeof v === "object" ? (v as Record<string, unknown>) : undefined;
};
const counts = (o: Loose): Record<string, number> =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === "number" && v > 0)) as Record<
    string,
    number
  >;

export type FiguresRead =
  | { readonly ok: true; readonly values: KpiValues }
  /** The ids of KPIs with a missing field, in catalogue order. */
  | { readonly ok: false; readonly missing: KpiId[] };

/** Every KPI of the catalogue with its pooled fields, or the KPIs that lack one. */
export function reportFigures(raw: Readonly<Record<string, unknown>>): FiguresRead {
  const values: Record<string, unknown> = {};
  const missing = new Set<KpiId>();
  const need = (id: KpiId, o: Loose, field: string): number => {
    const v = num(o, field);
    if (v === null) missing.add(id);
    return v ?? 0;
  };
  for (const def of kpiCatalogue) {
    const o = raw[def.id] as Loose;
    switch (def.kind) {
      case "share":
      case "plan": {
        const share = shareOf(need(def.id, o, "numerator"), need(def.id, o, "denominator"), num(o, "target"));
        values[def.id] = def.kind === "plan" ? { ...share, overdue: need(def.id, o, "overdue") } : share;
        break;
      }
      case "groups":
        values[def.id] = {
          value: need(def.id, o, "value"),
          links: need(def.id, o, "links"),
          byForm: counts(sub(o, "byForm")),
          byKind: counts(sub(o, "byKind")),
        };
        break;
      case "load":
        values[def.id] = {
          mentors: need(def.id, o, "mentors"),
          mean: num(o, "mean"),
          median: num(o, "median"),
          max: num(o, "max"),
          overLimit: need(def.id, o, "overLimit"),
        };
        break;
      case "count":
        values[def.id] = { value: need(def.id, o, "value") };
        break;
      case "satisfaction": {
        const side = (k: "mentor" | "mentee") => ({
          mean: num(sub(o, k), "mean"),
          n: need(def.id, sub(o, k), "n"),
        });
        values[def.id] = { mentor: side("mentor"), mentee: side("mentee") };
        break;
      }
    }
  }
  return missing.size > 0
    ? { ok: false, missing: [...missing] }
    : { ok: true, values: values as unknown as KpiValues };
}
