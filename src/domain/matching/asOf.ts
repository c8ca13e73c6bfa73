/** Matching needs D: who has a mentor, and each mentor's load, are facts of the as-of date. */
import type { Analysis } from "../analysis/analysis";
import { NO_AS_OF_ERROR, type SchoolResult } from "../engine";

export class MatchError extends Error {}

/** The analysis at D; a workbook without a readable D cannot be matched. */
export function analysisOf(result: SchoolResult): Analysis {
  if (result.asOf === null) throw new MatchError(result.error ?? NO_AS_OF_ERROR);
  return result.analysis;
}
