/**
 * How much «Подбор» may take on. Suggestions and the assignment score every waiting mentee against
 * every mentor of the school: 20,000 × 10,000 comparisons take tens of seconds (bench/match), and a
 * list ten times longer would take many minutes and gigabytes. Above the limit the CLI and the pane
 * say so instead of working for an hour: no real school has such lists, and a municipality's single
 * list is matched school by school.
 */
import type { SchoolResult } from "../engine";
import { analysisOf } from "./asOf";
import { matchPool } from "./pool";

/** Mentee × mentor comparisons «Подбор» does at most: 20,000 mentees against 10,000 mentors. */
export const MATCH_WORK_LIMIT = 200_000_000;

/** Why «Подбор» is not done on this school (Russian), or null when it can be. */
export function matchTooBig(result: SchoolResult): string | null {
  const pool = matchPool(analysisOf(result));
  const work = pool.mentees.length * pool.mentors.length;
  if (work <= MATCH_WORK_LIMIT) return null;
  const n = (x: number) => new Intl.NumberFormat("ru-RU").format(x);
  return `Подбор не выполнен: ${n(pool.mentees.length)} наставляемых без пары и ${n(pool.mentors.length)} наставников — это ${n(work)} сравнений, больше предела (${n(MATCH_WORK_LIMIT)}). Подберите наставников по частям: отдельно по параллелям, предметам или кафедрам.`;
}
