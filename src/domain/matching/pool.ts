/**
 * Who «Подбор» works on, as of D: the mentees without a mentor, each mentor's current load, and
 * the mentor–mentee links that already exist.
 *
 * A row that is planned («Планируется», or «Действует» but starting after D) is not active, yet it
 * already names a mentor: its mentee is left out of the pool and it counts towards the mentor's
 * load. Otherwise a second «Подбор» would plan the same people again and give away places that
 * are promised (and P011 would fire the day the planned pairs start).
 */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { Mentee, Mentor } from "../model/records";

export interface MatchPool {
  readonly analysis: Analysis;
  /** «Наставляемых на одного наставника не более», in whole mentees (P011 allows 3 under «3,5»). */
  readonly limit: number;
  /** Mentees to match: no row active on D and none planned; young specialists first, then worksheet order. */
  readonly mentees: readonly Mentee[];
  readonly young: readonly boolean[];
  /** Mentees without an active row whose planned row already names a mentor (skipped). */
  readonly planned: readonly Mentee[];
  /** Every mentor (person), in worksheet order. */
  readonly mentors: readonly Mentor[];
  /** Distinct mentees per mentor in rows active on D or planned. */
  readonly load: readonly number[];
  /** Places left under the limit (never negative). */
  readonly free: readonly number[];
  /** `mentorKey \u0000 menteeKey` of every active or planned row. */
  readonly linked: ReadonlySet<string>;
}

export const LINK_SEPARATOR = "\u0000";
export const linkKey = (mentorKey: string, menteeKey: string) => `${mentorKey}${LINK_SEPARATOR}${menteeKey}`;

/** A row that is not active on D but already promises this mentor to this mentee. */
export function isPlannedRow(f: PairFacts, asOf: number): boolean {
  if (f.active || !f.mentor || !f.mentee) return false;
  const { status, start, actualEnd } = f.pair;
  if (actualEnd !== undefined && actualEnd < asOf) return false;
  return status === "Планируется" || (status === "Действует" && start !== undefined && start > asOf);
}

export const matchPool = perAnalysis((a: Analysis): MatchPool => {
  const rows = a.pairs.filter((f) => f.active || isPlannedRow(f, a.asOf));
  const plannedMentees = new Set(rows.filter((f) => !f.active).map((f) => f.mentee!));
  const menteesOf = new Map<Mentor, Set<string>>();
  const linked = new Set<string>();
  for (const f of rows) {
    const set = menteesOf.get(f.mentor!) ?? new Set<string>();
    set.add(f.mentee!.key!);
    menteesOf.set(f.mentor!, set);
    linked.add(linkKey(f.mentor!.key!, f.mentee!.key!));
  }
  const limit = Math.floor(a.settings.maxMenteesPerMentor);
  const load = a.mentors.map((m) => menteesOf.get(m)?.size ?? 0);
  const waiting = a.mentees.filter((m) => !a.activeMentees.has(m));
  const free = waiting.filter((m) => !plannedMentees.has(m));
  // Young specialists first: they are the M001 list and the `young_mentored` KPI.
  const mentees = [...free.filter((m) => a.isYoung(m)), ...free.filter((m) => !a.isYoung(m))];
  return {
    analysis: a,
    limit,
    mentees,
    young: mentees.map((m) => a.isYoung(m)),
    planned: waiting.filter((m) => plannedMentees.has(m)),
    mentors: a.mentors,
    load,
    free: load.map((n) => Math.max(0, limit - n)),
    linked,
  };
});
