/**
 * Dates written as text (workbook.md, "Dates"): the readings 1–5, tried in that order, each one a
 * fixed anchored pattern on a cell of bounded length. Which readings a column takes is declared in
 * the catalogue (`DateReadings`); a full date is read everywhere.
 */
import type { DateReadings } from "../template/columns";
import { cleanText, isDash, lowerYo } from "../text/normalize";
import { type DayNumber, daysInMonth, validDay } from "./dates";

/** What a date text reads as; `note` marks the readings (i) of workbook.md (F008). */
export type DateTextRead =
  | { readonly kind: "date"; readonly day: DayNumber; readonly note: boolean }
  | { readonly kind: "period"; readonly from: DayNumber; readonly to: DayNumber; readonly note: boolean };

/**
 * Longer texts are no date of any reading (the longest, a period of two genitive dates with «г.»,
 * is ~50 characters): the patterns below only ever see short strings, whatever a cell holds.
 */
export const MAX_DATE_TEXT = 80;

export const NOMINATIVE = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const monthOfNominative = new Map(NOMINATIVE.map((m, i) => [m, i + 1]));
const monthOfGenitive = new Map(GENITIVE.map((m, i) => [m, i + 1]));

// Each pattern is anchored at both ends, and no two neighbouring parts can match the same
// character, so a failing match gives up after one pass.
const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const GENITIVE_DATE = /^["«“„']?(\d{1,2})["»”“']? ([а-я]+) (\d{4})$/;
const MONTH_YEAR = /^([а-я]+),? ?(\d{4})$/;
const MONTH_RANGE = /^([а-я]+) ?[\u2010-\u2015\u2212-] ?([а-я]+),? ?(\d{4})$/;
const YEAR_ALONE = /^(\d{4})(?: ?(?:г\.? ?р\.?|г\.?|года рождения))?$/;

/** The calendar day named by a full date (reading 1), or null. No rolling over: 31.02 is null. */
export function fullDate(t: string): DayNumber | null {
  if (t.length > MAX_DATE_TEXT) return null;
  let m = DMY.exec(t);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validDay(year, Number(m[2]), Number(m[1]));
  }
  m = ISO.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASH.exec(t);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = GENITIVE_DATE.exec(t);
  if (m) {
    const month = monthOfGenitive.get(m[2]);
    return month === undefined ? null : validDay(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

const YEAR_SUFFIXES = [" года", "года", " гг.", "гг.", " г.", "г.", " г", "г"];

/** Removes one trailing «г.», «г», «гг.» or «года» written after a digit («01.09.2023г.»). */
export function stripYearSuffix(t: string): string {
  for (const suffix of YEAR_SUFFIXES) {
    if (t.length > suffix.length && t.endsWith(suffix)) {
      const rest = t.slice(0, t.length - suffix.length);
      const last = rest.charCodeAt(rest.length - 1);
      if (last >= 48 && last <= 57) return rest;
    }
  }
  return t;
}

/** «сентябрь 2023», «Сентябрь, 2023»: the month and year, or null. */
function monthYear(t: string): { y: number; m: number } | null {
  const match = MONTH_YEAR.exec(t);
  if (!match) return null;
  const m = monthOfNominative.get(match[1]);
  return m === undefined ? null : { y: Number(match[2]), m };
}

const firstDay = (y: number, m: number): DayNumber => validDay(y, m, 1)!;
const lastDay = (y: number, m: number): DayNumber => validDay(y, m, daysInMonth(y, m))!;

/** A month-year or a month range in a column that takes them. */
function monthReading(t: string, which: "first" | "last"): DayNumber | null {
  const my = monthYear(t);
  if (my) return which === "first" ? firstDay(my.y, my.m) : lastDay(my.y, my.m);
  const range = MONTH_RANGE.exec(t);
  if (!range) return null;
  const from = monthOfNominative.get(range[1]);
  const to = monthOfNominative.get(range[2]);
  if (from === undefined || to === undefined) return null;
  const y = Number(range[3]);
  return which === "first" ? firstDay(y, from) : lastDay(y, to);
}

/** One end of a period: a full date, or a month and year (first day for A, last day for B). */
function periodEnd(part: string, which: "first" | "last"): { day: DayNumber; monthYear: boolean } | null {
  const t = stripYearSuffix(part.trim());
  const d = fullDate(t);
  if (d !== null) return { day: d, monthYear: false };
  const my = monthYear(t);
  if (!my) return null;
  return { day: which === "first" ? firstDay(my.y, my.m) : lastDay(my.y, my.m), monthYear: true };
}

function periodOf(a: string, b: string): DateTextRead | null {
  const from = periodEnd(a, "first");
  const to = periodEnd(b, "last");
  if (!from || !to || from.day > to.day) return null;
  return { kind: "period", from: from.day, to: to.day, note: from.monthYear || to.monthYear };
}

const looksIso = (part: string) => ISO.test(part.trim());

/**
 * A period (reading 5): «[с ]A по B», «A – B» (any dash; spaces around it when A or B is an ISO
 * date), «A до B». The text is short (MAX_DATE_TEXT), so trying each dash is bounded work.
 */
export function period(text: string): DateTextRead | null {
  const t = text.startsWith("с ") ? text.slice(2) : text;
  for (const word of [" по ", " до "]) {
    const i = t.indexOf(word);
    if (i > 0) return periodOf(t.slice(0, i), t.slice(i + word.length));
  }
  for (let i = 1; i < t.length - 1; i++) {
    if (!isDash(t.charCodeAt(i))) continue;
    const a = t.slice(0, i);
    const b = t.slice(i + 1);
    if ((looksIso(a) || looksIso(b)) && !(t[i - 1] === " " && t[i + 1] === " ")) continue;
    const p = periodOf(a, b);
    if (p) return p;
  }
  return null;
}

/** «в течение года», «в течение учебного года», alone or with a parenthesised remark. */
export function isDuringYear(t: string): boolean {
  for (const head of ["в течение года", "в течение учебного года"]) {
    if (!t.startsWith(head)) continue;
    const rest = t.slice(head.length).trim();
    return rest === "" || (rest.startsWith("(") && rest.endsWith(")"));
  }
  return false;
}

/** «2012», «2012 г.р.», «2012 года рождения»: the year, or null. */
export function yearAlone(t: string): number | null {
  if (t.length > MAX_DATE_TEXT) return null;
  const m = YEAR_ALONE.exec(t);
  return m ? Number(m[1]) : null;
}

/** The first year of the school year that «в течение года» refers to (null: none known). */
export type SchoolYearFirst = number | null;

/**
 * A date written as text, read by the readings a column takes (workbook.md, "Dates"). Null when no
 * reading applies (F002).
 */
export function readDateText(
  text: string,
  readings: DateReadings,
  schoolYearFirst: SchoolYearFirst,
): DateTextRead | null {
  const t0 = lowerYo(cleanText(text));
  // Before the year suffix is removed: «в течение года» ends with «года».
  if (readings.duringYear && isDuringYear(t0)) {
    if (schoolYearFirst === null) return null;
    return { kind: "date", day: validDay(schoolYearFirst + 1, 5, 31)!, note: true };
  }
  if (t0.length > MAX_DATE_TEXT) return null;
  if (readings.yearAlone) {
    const y = yearAlone(t0);
    if (y !== null) return { kind: "date", day: firstDay(y, 1), note: true };
  }
  const t = stripYearSuffix(t0);
  const full = fullDate(t);
  if (full !== null) return { kind: "date", day: full, note: false };
  if (readings.until && t.startsWith("до ")) {
    const rest = t.slice(3).trim();
    const d = fullDate(rest);
    if (d !== null) return { kind: "date", day: d, note: false };
    const my = monthYear(rest);
    if (my) return { kind: "date", day: lastDay(my.y, my.m), note: true };
    return null;
  }
  if (readings.monthYear) {
    const d = monthReading(t, readings.monthYear);
    if (d !== null) return { kind: "date", day: d, note: true };
  }
  if (readings.period) return period(t);
  return null;
}
