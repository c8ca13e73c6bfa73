/**
 * What «Подбор» shows, computed from the engine's result by the domain's own functions: the
 * suggestions `suggest()` makes (the same as `nastavnik match`), why a mentee has none, and the
 * draft of «Подобрать всем» with the mentors each row may be changed to.
 */
import type { SchoolResult } from "../../domain/engine";
import { menteeRef } from "../../domain/kpi/refs";
import { assignAll } from "../../domain/matching/assign";
import { analysisOf } from "../../domain/matching/asOf";
import { scorerOf, type Candidate } from "../../domain/matching/scorer";
import { suggest, type Suggestion } from "../../domain/matching/suggest";
import { unassignedReason } from "../../domain/matching/unassignedReason";
import type { Mentee } from "../../domain/model/records";
import type { DayNumber } from "../../domain/values/dates";
import { rowTarget, type CellTarget } from "./useSelectCell";

export interface MenteeSuggestion extends Suggestion {
  /** The mentee's name cell on «Наставляемые» (as the file names the sheet). */
  readonly target: CellTarget | null;
  /** Why no mentor may be suggested at all; null when there are candidates. */
  readonly why: string | null;
}

export interface MatchingView {
  readonly asOf: DayNumber;
  /** Mentees without a mentor on D, young specialists first (the pool's order). */
  readonly mentees: readonly MenteeSuggestion[];
  readonly young: number;
  /** Mentees without an active pair whose planned row already names a mentor (not matched again). */
  readonly planned: number;
}

/** The suggestions on the result's D; throws MatchError without a D. */
export function matchingViewOf(result: SchoolResult): MatchingView {
  const a = analysisOf(result);
  const s = scorerOf(a);
  const mentees = suggest(result).map((sg, i) => ({
    ...sg,
    target: rowTarget(menteeRef(a, sg.mentee)),
    // A mentee with no allowed mentor at all gets the same explanation as «Подобрать всем» gives.
    why: sg.candidates.length === 0 ? unassignedReason(s, i, 0, false) : null,
  }));
  return {
    asOf: a.asOf,
    mentees,
    young: mentees.filter((m) => m.young).length,
    planned: s.pool.planned.length,
  };
}

/**
 * Mentors offered per draft row: enough to choose from in a school (the assignment's own sparse
 * graph keeps as many), few enough that hundreds of rows stay light in the pane.
 */
export const DRAFT_OPTIONS = 20;

export interface DraftLine {
  readonly mentee: Mentee;
  readonly young: boolean;
  readonly target: CellTarget | null;
  /** Allowed mentors, best first; the proposed one always among them. */
  readonly options: readonly Candidate[];
  /** Pool index of the mentor «Подобрать всем» proposed; null when it left the mentee without one. */
  readonly proposed: number | null;
  /** Why the mentee was left without a mentor (null when one was proposed). */
  readonly reason: string | null;
}

export interface Draft {
  readonly lines: readonly DraftLine[];
  /** Per pool mentor: places left under the limit (what the choices are checked against). */
  readonly free: readonly number[];
}

/** «Подобрать всем»: the optimal assignment as editable rows, in the pool's order. */
export function draftOf(result: SchoolResult): Draft {
  const a = analysisOf(result);
  const assignment = assignAll(result);
  const proposed = new Map(assignment.pairs.map((p) => [p.mentee, p.candidate]));
  const reasons = new Map(assignment.unassigned.map((u) => [u.mentee, u.reason]));
  const lines = suggest(result, DRAFT_OPTIONS).map((sg): DraftLine => {
    const chosen = proposed.get(sg.mentee);
    // The optimum may give a mentee a mentor below its first DRAFT_OPTIONS (the better ones are
    // needed elsewhere); it must still be an option of its own row.
    const options =
      chosen && !sg.candidates.some((c) => c.index === chosen.index)
        ? [...sg.candidates, chosen]
        : sg.candidates;
    return {
      mentee: sg.mentee,
      young: sg.young,
      target: rowTarget(menteeRef(a, sg.mentee)),
      options,
      proposed: chosen?.index ?? null,
      reason: reasons.get(sg.mentee) ?? null,
    };
  });
  return { lines, free: scorerOf(a).pool.free };
}
