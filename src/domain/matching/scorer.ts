/**
 * The pool compiled for scoring: every person's features as numbers in flat arrays, and the
 * criteria weights from «Настройки». A region's pool is 20,000 × 10,000 pairs, so a pair is scored
 * from these arrays without allocating; the mentor-only criteria (capacity, qualification,
 * training) are summed once per mentor.
 *
 * score = Σ wᵢ·cᵢ / Σ wᵢ over the criteria of `criteriaCatalogue` (0 when every weight is 0).
 *
 * Hard constraints (never suggested, whatever the weights): «Согласие» = да; a free place under
 * «Наставляемых на одного наставника не более»; a form that fits both categories (P013); not the
 * same person; no active or planned row of this mentor with this mentee already.
 */
import { perAnalysis } from "../analysis/memo";
import type { Analysis } from "../analysis/analysis";
import type { Mentor } from "../model/records";
import { menteeCategories, mentorCategories, type PairForm } from "../template/enums";
import { normalizeEnum } from "../text/normalize";
import {
  capacityReason,
  capacityValue,
  categoryReason,
  categoryValue,
  criteriaCatalogue,
  experienceReason,
  experienceValue,
  qualificationReason,
  qualificationValue,
  subjectItems,
  subjectReason,
  subjectValue,
  trainingReason,
  trainingValue,
  type CriterionId,
  type Reason,
} from "./criteria";
import { formFor } from "./forms";
import { LINK_SEPARATOR, matchPool, type MatchPool } from "./pool";

export type Exclusion = "consent" | "capacity" | "category" | "self" | "linked";

export interface Candidate {
  readonly mentor: Mentor;
  /** Index of the mentor in `pool.mentors`. */
  readonly index: number;
  readonly score: number;
  readonly form: PairForm;
  readonly reasons: Readonly<Record<CriterionId, Reason>>;
}

export interface Scorer {
  readonly pool: MatchPool;
  readonly weights: Readonly<Record<CriterionId, number>>;
  readonly weightSum: number;
  /** Mentor passes the mentor-level constraints (consent, a free place). */
  readonly mentorOpen: Uint8Array;
  readonly subjectNames: readonly string[];
  readonly mentorSubjects: readonly Int32Array[];
  readonly menteeSubjects: readonly Int32Array[];
  /** The one subject item of a person, −1 for none, −2 for several (the fast path of the scan). */
  readonly mentorSubject: Int32Array;
  readonly menteeSubject: Int32Array;
  readonly mentorCategory: Int32Array;
  readonly menteeCategory: Int32Array;
  readonly mentorExperience: Float64Array;
  readonly menteeExperience: Float64Array;
  /** Σ w·c / Σ w of the mentor-only criteria. */
  readonly mentorPart: Float64Array;
  /** The pair criteria's weights divided by Σ w (0 when every weight is 0): plain numbers for the scan. */
  readonly wSubject: number;
  readonly wCategory: number;
  readonly wExperience: number;
  /** Person keys as numbers shared by both sheets («the same person»). */
  readonly mentorKey: Int32Array;
  readonly menteeKey: Int32Array;
  /** Mentor indices already linked to each pool mentee (usually none). */
  readonly linked: readonly Int32Array[];
  /** By mentor category code × mentee category code: the form, and the category criterion. */
  readonly formTable: readonly (PairForm | null)[];
  /** 1 where `formTable` has a form. */
  readonly formFits: Uint8Array;
  readonly categoryTable: Float64Array;
  readonly menteeCategoryCount: number;
}

const MENTOR_CATS = mentorCategories.values;
const MENTEE_CATS = menteeCategories.values;
/** Code of a category; the last code stands for «unknown». */
const codeOf = <T>(values: readonly T[], v: T | undefined) =>
  v === undefined ? values.length : values.indexOf(v);
const catOf = <T>(values: readonly T[], code: number): T | undefined => values[code];
const numOrNaN = (v: number | undefined) => (v === undefined ? NaN : v);

