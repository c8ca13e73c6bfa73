/**
 * Numbers written as text (workbook.md, "Numbers"): a number and an optional unit of the column's
 * group. Each reading is one anchored pattern on a cell of bounded length; the unit is then looked
 * up in the group's list.
 */
import type { UnitGroup } from "../template/columns";
import { cleanText, lowerYo } from "../text/normalize";

export interface NumberTextRead {
  readonly value: number;
  /** A reading marked (i): months as years, years and months, «свыше N лет». */
  readonly note: boolean;
}

/** No number with a unit is longer than this («свыше 1 000 000 человека» is 27 characters). */
export const MAX_NUMBER_TEXT = 60;

const YEARS = ["год", "года", "лет", "г.", "г", "л.", "л"];
const MONTHS = ["мес.", "мес", "месяц", "месяца", "месяцев"];
const UNITS: Record<UnitGroup, readonly string[]> = {
  years: YEARS,
  months: MONTHS,
  count: ["чел.", "чел", "человек", "человека", "ед.", "шт."],
  score: ["балл", "балла", "баллов"],
  percent: ["%"],
  none: [],
};
const unitSets = Object.fromEntries(
  Object.entries(UNITS).map(([g, units]) => [g, new Set(units)]),
) as unknown as Record<UnitGroup, ReadonlySet<string>>;
const monthUnits = new Set(MONTHS);
const yearUnits = new Set(YEARS);

// The number: digits with an optional decimal part, or an integer in groups of three. (The cell's
// U+00A0 and U+202F are plain spaces after cleaning.) The unit starts with a non-digit.
const NUMBER = String.raw`(\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)`;
const NUMBER_AND_UNIT = new RegExp(`^${NUMBER}(?: ?([^\\d ][^\\d]*))?$`);
const YEARS_AND_MONTHS = /^(\d+) ?([а-я]+\.?) ?(\d+) ?([а-я]+\.?)$/;
const AT_LEAST = new RegExp(`^(свыше|более|больше|св\\.) ?${NUMBER}(?: ?([^\\d ][^\\d]*))?$`);

const numberOf = (s: string): number => Number(s.replace(/ /g, "").replace(",", "."));

/** The value of a number text in a column of a unit group, or null (F002). */
const PLAIN_NUMBER = /^\d{1,15}(?:[.,]\d{1,15})?$/;

export function readNumberText(text: string, unit: UnitGroup, extraPercent = false): NumberTextRead | null {
  // A plain «3» or «0,5» needs no clean-up copy.
  if (text.length <= 31 && PLAIN_NUMBER.test(text)) return { value: numberOf(text), note: false };
  const t = lowerYo(cleanText(text));
  if (t.length > MAX_NUMBER_TEXT) return null;
  const accepts = (u: string | undefined) =>
    u === undefined || unitSets[unit].has(u) || (extraPercent && u === "%");
  const m = NUMBER_AND_UNIT.exec(t);
  if (m) {
    const n = numberOf(m[1]);
    if (accepts(m[2])) return { value: n, note: false };
    // A duration in months in a column of years: «3 мес.» is a quarter of a year (i).
    if (unit === "years" && monthUnits.has(m[2])) return { value: n / 12, note: true };
    return null;
  }
  if (unit !== "years") return null;
  const ym = YEARS_AND_MONTHS.exec(t);
  if (ym) {
    const months = Number(ym[3]);
    if (!yearUnits.has(ym[2]) || !monthUnits.has(ym[4]) || months > 11) return null;
    return { value: Number(ym[1]) + months / 12, note: true };
  }
  const atLeast = AT_LEAST.exec(t);
  if (atLeast && (atLeast[3] === undefined || yearUnits.has(atLeast[3]))) {
    return { value: numberOf(atLeast[2]), note: true };
  }
  return null;
}

const ru = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 4, useGrouping: false });

/** «0,25 года», «30 лет», «1 год»: how an F008 names a number of years. */
export function yearsText(n: number): string {
  if (!Number.isInteger(n)) return `${ru.format(n)} года`;
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11
      ? "год"
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? "года"
        : "лет";
  return `${ru.format(n)} ${word}`;
}
