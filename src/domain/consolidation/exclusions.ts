/**
 * Which KPIs of a pooled input stay out of the total, and why (kpi.md, Aggregation): a share
 * without a known denominator > 0 (C004 when that denominator comes from «Сведения»), and what a
 * monitoring form does not give or gives unusably (forms.md, "Given and pooled"). The reasons are
 * Russian, for «Свод», «Итоги», the pane and the text output; `total.excluded` lists the files.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import { shortKpiNames } from "../kpi/shortNames";
import type { KpiFigures, ShareFigures } from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import type { RawCell } from "../grid";
import { infoSheet } from "../template/keyValue";
import { normalizeHeader } from "../text/normalize";
import { readNumber } from "../values/parse";

export interface Exclusion {
  /** Why the input's figures for this KPI are not in the total (Russian, lower case). */
  readonly reason: string;
  /** The code of the issue that says so (C004–C007), or null (a denominator of 0, a KPI not given). */
  readonly code: string | null;
  /** A form that does not give the KPI at all: «нет данных» for that school (forms.md). */
  readonly notGiven?: true;
}

/** «нет данных»: what «Свод» and the pane show for a KPI a form does not give. */
export const NO_DATA = "нет данных";
export const NOT_GIVEN: Exclusion = {
  reason: `${NO_DATA} (не заполнено в форме)`,
  code: null,
  notGiven: true,
};

export type Exclusions = Readonly<Partial<Record<KpiId, Exclusion>>>;

/** The KPIs whose denominator is a count of «Сведения» (rules.md, C004), with that item's key. */
export const INFO_DENOMINATORS = { teachers_involved: "teachers", students_involved: "students" } as const;
export type InfoDenominatorKpi = keyof typeof INFO_DENOMINATORS;

export const isInfoDenominatorKpi = (id: KpiId): id is InfoDenominatorKpi => id in INFO_DENOMINATORS;

/** «Численность педагогических работников» (the label of the item behind the KPI's denominator). */
export const infoDenominatorLabel = (id: InfoDenominatorKpi, itemKey?: string): string =>
  infoSheet.items.find((i) => i.key === (itemKey ?? INFO_DENOMINATORS[id]))?.label ?? itemKey ?? id;

// kpi.md: students_involved takes «Численность обучающихся в возрасте от 10 лет» as denominator when
// it is readable (an integer ≥ 0), else «Численность обучающихся». Found by label, so the item is used
// as soon as the template catalogue has it.
const PUPILS_FROM_10 = infoSheet.items.find(
  (i) => normalizeHeader(i.label) === normalizeHeader("Численность обучающихся в возрасте от 10 лет"),
);

/** The key of the «Сведения» item behind a C004 KPI's denominator, given the items' raw values. */
export function denominatorItemKey(id: InfoDenominatorKpi, raw: (key: string) => RawCell): string {
  if (id === "students_involved" && PUPILS_FROM_10 !== undefined) {
    const read = readNumber(raw(PUPILS_FROM_10.key));
    if (read.state === "ok" && Number.isInteger(read.value) && read.value >= 0) return PUPILS_FROM_10.key;
  }
  return INFO_DENOMINATORS[id];
}

export const c004Exclusion = (label: string): Exclusion => ({
  reason: `нет численности: «${label}» пусто, не читается или 0`,
  code: "C004",
});
export const ZERO_DENOMINATOR: Exclusion = { reason: "знаменатель равен 0", code: null };

/**
 * The exclusions of a pooled input: those its reading found (a form's), then a share whose
 * denominator is not > 0. `infoLabels` names the «Сведения» item behind each such KPI's denominator
 * for inputs that have «Сведения» (workbooks, exports); a form has none, so its 0 is a plain 0.
 */
export function exclusionsOf(
  values: KpiFigures,
  read: Exclusions,
  infoLabels: Readonly<Partial<Record<InfoDenominatorKpi, string>>> | null,
): Exclusions {
  const out: Partial<Record<KpiId, Exclusion>> = { ...read };
  for (const def of kpiCatalogue) {
    if (out[def.id] !== undefined || (def.kind !== "share" && def.kind !== "plan")) continue;
    const den = (values[def.id] as ShareFigures).denominator;
    if (den !== null && den > 0) continue;
    const label = infoLabels !== null && isInfoDenominatorKpi(def.id) ? infoLabels[def.id] : undefined;
    out[def.id] = label === undefined ? ZERO_DENOMINATOR : c004Exclusion(label);
  }
  return out;
}

/**
 * An input's exclusions as short Russian lines, in catalogue order: one per KPI with its own reason
 * («Педагоги в наставничестве: нет численности … (C004)»), then the KPIs a form does not give and
 * the shares of 0 in 0 (which change nothing) each as one line of short names.
 */
export function exclusionLines(ex: Exclusions): string[] {
  const ids = kpiCatalogue.map((d) => d.id).filter((id) => ex[id] !== undefined);
  const names = (pick: (e: Exclusion) => boolean) =>
    ids.filter((id) => pick(ex[id]!)).map((id) => shortKpiNames[id]);
  const lines = ids
    .filter((id) => !ex[id]!.notGiven && ex[id] !== ZERO_DENOMINATOR)
    .map((id) => `${shortKpiNames[id]}: ${ex[id]!.reason}${ex[id]!.code ? ` (${ex[id]!.code})` : ""}`);
  const notGiven = names((e) => e.notGiven === true);
  if (notGiven.length > 0) lines.push(`${NOT_GIVEN.reason}: ${notGiven.join(", ")}`);
  const zero = names((e) => e === ZERO_DENOMINATOR);
  if (zero.length > 0) lines.push(`${ZERO_DENOMINATOR.reason}: ${zero.join(", ")}`);
  return lines;
}
