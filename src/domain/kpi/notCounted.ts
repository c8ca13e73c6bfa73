/**
 * What a KPI could not count (never a silent drop): the rows behind each KPI that something
 * unreadable or unresolved kept out, with Russian reasons ready to print, grouped for the pane's
 * cards, `nastavnik kpi` and the report's notes.
 */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { Mentee, Mentor } from "../model/records";
import { menteeRef, mentorRef, pairRef, planRef } from "./refs";
import type { NotCounted, NotCountedReason, RowRef } from "./types";

const NOTHING_NOT_COUNTED: NotCounted = { count: 0, reasons: [] };

/** Groups not-counted rows by sheet and reason, in order of first appearance. */
export function groupNotCounted(rows: readonly RowRef[]): NotCounted {
  if (rows.length === 0) return NOTHING_NOT_COUNTED;
  const byReason = new Map<string, RowRef[]>();
  for (const r of rows) {
    const reason = `лист «${r.sheet}»: ${r.note ?? "не учтено"}`;
    const list = byReason.get(reason);
    if (list) list.push(r);
    else byReason.set(reason, [r]);
  }
  const reasons: NotCountedReason[] = [...byReason].map(([reason, refs]) => ({ reason, rows: refs }));
  return { count: rows.length, reasons };
}

/** «Пары» rows that do not take part because of a problem in them (not the planned ones). */
export const problemPairs = perAnalysis((a: Analysis): RowRef[] =>
  a.pairs.filter((f) => f.notCountedProblem).map((f) => pairRef(a, f, f.notCounted!)),
);

const readState = (src: Mentee["src"], key: string) => src.read(key)?.state ?? "empty";

/** Why a mentee's being a young specialist cannot be told, or null. */
function youngUndetermined(a: Analysis, m: Mentee): string | null {
  if (m.young !== undefined) return null;
  if (m.youngUnreadable) return "не читается отметка «Молодой специалист»";
  if (m.category === undefined)
    return readState(m.src, "category") === "bad"
      ? "категория не распознана — не определить, молодой ли специалист"
      : "не указана категория — не определить, молодой ли специалист";
  if (m.category !== "Педагог") return null;
  if (m.experience === undefined)
    return readState(m.src, "experience") === "bad"
      ? "стаж не читается — не определить, молодой ли специалист"
      : "не указан стаж — не определить, молодой ли специалист";
  if (a.settings.useAge && m.experience <= a.settings.youngMaxExperience && a.ageAt(m) === undefined)
    return "не известен возраст — не определить, молодой ли специалист";
  return null;
}

/** Mentees whose being a young specialist cannot be told, and mentee rows without a ФИО. */
export const undeterminedYoung = perAnalysis((a: Analysis): RowRef[] => {
  const out: RowRef[] = [];
  for (const m of a.wb.mentees) {
    if (m.key === undefined) {
      out.push(menteeRef(a, m, "строка без ФИО не считается человеком"));
      continue;
    }
    if (a.menteesByKey.get(m.key) !== m) continue;
    const why = youngUndetermined(a, m);
    if (why !== null) out.push(menteeRef(a, m, why));
  }
  return out;
});

const UNKNOWN_CATEGORY = "категория участника не указана или не распознана — не определить, кого считать";

/** Persons of rows involved in Y whose category cannot be read (neither pedagogical nor student). */
export const involvedWithoutCategory = perAnalysis((a: Analysis): RowRef[] => {
  const seen = new Set<Mentor | Mentee>();
  const out: RowRef[] = [];
  const add = (p: Mentor | Mentee, ref: () => RowRef) => {
    if (p.category !== undefined || seen.has(p)) return;
    seen.add(p);
    out.push(ref());
  };
  for (const f of a.involved) {
    add(f.mentor!, () => mentorRef(a, f.mentor!, UNKNOWN_CATEGORY));
    add(f.mentee!, () => menteeRef(a, f.mentee!, UNKNOWN_CATEGORY));
  }
  return out;
});

/** Rows a KPI over some pairs could not judge for a field it needs. */
export function pairsMissing(
  a: Analysis,
  rows: readonly PairFacts[],
  unknown: (f: PairFacts) => string | null,
): RowRef[] {
  const out: RowRef[] = [];
  for (const f of rows) {
    const why = unknown(f);
    if (why !== null) out.push(pairRef(a, f, why));
  }
  return out;
}

/** «План» rows without a readable «Срок»: `plan_done` cannot tell whether they are due. */
export const planWithoutDue = perAnalysis((a: Analysis): RowRef[] =>
  a.wb.plan
    .filter((p) => p.due === undefined)
    .map((p) => planRef(a, p, p.src.read("due")?.state === "bad" ? "срок не читается" : "не указан срок")),
);

/** Concatenation that keeps the shared empty array when nothing is added. */
export function allOf(...lists: readonly (readonly RowRef[])[]): readonly RowRef[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  return nonEmpty.length === 0 ? NONE : nonEmpty.length === 1 ? nonEmpty[0] : nonEmpty.flat();
}
const NONE: readonly RowRef[] = [];
