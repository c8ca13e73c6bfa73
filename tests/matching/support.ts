/** Shared pieces of the matching tests: small schools, a brute-force optimum, draft rows as cells. */
import type { SchoolResult } from "../../src/domain/engine";
import { rawDate, type RawCell, type WorkbookGrid } from "../../src/domain/grid";
import type { Assignment } from "../../src/domain/matching/assign";
import { exclusionOf, scoreOf, scorerOf } from "../../src/domain/matching/scorer";
import type { PlanValue } from "../../src/domain/plan/writePlan";

/** The objective of «Подобрать всем», lexicographic: fewer young unmatched, fewer unmatched, more score. */
export interface Objective {
  readonly youngUnmatched: number;
  readonly othersUnmatched: number;
  readonly score: number;
}

export function objectiveOf(a: Assignment): Objective {
  return {
    youngUnmatched: a.unassigned.filter((u) => u.young).length,
    othersUnmatched: a.unassigned.filter((u) => !u.young).length,
    score: a.pairs.reduce((t, p) => t + p.score, 0),
  };
}

const better = (a: Objective, b: Objective) =>
  a.youngUnmatched !== b.youngUnmatched
    ? a.youngUnmatched < b.youngUnmatched
    : a.othersUnmatched !== b.othersUnmatched
      ? a.othersUnmatched < b.othersUnmatched
      : a.score > b.score + 1e-12;

/** Every capacity-respecting assignment of the pool, enumerated: the optimum by definition. */
export function bruteForce(result: SchoolResult): Objective {
  const s = scorerOf(result.analysis);
  const n = s.pool.mentees.length;
  const left = [...s.pool.free];
  let best: Objective | null = null;
  const walk = (i: number, youngMiss: number, otherMiss: number, score: number) => {
    if (i === n) {
      const o = { youngUnmatched: youngMiss, othersUnmatched: otherMiss, score };
      if (best === null || better(o, best)) best = o;
      return;
    }
    const young = s.pool.young[i];
    walk(i + 1, youngMiss + (young ? 1 : 0), otherMiss + (young ? 0 : 1), score);
    for (let j = 0; j < s.pool.mentors.length; j++) {
      if (left[j] === 0 || exclusionOf(s, j, i) !== null) continue;
      left[j]--;
      walk(i + 1, youngMiss, otherMiss, score + scoreOf(s, j, i));
      left[j]++;
    }
  };
  walk(0, 0, 0, 0);
  return best!;
}

/** A plan value as the cell a reader would get back from the file. */
export function asRawCell(v: PlanValue): RawCell {
  if (v === null || typeof v !== "object") return v;
  if ("date" in v) return rawDate(v.date);
  if ("formula" in v) return v.formula;
  if ("asText" in v) return v.asText;
  return v.text;
}

/** The grid with rows appended below the «Пары» sheet's last row (what applying the draft does). */
export function withPairRows(grid: WorkbookGrid, rows: readonly (readonly PlanValue[])[]): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((sh) =>
      sh.name === "Пары" ? { ...sh, rows: [...sh.rows, ...rows.map((r) => r.map(asRawCell))] } : sh,
    ),
  };
}
