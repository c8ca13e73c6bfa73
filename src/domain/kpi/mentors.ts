/** KPIs over mentors active on D: load, consent, training, incentive payments. */
import { max, mean, median } from "simple-statistics";
import type { Analysis } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { Mentor } from "../model/records";
import { defineShare, fixedTarget, type KpiDef } from "./define";
import { problemPairs } from "./notCounted";
import { excludedPairs, mentorRef } from "./refs";
import type { LoadResult } from "./types";

const SOURCE =
  "Методические рекомендации по внедрению целевой модели наставничества педагогов (АЗ-1128/08/657, 2021)";

/** Distinct mentees active on D, per mentor active on D, in order of the mentor's first active row. */
export const activeLoads = perAnalysis((a: Analysis): ReadonlyMap<Mentor, ReadonlySet<string>> => {
  const loads = new Map<Mentor, Set<string>>();
  for (const f of a.active) {
    const set = loads.get(f.mentor!) ?? new Set<string>();
    set.add(f.mentee!.key!);
    loads.set(f.mentor!, set);
  }
  return loads;
});

export function loadStats(loads: readonly number[], limit: number): LoadResult {
  const empty = loads.length === 0;
  return {
    mentors: loads.length,
    mean: empty ? null : mean(loads as number[]),
    median: empty ? null : median(loads as number[]),
    max: empty ? null : max(loads as number[]),
    overLimit: loads.filter((n) => n > limit).length,
  };
}

export const mentorLoad: KpiDef<"mentor_load"> = {
  id: "mentor_load",
  kind: "load",
  title: "Нагрузка наставников",
  definition:
    "Число разных наставляемых на одного наставника в действующих на отчётную дату парах: среднее, медиана, максимум и сколько наставников выше допустимой нагрузки.",
  scope: "asOf",
  source: SOURCE,
  target: fixedTarget(null),
  compute(a) {
    const loads = activeLoads(a);
    const limit = a.settings.maxMenteesPerMentor;
    const counted = [...loads].map(([m, set]) => mentorRef(a, m, `наставляемых: ${set.size}`));
    const over = [...loads]
      .filter(([, set]) => set.size > limit)
      .map(([m, set]) => mentorRef(a, m, `наставляемых: ${set.size}`));
    return {
      value: loadStats(
        [...loads.values()].map((s) => s.size),
        limit,
      ),
      drill: { counted, missing: over, excluded: excludedPairs(a), notCounted: problemPairs(a) },
    };
  },
};

/** A share of distinct mentors active on D. */
function activeMentorsShare<Id extends "consent" | "mentors_trained" | "mentors_rewarded">(
  id: Id,
  title: string,
  definition: string,
  target: number | null,
  counted: (m: Mentor) => boolean,
) {
  return defineShare({
    id,
    title,
    definition,
    scope: "asOf",
    source: SOURCE,
    target: fixedTarget(target),
    population: (a: Analysis) => [...activeLoads(a).keys()],
    counted: (_a, m: Mentor) => counted(m),
    ref: (a, m) => mentorRef(a, m),
    excluded: excludedPairs,
    notCounted: problemPairs,
  });
}

export const consent = activeMentorsShare(
  "consent",
  "Доля наставников с письменным согласием",
  "Наставники действующих на отчётную дату пар, давшие письменное согласие (столбец «Согласие» = да).",
  1,
  (m) => m.consent === true,
);

export const mentorsTrained = activeMentorsShare(
  "mentors_trained",
  "Доля наставников, прошедших обучение",
  "Наставники действующих на отчётную дату пар, прошедшие обучение по наставничеству.",
  null,
  (m) => m.trained === true,
);

export const mentorsRewarded = activeMentorsShare(
  "mentors_rewarded",
  "Доля наставников, получающих стимулирующую выплату",
  "Наставники действующих на отчётную дату пар, получающие стимулирующую выплату.",
  null,
  (m) => m.rewarded === true,
);
