/**
 * «Подбор»: for every mentee without a mentor on D (young specialists first — the M001 list), the
 * best few mentors of the school with their score and the reasons, criterion by criterion.
 */
import type { SchoolResult } from "../engine";
import type { Mentee } from "../model/records";
import { analysisOf } from "./asOf";
import { explain, scorerOf, type Candidate } from "./scorer";
import { topCandidates } from "./topCandidates";

export interface Suggestion {
  readonly mentee: Mentee;
  readonly young: boolean;
  /** Best first; ties keep the mentor higher on «Наставники». Empty when no mentor is allowed. */
  readonly candidates: readonly Candidate[];
}

export const SUGGESTIONS_PER_MENTEE = 3;

export function suggest(result: SchoolResult, n = SUGGESTIONS_PER_MENTEE): Suggestion[] {
  const s = scorerOf(analysisOf(result));
  const lists = topCandidates(s, Math.max(1, n), { ties: "row" });
  return s.pool.mentees.map((mentee, i) => ({
    mentee,
    young: s.pool.young[i],
    candidates: [...lists.mentors[i]].map((j) => explain(s, j, i)),
  }));
}