function compile(a: Analysis): Scorer {
  const pool = matchPool(a);
  const s = a.settings;
  const weights = Object.fromEntries(criteriaCatalogue.map((c) => [c.id, s[c.weight] as number])) as Record<
    CriterionId,
    number
  >;
  const weightSum = criteriaCatalogue.reduce((t, c) => t + weights[c.id], 0);

  const subjectIds = new Map<string, number>();
  const subjectNames: string[] = [];
  const subjectsOf = (subject: string | undefined) =>
    Int32Array.from(subjectItems(subject, normalizeEnum), (item) => {
      let id = subjectIds.get(item);
      if (id === undefined) {
        id = subjectNames.length;
        subjectIds.set(item, id);
        subjectNames.push(item);
      }
      return id;
    });
  const keyIds = new Map<string, number>();
  const keyOf = (key: string | undefined) => {
    if (key === undefined) return -1;
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };

  const mentors = pool.mentors;
  const mentees = pool.mentees;
  // Every weight 0: every score is 0 rather than 0/0.
  const scale = weightSum === 0 ? 0 : 1 / weightSum;
  const mentorPart = Float64Array.from(
    mentors,
    (m, j) =>
      scale *
      (weights.capacity * capacityValue(pool.free[j], pool.limit) +
        weights.qualification * qualificationValue(m.qualification) +
        weights.training * trainingValue(m.trained)),
  );
  const mentorIndex = new Map(mentors.map((m, j) => [m.key!, j]));
  const menteeIndex = new Map(mentees.map((e, i) => [e.key!, i]));
  const linkedLists: number[][] = mentees.map(() => []);
  for (const link of pool.linked) {
    const [mentorKey, menteeKey] = link.split(LINK_SEPARATOR);
    const i = menteeIndex.get(menteeKey);
    if (i !== undefined) linkedLists[i].push(mentorIndex.get(mentorKey)!);
  }
  const linked = linkedLists.map((l) => Int32Array.from(l));

  const formTable: (PairForm | null)[] = [];
  const categoryTable = new Float64Array((MENTOR_CATS.length + 1) * (MENTEE_CATS.length + 1));
  for (let mc = 0; mc <= MENTOR_CATS.length; mc++)
    for (let ec = 0; ec <= MENTEE_CATS.length; ec++) {
      const idx = mc * (MENTEE_CATS.length + 1) + ec;
      formTable[idx] = formFor(catOf(MENTOR_CATS, mc), catOf(MENTEE_CATS, ec));
      categoryTable[idx] = categoryValue(catOf(MENTOR_CATS, mc), catOf(MENTEE_CATS, ec));
    }

  const mentorSubjects = mentors.map((m) => subjectsOf(m.subject));
  const menteeSubjects = mentees.map((e) => subjectsOf(e.subject));
  const single = (ids: Int32Array) => (ids.length === 1 ? ids[0] : ids.length === 0 ? -1 : -2);
  return {
    pool,
    weights,
    weightSum,
    mentorOpen: Uint8Array.from(mentors, (m, j) => (m.consent === true && pool.free[j] > 0 ? 1 : 0)),
    subjectNames,
    mentorSubjects,
    menteeSubjects,
    mentorSubject: Int32Array.from(mentorSubjects, single),
    menteeSubject: Int32Array.from(menteeSubjects, single),
    mentorCategory: Int32Array.from(mentors, (m) => codeOf(MENTOR_CATS, m.category)),
    menteeCategory: Int32Array.from(mentees, (e) => codeOf(MENTEE_CATS, e.category)),
    mentorExperience: Float64Array.from(mentors, (m) => numOrNaN(m.experience)),
    menteeExperience: Float64Array.from(mentees, (e) => numOrNaN(e.experience)),
    mentorPart,
    wSubject: scale * weights.subject,
    wCategory: scale * weights.category,
    wExperience: scale * weights.experience,
    mentorKey: Int32Array.from(mentors, (m) => keyOf(m.key)),
    menteeKey: Int32Array.from(mentees, (e) => keyOf(e.key)),
    linked,
    formTable,
    formFits: Uint8Array.from(formTable, (f) => (f === null ? 0 : 1)),
    categoryTable,
    menteeCategoryCount: MENTEE_CATS.length + 1,
  };
}

export const scorerOf = perAnalysis(compile);

/** Why mentor j may not be suggested to pool mentee i; null when the pair is allowed. */
export function exclusionOf(s: Scorer, j: number, i: number): Exclusion | null {
  const m = s.pool.mentors[j];
  if (m.consent !== true) return "consent";
  if (s.pool.free[j] <= 0) return "capacity";
  if (s.formTable[s.mentorCategory[j] * s.menteeCategoryCount + s.menteeCategory[i]] === null)
    return "category";
  if (s.mentorKey[j] === s.menteeKey[i]) return "self";
  if (s.linked[i].includes(j)) return "linked";
  return null;
}

/** The pair criteria only — for the scan, where the mentor-level constraints are already checked. */
export function pairAllowed(s: Scorer, j: number, i: number, cell: number): boolean {
  if (s.formFits[cell] === 0 || s.mentorKey[j] === s.menteeKey[i]) return false;
  const l = s.linked[i];
  return l.length === 0 || !l.includes(j);
}

/** The score of an allowed pair (0–1). */
export function scoreOf(s: Scorer, j: number, i: number): number {
  const cell = s.mentorCategory[j] * s.menteeCategoryCount + s.menteeCategory[i];
  // One subject item on both sides is the common case: an integer comparison, no loop.
  const a = s.mentorSubject[j];
  const b = s.menteeSubject[i];
  const subject =
    a >= 0 && b >= 0 ? (a === b ? 1 : 0) : subjectValue(s.mentorSubjects[j], s.menteeSubjects[i]);
  return (
    s.mentorPart[j] +
    s.wSubject * subject +
    s.wCategory * s.categoryTable[cell] +
    s.wExperience * experienceValue(s.mentorExperience[j], s.menteeExperience[i])
  );
}

/** The candidate with every criterion's value and sentence (for the few pairs shown). */
export function explain(s: Scorer, j: number, i: number): Candidate {
  const m = s.pool.mentors[j];
  const mc = catOf(MENTOR_CATS, s.mentorCategory[j]);
  const ec = catOf(MENTEE_CATS, s.menteeCategory[i]);
  const form = s.formTable[s.mentorCategory[j] * s.menteeCategoryCount + s.menteeCategory[i]]!;
  return {
    mentor: m,
    index: j,
    score: scoreOf(s, j, i),
    form,
    reasons: {
      subject: subjectReason(s.mentorSubjects[j], s.menteeSubjects[i], s.subjectNames),
      category: categoryReason(mc, ec, form),
      capacity: capacityReason(s.pool.free[j], s.pool.limit),
      experience: experienceReason(s.mentorExperience[j], s.menteeExperience[i]),
      qualification: qualificationReason(m.qualification),
      training: trainingReason(m.trained),
    },
  };
}
