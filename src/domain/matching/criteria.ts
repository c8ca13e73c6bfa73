/**
 * The criteria of «Подбор», declared once: each maps one mentor–mentee pair to a value 0–1 and a
 * short Russian sentence saying why. The value functions take plain numbers so that the scan
 * over a region's pool (millions of pairs) and the explanation of one suggestion share them.
 */
import type { MenteeCategory, MentorCategory, PairForm } from "../template/enums";
import type { SettingKey } from "../template/keyValue";
import { years } from "./wording";

export type CriterionId = "subject" | "category" | "capacity" | "experience" | "qualification" | "training";

export interface CriterionSpec {
  readonly id: CriterionId;
  /** The «Настройки» row that holds the weight. */
  readonly weight: SettingKey;
  /** Column title in the pane and in the CLI. */
  readonly title: string;
}

export const criteriaCatalogue: readonly CriterionSpec[] = [
  { id: "subject", weight: "matchWeightSubject", title: "Предмет" },
  { id: "category", weight: "matchWeightCategory", title: "Категория" },
  { id: "capacity", weight: "matchWeightCapacity", title: "Свободные места" },
  { id: "experience", weight: "matchWeightExperience", title: "Стаж" },
  { id: "qualification", weight: "matchWeightQualification", title: "Квалификация" },
  { id: "training", weight: "matchWeightTraining", title: "Обучение" },
];

/** A criterion's value for one pair and the sentence behind it. */
export interface Reason {
  readonly value: number;
  readonly text: string;
}

/** An unknown value scores halfway: neither a reason for nor against the mentor. */
const UNKNOWN = 0.5;

// ---------------------------------------------------------------------------------------------
// Subject / direction

/** «Предмет / направление» split into items, so «Математика, информатика» meets «Информатика». */
export function subjectItems(subject: string | undefined, normalize: (s: string) => string): string[] {
  if (subject === undefined) return [];
  return normalize(subject)
    .split(/\s*(?:[,;/+]|\sи\s)\s*/)
    .filter((s) => s !== "");
}

/** 1 when the two share a subject item, 0 when both are known and differ, ½ when one is unknown. */
export function subjectValue(mentor: Int32Array, mentee: Int32Array): number {
  if (mentor.length === 0 || mentee.length === 0) return UNKNOWN;
  // Nearly every person has one item: the nested loop is a single comparison.
  for (let a = 0; a < mentor.length; a++)
    for (let b = 0; b < mentee.length; b++) if (mentor[a] === mentee[b]) return 1;
  return 0;
}

export function subjectReason(mentor: Int32Array, mentee: Int32Array, names: readonly string[]): Reason {
  const value = subjectValue(mentor, mentee);
  if (mentor.length === 0 || mentee.length === 0)
    return {
      value,
      text: mentor.length === 0 ? "у наставника не указан предмет" : "у наставляемого не указан предмет",
    };
  const common = [...mentor].find((id) => mentee.includes(id));
  if (common !== undefined) return { value, text: `тот же предмет — ${names[common]}` };
  const list = (ids: Int32Array) => [...ids].map((id) => names[id]).join(", ");
  return { value, text: `другой предмет — ${list(mentor)} (у наставляемого — ${list(mentee)})` };
}

// ---------------------------------------------------------------------------------------------
// Category and form

/** Called only for pairs that have a fitting form (others are excluded): 1, or ½ if a category is unknown. */
export function categoryValue(
  mentor: MentorCategory | undefined,
  mentee: MenteeCategory | undefined,
): number {
  return mentor === undefined || mentee === undefined ? UNKNOWN : 1;
}

export function categoryReason(
  mentor: MentorCategory | undefined,
  mentee: MenteeCategory | undefined,
  form: PairForm,
): Reason {
  const value = categoryValue(mentor, mentee);
  if (mentor === undefined)
    return { value, text: `категория наставника не указана — форма «${form}» не проверена` };
  if (mentee === undefined)
    return { value, text: `категория наставляемого не указана — форма «${form}» не проверена` };
  return { value, text: `категория «${mentor}» подходит для формы «${form}»` };
}

// ---------------------------------------------------------------------------------------------
// Remaining capacity

/** The share of the mentor's places still free, so the load spreads instead of piling up. */
export function capacityValue(free: number, limit: number): number {
  return limit <= 0 ? 0 : Math.max(0, Math.min(1, free / limit));
}

export function capacityReason(free: number, limit: number): Reason {
  return { value: capacityValue(free, limit), text: `свободно мест: ${free} из ${limit}` };
}

// ---------------------------------------------------------------------------------------------
// Experience gap

/**
 * Ten more years of practice count fully: by then a mentor has met the whole range of a beginner's
 * difficulties, and more years add little. NaN = unknown; a mentee without стаж (a student, a
 * newcomer) counts as 0 years.
 */
export const FULL_GAP_YEARS = 10;

export function experienceValue(mentor: number, mentee: number): number {
  if (Number.isNaN(mentor)) return 0;
  const gap = mentor - (Number.isNaN(mentee) ? 0 : mentee);
  return gap <= 0 ? 0 : Math.min(1, gap / FULL_GAP_YEARS);
}

export function experienceReason(mentor: number, mentee: number): Reason {
  const value = experienceValue(mentor, mentee);
  if (Number.isNaN(mentor)) return { value, text: "стаж наставника не указан" };
  // A student or a newcomer has no стаж to compare with: the mentor's own years speak.
  if (Number.isNaN(mentee)) return { value, text: `стаж ${years(mentor)}` };
  const gap = mentor - mentee;
  const more =
    gap > 0
      ? `на ${years(gap)} больше`
      : gap === 0
        ? "такой же, как у наставляемого"
        : `на ${years(-gap)} меньше`;
  return { value, text: `стаж ${years(mentor)} — ${more}` };
}

// ---------------------------------------------------------------------------------------------
// Qualification level and training in mentoring

const QUALIFICATION: Readonly<Record<string, { value: number; text: string }>> = {
  Высшая: { value: 1, text: "высшая категория" },
  Первая: { value: 2 / 3, text: "первая категория" },
  "Соответствие занимаемой должности": { value: 1 / 3, text: "соответствие занимаемой должности" },
  "Без категории": { value: 0, text: "без категории" },
};

export function qualificationValue(level: string | undefined): number {
  return level === undefined ? 0 : (QUALIFICATION[level]?.value ?? 0);
}

export function qualificationReason(level: string | undefined): Reason {
  const known = level === undefined ? undefined : QUALIFICATION[level];
  return known ?? { value: 0, text: "квалификационная категория не указана" };
}

export function trainingValue(trained: boolean | undefined): number {
  return trained === true ? 1 : 0;
}

export function trainingReason(trained: boolean | undefined): Reason {
  const text =
    trained === true
      ? "обучение по наставничеству пройдено"
      : trained === false
        ? "обучение по наставничеству не пройдено"
        : "обучение по наставничеству не отмечено";
  return { value: trainingValue(trained), text };
}
