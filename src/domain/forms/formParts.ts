/**
 * The parts of the monitoring form (forms.md (a)): one row per part of every KPI of the catalogue,
 * in catalogue order. Which parts a KPI has follows from its kind; their wording is formWording.ts;
 * the byForm / byKind rows follow the forms and kinds of the template's enums. A KPI added to the
 * catalogue adds its rows.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import type { KpiKind } from "../kpi/define";
import type { KpiId } from "../kpi/types";
import { pairForms, pairKinds } from "../template/enums";
import { readEnum } from "../values/parse";
import { formWording } from "./formWording";

export interface FormPart {
  readonly id: KpiId;
  /** Column B: `numerator`, `byForm:Учитель – учитель`, `mentor.mean`, … */
  readonly token: string;
  /** Column C. */
  readonly label: string;
  /** Column E. */
  readonly unit: string;
  /** A count is an integer ≥ 0; a mean is 1–10 (forms.md). */
  readonly role: "count" | "mean";
  /** The value the blank form carries (documents: 5), or null. */
  readonly prefilled: number | null;
}

/** The part tokens of a kind, in form order; `byForm` / `byKind` stand for one row per value. */
const TOKENS: Record<KpiKind, readonly string[]> = {
  share: ["numerator", "denominator"],
  plan: ["numerator", "denominator", "overdue"],
  groups: ["value", "links", "byForm", "byKind"],
  load: ["mentors", "mentees", "overLimit"],
  count: ["value"],
  satisfaction: ["mentor.mean", "mentor.n", "mentee.mean", "mentee.n"],
};

const ENUM_PARTS = { byForm: pairForms, byKind: pairKinds } as const;
type EnumPart = keyof typeof ENUM_PARTS;
const isEnumPart = (token: string): token is EnumPart => token in ENUM_PARTS;

function partsOf(id: KpiId, kind: KpiKind): FormPart[] {
  const w = formWording[id];
  const part = (token: string, label: string, base = token): FormPart => ({
    id,
    token,
    label,
    unit: w.units?.[base] ?? w.unit,
    role: base.endsWith(".mean") ? "mean" : "count",
    prefilled: w.prefilled?.[base] ?? null,
  });
  return TOKENS[kind].flatMap((token) =>
    isEnumPart(token)
      ? ENUM_PARTS[token].values.map((v) => part(`${token}:${v}`, `${w.labels[token]} «${v}»`, token))
      : [part(token, w.labels[token])],
  );
}

export const formParts: readonly FormPart[] = kpiCatalogue.flatMap((def) => partsOf(def.id, def.kind));

const byId = new Map<string, Map<string, FormPart>>();
for (const p of formParts) {
  let m = byId.get(p.id);
  if (!m) byId.set(p.id, (m = new Map()));
  m.set(p.token, p);
}

/** Whether the text is a KPI id of the catalogue (compared exactly, as forms.md says). */
export const isKpiId = (text: string): text is KpiId => byId.has(text);

/**
 * The part a token names, or null: the token exactly, except that the F of `byForm:F` and the K of
 * `byKind:K` are read with the enum rules (`byForm:учитель-учитель` is `byForm:Учитель – учитель`).
 */
export function partOf(id: KpiId, token: string): FormPart | null {
  const parts = byId.get(id);
  if (parts === undefined) return null;
  const exact = parts.get(token);
  if (exact !== undefined) return exact;
  const colon = token.indexOf(":");
  const base = colon < 0 ? "" : token.slice(0, colon);
  if (!isEnumPart(base)) return null;
  const read = readEnum(token.slice(colon + 1), ENUM_PARTS[base].lookup);
  return read.state === "ok" ? (parts.get(`${base}:${read.value}`) ?? null) : null;
}
