/**
 * The methodist's edits of a «Подбор» draft, checked before anything is written. «Подобрать всем»
 * respects every mentor's free places; a mentor picked by hand may not, so the pane counts the
 * picks against `pool.free`. And the draft was made from an earlier read: the workbook may have
 * changed since (a pair typed in, a consent withdrawn), so the choices are found again in a fresh
 * read, by person key, and checked against the hard constraints of the scorer before they become
 * «Пары» rows.
 */
import type { SchoolResult } from "../engine";
import type { Mentee, Mentor } from "../model/records";
import { analysisOf } from "./asOf";
import type { Choice } from "./draftRows";
import { exclusionOf, scorerOf, type Exclusion } from "./scorer";
import { plural } from "./wording";

/** A mentor picked for more mentees than the places left under the limit. */
export interface Overbooking {
  /** Index of the mentor in `pool.mentors`. */
  readonly mentor: number;
  /** Draft rows that name the mentor. */
  readonly chosen: number;
  /** Places the mentor has left (`pool.free`). */
  readonly free: number;
}

/**
 * The mentors chosen more often than they have free places, by pool index.
 * @param choices per draft row: the pool index of the chosen mentor, or null for «не назначать».
 */
export function overbooked(
  choices: readonly (number | null)[],
  free: readonly number[],
): ReadonlyMap<number, Overbooking> {
  const chosen = new Map<number, number>();
  for (const j of choices) if (j !== null) chosen.set(j, (chosen.get(j) ?? 0) + 1);
  const out = new Map<number, Overbooking>();
  for (const [mentor, n] of chosen) {
    const left = free[mentor] ?? 0;
    if (n > left) out.set(mentor, { mentor, chosen: n, free: left });
  }
  return out;
}

/** «выбран для 4 наставляемых, а свободно мест: 3». */
export function overbookingText(o: Overbooking): string {
  const whom = plural(o.chosen, "наставляемого", "наставляемых", "наставляемых");
  return `выбран для ${o.chosen} ${whom}, а свободно мест: ${o.free}`;
}

/** Choices that can no longer be written; the message is for the methodist. */
export class DraftCheckError extends Error {}

const excludedText: Record<Exclusion, string> = {
  consent: "нет письменного согласия наставника",
  capacity: "у наставника не осталось свободных мест",
  category: "их категории не подходят ни к одной форме наставничества",
  self: "это один и тот же человек",
  linked: "у них уже есть пара",
};

const nameOf = (p: Mentee | Mentor) => `«${p.name ?? "без ФИО"}»`;

/** Index of each key's first person (a person listed twice is one person: workbook.md, ФИО key). */
function indexByKey(people: readonly (Mentee | Mentor)[]): Map<string, number> {
  const out = new Map<string, number>();
  people.forEach((p, i) => {
    if (p.key !== undefined && !out.has(p.key)) out.set(p.key, i);
  });
  return out;
}

/**
 * The choices as people of `result` (a fresh read), each still allowed and within the mentors'
 * free places there; otherwise a DraftCheckError that names every pair that no longer holds.
 */
export function recheckChoices(result: SchoolResult, choices: readonly Choice[]): Choice[] {
  const s = scorerOf(analysisOf(result));
  const menteeAt = indexByKey(s.pool.mentees);
  const mentorAt = indexByKey(s.pool.mentors);
  const problems: string[] = [];
  const picks: number[] = [];
  const out: Choice[] = [];
  for (const c of choices) {
    const i = c.mentee.key === undefined ? undefined : menteeAt.get(c.mentee.key);
    const j = c.mentor.key === undefined ? undefined : mentorAt.get(c.mentor.key);
    if (i === undefined) {
      problems.push(
        `${nameOf(c.mentee)} больше не ждёт наставника (уже есть пара или нет строки на листе «Наставляемые»)`,
      );
      continue;
    }
    if (j === undefined) {
      problems.push(`наставника ${nameOf(c.mentor)} нет на листе «Наставники»`);
      continue;
    }
    const why = exclusionOf(s, j, i);
    if (why !== null) {
      problems.push(
        `${nameOf(c.mentor)} не может стать наставником ${nameOf(c.mentee)}: ${excludedText[why]}`,
      );
      continue;
    }
    picks.push(j);
    out.push({ mentee: s.pool.mentees[i], mentor: s.pool.mentors[j] });
  }
  for (const o of overbooked(picks, s.pool.free).values())
    problems.push(`наставник ${nameOf(s.pool.mentors[o.mentor])} ${overbookingText(o)}`);
  if (problems.length > 0)
    throw new DraftCheckError(
      `Выбор больше не подходит: ${problems.join("; ")}. Возможно, книга изменилась после подбора — нажмите «Обновить» и подберите заново.`,
    );
  return out;
}
