/** Outcome KPIs: satisfaction of the participants and retention of young specialists. */
import { mean } from "simple-statistics";
import type { Analysis, PairFacts } from "../analysis/analysis";
import type { Mentee } from "../model/records";
import { defineShare, fixedTarget, type KpiDef } from "./define";
import { allOf, pairsMissing, problemPairs, undeterminedYoung } from "./notCounted";
import { excludedPairs, menteeRef, pairRef } from "./refs";
import type { MeanResult } from "./types";

const SOURCE =
  "Методические рекомендации по внедрению целевой модели наставничества педагогов (АЗ-1128/08/657, 2021)";

/** A rating counts when it is a readable whole number 1–10 (F004 flags the others). */
const validScore = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 1 && n <= 10;

export function meanOf(values: readonly number[]): MeanResult {
  return { mean: values.length === 0 ? null : mean(values as number[]), n: values.length };
}

export function ratings(a: Analysis): { mentor: number[]; mentee: number[] } {
  const pick = (get: (f: PairFacts) => number | undefined) => a.involved.map(get).filter(validScore);
  return { mentor: pick((f) => f.pair.mentorScore), mentee: pick((f) => f.pair.menteeScore) };
}

/** Why a row's filled ratings cannot be used (unreadable, or not a whole number 1–10), or null. */
function unusableScores(f: PairFacts): string | null {
  const bad = (key: "mentorScore" | "menteeScore") => {
    const state = f.pair.src.read(key)?.state ?? "empty";
    return state === "bad" || (state === "ok" && !validScore(f.pair[key]));
  };
  const mentor = bad("mentorScore");
  const mentee = bad("menteeScore");
  if (!mentor && !mentee) return null;
  const which =
    mentor && mentee
      ? "оценки наставника и наставляемого"
      : mentor
        ? "оценка наставника"
        : "оценка наставляемого";
  return `${which} не читается или не от 1 до 10`;
}

export const satisfaction: KpiDef<"satisfaction"> = {
  id: "satisfaction",
  kind: "satisfaction",
  title: "Удовлетворённость участников",
  definition:
    "Средние оценки наставников и наставляемых (1–10) по парам, действовавшим с 1 сентября до отчётной даты, и число оценок.",
  scope: "schoolYearToDate",
  source: SOURCE,
  target: fixedTarget(null),
  compute(a) {
    const r = ratings(a);
    const rated = a.involved.filter((f) => validScore(f.pair.mentorScore) || validScore(f.pair.menteeScore));
    return {
      value: { mentor: meanOf(r.mentor), mentee: meanOf(r.mentee) },
      drill: {
        counted: rated.map((f) => pairRef(a, f)),
        missing: [],
        excluded: excludedPairs(a),
        notCounted: allOf(problemPairs(a), pairsMissing(a, a.involved, unusableScores)),
      },
    };
  },
};

export const retention = defineShare({
  id: "retention",
  title: "Доля молодых специалистов, закрепившихся в профессии",
  definition:
    "Среди молодых специалистов с заполненным столбцом «Закрепился в профессии» — доля отметивших «да».",
  scope: "none",
  source: SOURCE,
  target: fixedTarget(null),
  population: (a: Analysis) => a.youngSpecialists.filter((m) => m.retained !== undefined),
  counted: (_a, m: Mentee) => m.retained === true,
  ref: (a, m) => menteeRef(a, m),
  notCounted: (a) =>
    allOf(
      undeterminedYoung(a),
      a.youngSpecialists
        .filter((m) => m.retained === undefined && m.src.read("retained")?.state === "bad")
        .map((m) => menteeRef(a, m, "не читается отметка «Закрепился в профессии»")),
    ),
});
