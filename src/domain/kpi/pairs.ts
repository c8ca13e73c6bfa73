/** KPIs over «Пары» rows: active groups, formalisation, programmes, completion, overdue. */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { defineShare, fixedTarget, shareOf, type KpiDef } from "./define";
import { allOf, pairsMissing, problemPairs } from "./notCounted";
import { excludedPairs, pairRef } from "./refs";

const SOURCE = "Целевая модель наставничества (распоряжение Минпросвещения России Р-145)";
export const UNRECOGNISED = "Не распознано";

export const activeGroups: KpiDef<"active_groups"> = {
  id: "active_groups",
  kind: "groups",
  title: "Действующие наставнические пары и группы",
  definition:
    "Разные номера пар/групп среди пар, действующих на отчётную дату; форма и вид группы — по её первой действующей строке.",
  scope: "asOf",
  source: SOURCE,
  target: fixedTarget(null),
  compute(a) {
    // A row with an empty № is a group of its own.
    const firstRowOfGroup = new Map<string, PairFacts>();
    a.active.forEach((f, i) => {
      const key = f.pair.no === undefined ? `\u0000${i}` : f.pair.no;
      if (!firstRowOfGroup.has(key)) firstRowOfGroup.set(key, f);
    });
    const byForm: Record<string, number> = {};
    const byKind: Record<string, number> = {};
    for (const f of firstRowOfGroup.values()) {
      const form = f.pair.form ?? UNRECOGNISED;
      const kind = f.pair.kind ?? UNRECOGNISED;
      byForm[form] = (byForm[form] ?? 0) + 1;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    return {
      value: { value: firstRowOfGroup.size, links: a.active.length, byForm, byKind },
      drill: {
        counted: a.active.map((f) => pairRef(a, f)),
        missing: [],
        excluded: excludedPairs(a),
        notCounted: problemPairs(a),
      },
    };
  },
};

/** A share over the rows active on D. */
function activeRowsShare<Id extends "formalized" | "personal_program">(
  id: Id,
  title: string,
  definition: string,
  counted: (f: PairFacts) => boolean,
) {
  return defineShare({
    id,
    title,
    definition,
    scope: "asOf",
    source: SOURCE,
    target: fixedTarget(1),
    population: (a: Analysis) => a.active,
    counted: (_a, f: PairFacts) => counted(f),
    ref: (a, f) => pairRef(a, f),
    excluded: excludedPairs,
    notCounted: problemPairs,
  });
}

export const formalized = activeRowsShare(
  "formalized",
  "Доля действующих пар, закреплённых приказом",
  "Действующие на отчётную дату пары, у которых заполнены «Приказ №» и «Приказ от».",
  (f) => f.pair.orderNo !== undefined && f.pair.orderDate !== undefined,
);

export const personalProgram = activeRowsShare(
  "personal_program",
  "Доля пар с персонализированной программой",
  "Действующие на отчётную дату пары с отметкой «да» в столбце «Персонализированная программа».",
  (f) => f.pair.program === true,
);

export const completed: KpiDef<"completed"> = {
  id: "completed",
  kind: "share",
  title: "Доля программ, завершённых в полном объёме",
  definition:
    "Среди пар, закончившихся с 1 сентября до отчётной даты, — доля завершённых (а не прекращённых досрочно).",
  scope: "schoolYearToDate",
  source: SOURCE,
  target: fixedTarget(null),
  compute(a) {
    const ended = a.pairs.filter(
      (f) =>
        f.notCounted === null &&
        f.effectiveEnd !== undefined &&
        f.effectiveEnd >= a.yearStart &&
        f.effectiveEnd <= a.asOf &&
        (f.pair.status === "Завершена" || f.pair.status === "Прекращена"),
    );
    const done = ended.filter((f) => f.pair.status === "Завершена");
    return {
      value: shareOf(done.length, ended.length, null),
      drill: {
        counted: done.map((f) => pairRef(a, f)),
        missing: ended.filter((f) => f.pair.status !== "Завершена").map((f) => pairRef(a, f, "прекращена")),
        excluded: excludedPairs(a),
        notCounted: allOf(
          problemPairs(a),
          pairsMissing(a, a.pairs, (f) =>
            f.notCounted === null &&
            (f.pair.status === "Завершена" || f.pair.status === "Прекращена") &&
            f.effectiveEnd === undefined
              ? "не указана или не читается дата окончания — не определить, когда пара закончилась"
              : null,
          ),
        ),
      },
    };
  },
};

export const overdue: KpiDef<"overdue"> = {
  id: "overdue",
  kind: "count",
  title: "Программы с истёкшим сроком",
  definition: "Пары, действующие на отчётную дату, у которых плановая дата окончания уже прошла.",
  scope: "asOf",
  source: SOURCE,
  target: fixedTarget(0),
  compute(a) {
    const late = a.active.filter((f) => f.pair.plannedEnd !== undefined && f.pair.plannedEnd < a.asOf);
    return {
      value: { value: late.length },
      drill: {
        counted: late.map((f) => pairRef(a, f)),
        missing: [],
        excluded: excludedPairs(a),
        notCounted: allOf(
          problemPairs(a),
          pairsMissing(a, a.active, (f) =>
            f.pair.plannedEnd === undefined
              ? "не указана или не читается плановая дата окончания — не определить, истёк ли срок"
              : null,
          ),
        ),
      },
    };
  },
};
