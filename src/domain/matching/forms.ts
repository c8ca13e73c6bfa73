/**
 * The form a suggested pair gets: one that rule P013 accepts for the mentor's and the mentee's
 * categories (judged by `formRequirements`, so a drafted row never raises P013), and among those
 * the one whose wording names both categories («Учитель – учитель» for two teachers,
 * «Учитель – ученик» for a teacher and a student).
 */
import { formRequirements } from "../rules/pairs";
import { pairForms, type MenteeCategory, type MentorCategory, type PairForm } from "../template/enums";

/** The category each side of a form's wording names. */
const LEFT_NAMES: Readonly<Record<string, MentorCategory>> = {
  Учитель: "Педагог",
  "Руководитель ОО": "Руководитель ОО",
  "Педагог вуза/колледжа": "Педагог вуза/колледжа",
  Ученик: "Обучающийся",
  Студент: "Студент",
  Работодатель: "Представитель работодателя",
};
const RIGHT_NAMES: Readonly<Record<string, MenteeCategory>> = {
  учитель: "Педагог",
  педагог: "Педагог",
  "молодой педагог": "Педагог",
  ученик: "Обучающийся",
  студент: "Студент",
};

/** Whether P013 accepts the form; an unknown category is not checked by P013 either. */
export function formFits(
  form: PairForm,
  mentor: MentorCategory | undefined,
  mentee: MenteeCategory | undefined,
): boolean {
  const need = formRequirements(form);
  if (need.mentor && mentor !== undefined && !need.mentor.includes(mentor)) return false;
  if (need.mentee && mentee !== undefined && !need.mentee.includes(mentee)) return false;
  return true;
}

function naturalness(form: PairForm, mentor: MentorCategory | undefined, mentee: MenteeCategory | undefined) {
  const [left, right] = form.split(" – ");
  return (LEFT_NAMES[left] === mentor ? 1 : 0) + (RIGHT_NAMES[right] === mentee ? 1 : 0);
}

const memo = new Map<string, PairForm | null>();

/**
 * The form for a mentor and a mentee of these categories, or null when no form fits (e.g. an
 * «Иное» mentor, or a teacher for a «Студент»): such a pair is never suggested. Ties keep the
 * catalogue order, so two unknown categories give «Учитель – учитель».
 */
export function formFor(
  mentor: MentorCategory | undefined,
  mentee: MenteeCategory | undefined,
): PairForm | null {
  const key = `${mentor ?? ""}|${mentee ?? ""}`;
  if (memo.has(key)) return memo.get(key)!;
  let best: PairForm | null = null;
  let bestRank = -1;
  for (const form of pairForms.values) {
    if (!formFits(form, mentor, mentee)) continue;
    const rank = naturalness(form, mentor, mentee);
    if (rank > bestRank) [best, bestRank] = [form, rank];
  }
  memo.set(key, best);
  return best;
}
