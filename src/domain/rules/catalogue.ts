/**
 * The rule catalogue of rules.md (all but the C-codes, which belong to consolidation). The
 * «Проверка» filters, docs and the validator iterate this list.
 */
import {
  birthDateOutOfRange,
  implausibleDate,
  notAllowed,
  notFullName,
  outOfRange,
  requiredEmpty,
  unreadable,
} from "./cells";
import type { RuleDef } from "./define";
import {
  asOfOutsideYear,
  badSchoolYear,
  infoOutOfRange,
  infoRequired,
  infoUnreadable,
  moreThanStaff,
  settingsProblems,
  settingsRange,
} from "./info";
import {
  endBeforeStart,
  formMismatch,
  groupWithTwoMentors,
  duplicatePair,
  mentorOverloaded,
  mentorWithoutConsent,
  orderAfterStart,
  programLength,
  samePerson,
  statusVsDates,
  terminatedWithoutReason,
  twoMentorsOneToOne,
  unknownMentee,
  unknownMentor,
  withoutOrder,
} from "./pairs";
import { duplicatePerson, mentorWithoutPairs, youngMismatch, youngWithoutMentor } from "./persons";
import { readAsNotice } from "./notices";
import { doneWithoutDate, overdueEvent } from "./plan";

export const ruleCatalogue: readonly RuleDef[] = [
  requiredEmpty,
  unreadable,
  notAllowed,
  outOfRange,
  birthDateOutOfRange,
  implausibleDate,
  notFullName,
  readAsNotice,
  infoRequired,
  infoUnreadable,
  infoOutOfRange,
  badSchoolYear,
  asOfOutsideYear,
  moreThanStaff,
  settingsProblems,
  settingsRange,
  duplicatePerson,
  youngMismatch,
  mentorWithoutPairs,
  unknownMentor,
  unknownMentee,
  samePerson,
  endBeforeStart,
  programLength,
  statusVsDates,
  terminatedWithoutReason,
  withoutOrder,
  mentorWithoutConsent,
  twoMentorsOneToOne,
  mentorOverloaded,
  groupWithTwoMentors,
  formMismatch,
  duplicatePair,
  orderAfterStart,
  youngWithoutMentor,
  overdueEvent,
  doneWithoutDate,
];

/**
 * Code → the Russian one-line description and severity, for filters and docs. F002/F004 exist for
 * cells and for «Сведения»/«Настройки»; the general (cell) rule, declared first, names the code.
 */
export const ruleTitles: ReadonlyMap<string, { title: string; severity: string }> = new Map(
  [...ruleCatalogue].reverse().map((r) => [r.code, { title: r.title, severity: r.severity }]),
);
