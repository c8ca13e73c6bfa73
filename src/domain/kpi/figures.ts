/**
 * A KPI's figures as a consolidation input gives them. A school workbook or a report export gives
 * every part of every KPI (its `KpiValues` are figures as they are); a monitoring form gives only
 * the parts it has (forms.md, "Given and pooled"), so every part may be null: not read, empty or
 * unusable. A pooled total is figures too: a part that some pooled input lacks is null in it
 * (kpi.md, Aggregation).
 */
import { kpiCatalogue } from "./catalogue";
import type { KpiId } from "./types";

export type Part = number | null;
export type Counts = Readonly<Record<string, number>>;

export interface ShareFigures {
  readonly numerator: Part;
  readonly denominator: Part;
  readonly value: Part;
  readonly target: Part;
}

export interface GroupsFigures {
  readonly value: Part;
  readonly links: Part;
  readonly byForm: Counts | null;
  readonly byKind: Counts | null;
}

export interface LoadFigures {
  readonly mentors: Part;
  readonly mean: Part;
  readonly median: Part;
  readonly max: Part;
  readonly overLimit: Part;
}

export interface CountFigures {
  readonly value: Part;
}

export interface MeanFigures {
  readonly mean: Part;
  readonly n: Part;
}

export interface SatisfactionFigures {
  readonly mentor: MeanFigures;
  readonly mentee: MeanFigures;
}

export interface PlanFigures extends ShareFigures {
  readonly overdue: Part;
}

/** `KpiValues` with every part nullable: a `KpiValues` is assignable to it. */
export interface KpiFigures {
  readonly young_mentored: ShareFigures;
  readonly teachers_involved: ShareFigures;
  readonly students_involved: ShareFigures;
  readonly active_groups: GroupsFigures;
  readonly mentor_load: LoadFigures;
  readonly formalized: ShareFigures;
  readonly consent: ShareFigures;
  readonly personal_program: ShareFigures;
  readonly completed: ShareFigures;
  readonly overdue: CountFigures;
  readonly satisfaction: SatisfactionFigures;
  readonly retention: ShareFigures;
  readonly mentors_trained: ShareFigures;
  readonly mentors_rewarded: ShareFigures;
  readonly plan_done: PlanFigures;
  readonly documents: ShareFigures;
}

/** Checked at compile time: the figures cover exactly the KPI ids of the catalogue. */
type SameKeys = [keyof KpiFigures] extends [KpiId]
  ? [KpiId] extends [keyof KpiFigures]
    ? true
    : never
  : never;
export const FIGURES_COVER_CATALOGUE: SameKeys = true;

const emptyShare: ShareFigures = { numerator: null, denominator: null, value: null, target: null };

/** A KPI an input does not give: every field null (cli.md: every KPI id is present). */
export function noFigures(id: KpiId): KpiFigures[KpiId] {
  switch (kpiCatalogue.find((k) => k.id === id)!.kind) {
    case "share":
      return emptyShare;
    case "plan":
      return { ...emptyShare, overdue: null };
    case "groups":
      return { value: null, links: null, byForm: null, byKind: null };
    case "load":
      return { mentors: null, mean: null, median: null, max: null, overLimit: null };
    case "count":
      return { value: null };
    case "satisfaction":
      return { mentor: { mean: null, n: null }, mentee: { mean: null, n: null } };
  }
}

/** numerator / denominator when both are numbers and the denominator is > 0, else null. */
export const shareValue = (numerator: Part, denominator: Part): Part =>
  numerator === null || denominator === null || denominator <= 0 ? null : numerator / denominator;
