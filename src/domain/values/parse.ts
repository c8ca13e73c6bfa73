/**
 * Reading one cell as the type of its column (workbook.md, "Values: how cells are read").
 * Every reader returns `empty`, a value, or `bad` — never throws, never guesses. A value read by
 * one of the readings marked (i) carries a `note` naming what it was read as (the F008 notice).
 */
import { type RawCell, isRawDate, isRawError } from "../grid";
import type { DateReadings, UnitGroup } from "../template/columns";
import type { EnumSpec } from "../template/enums";
import { cleanText, normalizeEnum } from "../text/normalize";
import { type DateTextRead, readDateText, type SchoolYearFirst } from "./dateText";
import { type DayNumber, dayFromIso, dayFromSerial, ruDateOf, validDay } from "./dates";
import { enumByPrefix } from "./enumText";
import { readNumberText, yearsText } from "./numberText";
import { readYesNoText, YES_NO_WORDS } from "./yesNoText";

/**
 * A value another column of the same row gets from this cell when its own cell is empty: the
 * other end of a period, the kind of «F (K)», the parts of an order written in one cell.
 */
export interface Fill {
  readonly key: string;
  readonly read: Read<unknown>;
  /** The F008 note this cell gets when the fill is used («вид «Групповое»»). */
  readonly note?: string;
}

export type Read<T> =
  | { readonly state: "empty" }
  | {
      readonly state: "ok";
      readonly value: T;
      /** What the value was read as, for F008 («01.09.2023», «0,25 года», ««да»»). */
      readonly note?: string;
      readonly fills?: readonly Fill[];
    }
  | {
      readonly state: "bad";
      /** The problem is reported on another cell (the period it should have come from). */
      readonly quiet?: boolean;
      readonly fills?: readonly Fill[];
    };

export const EMPTY: Read<never> = { state: "empty" };
export const BAD: Read<never> = { state: "bad" };
export const QUIET_BAD: Read<never> = { state: "bad", quiet: true };
export const ok = <T>(value: T): Read<T> => ({ state: "ok", value });
const noted = <T>(value: T, note: string | undefined): Read<T> =>
  note === undefined ? ok(value) : { state: "ok", value, note };

// Reads are immutable, so the values that recur in every row (да/нет, enum labels) share one
// `ok` object each instead of allocating one per cell.
const OK_TRUE = ok(true);
const OK_FALSE = ok(false);
const sharedOks = new Map<string, Read<string>>();
/** The shared `ok` read of a catalogue value (the catalogue is finite, so the map stays small). */
function sharedOk<T extends string>(value: T): Read<T> {
  let r = sharedOks.get(value);
  if (r === undefined) {
    r = ok(value);
    sharedOks.set(value, r);
  }
  return r as Read<T>;
}

/** Shortest decimal form with «.» (75, 0.5), as rules.md wants `value` for numbers. */
export function numberText(n: number): string {
  return String(n);
}

/**
 * The `value` an issue reports for a cell: cleaned text, a number's shortest form, a date cell as
 * ДД.ММ.ГГГГ, null when empty. Text is never evaluated: «=HYPERLINK(…)» stays that text.
 */
export function displayOf(raw: RawCell): string | null {
  if (raw === null) return null;
  if (typeof raw === "string") {
    const t = cleanText(raw);
    return t === "" ? null : t;
  }
  if (typeof raw === "number") return numberText(raw);
  if (typeof raw === "boolean") return raw ? "ИСТИНА" : "ЛОЖЬ";
  if (isRawDate(raw)) {
    const d = dayFromIso(raw.iso);
    return d === null ? raw.iso : ruDateOf(d);
  }
  return raw.text;
}

/**
 * Empty: no value, or text that is only whitespace. Cheap: no formatting of dates or numbers, and
 * no trimmed copy of the text (every cell of every row passes here; most answer at their first
 * character).
 */
export function isEmptyCell(raw: RawCell): boolean {
  if (raw === null) return true;
  if (typeof raw !== "string") return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // Printable ASCII and Cyrillic are never whitespace; anything else is asked to JavaScript's \s.
    if ((c > 32 && c < 127) || (c >= 0x400 && c <= 0x4ff)) return false;
    if (!WHITESPACE.test(raw[i])) return false;
  }
  return true;
}
const WHITESPACE = /\s/;

export function readText(raw: RawCell): Read<string> {
  const t = displayOf(raw);
  return t === null ? EMPTY : ok(t);
}

/** Whatever a date column may need to read a cell. */
export interface DateContext {
  readonly date1904: boolean;
  /** First year of the school year «в течение года» means (null: none known). */
  readonly schoolYearFirst?: SchoolYearFirst;
}

/** The readings of a date column that takes full dates only («Приказ от», «Отчётная дата»). */
const FULL_DATES_ONLY: DateReadings = {};

/** A year typed as a number in a column that takes a year alone: 1900–2100, not a serial. */
const isYearNumber = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * A date cell, a serial, or text by the readings of the column (workbook.md, "Dates"). A period
 * read in a column that takes one gives this column its end and fills the other column.
 */
export function readDate(
  raw: RawCell,
  ctx: DateContext | boolean,
  readings: DateReadings = FULL_DATES_ONLY,
): Read<DayNumber> {
  if (isEmptyCell(raw)) return EMPTY;
  const context = typeof ctx === "boolean" ? { date1904: ctx } : ctx;
  if (isRawDate(raw)) {
    const d = dayFromIso(raw.iso);
    return d === null ? BAD : ok(d);
  }
  if (typeof raw === "number") {
    // «Дата рождения» typed as 2012: a year, not the serial of 04.07.1905 (README, beyond the spec).
    if (readings.yearAlone && isYearNumber(raw)) return noted(validDay(raw, 1, 1)!, `01.01.${raw}`);
    const d = dayFromSerial(raw, context.date1904);
    return d === null ? BAD : ok(d);
  }
  if (typeof raw !== "string") return BAD;
  const r = readDateText(raw, readings, context.schoolYearFirst ?? null);
  return r === null ? BAD : dateRead(r, readings);
}

function dateRead(r: DateTextRead, readings: DateReadings): Read<DayNumber> {
  if (r.kind === "date") return noted(r.day, r.note ? ruDateOf(r.day) : undefined);
  const period = readings.period!;
  const own = period.takes === "from" ? r.from : r.to;
  const other = period.takes === "from" ? r.to : r.from;
  return {
    state: "ok",
    value: own,
    ...(r.note ? { note: `${ruDateOf(r.from)} – ${ruDateOf(r.to)}` } : {}),
    fills: [{ key: period.fills, read: ok(other) }],
  };
}

/** A number cell, or text with a unit of the column's group (workbook.md, "Numbers"). */
export function readNumber(raw: RawCell, unit: UnitGroup = "none", extraPercent = false): Read<number> {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : BAD;
  if (typeof raw !== "string") return BAD;
  const r = readNumberText(raw, unit, extraPercent);
  if (r === null) return BAD;
  return noted(r.value, r.note ? yearsText(r.value) : undefined);
}

/** A «Настройки» value: its group's units, and a trailing «%» on any row (workbook.md). */
export function readSettingNumber(raw: RawCell, unit: UnitGroup = "none"): Read<number> {
  return readNumber(raw, unit, true);
}

/** да/нет (workbook.md); `documentRef`: a text citing the document is да (the «Сведения» documents). */
export function readYesNo(raw: RawCell, documentRef = false): Read<boolean> {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === "boolean") return raw ? OK_TRUE : OK_FALSE;
  if (typeof raw === "number") return raw === 1 ? OK_TRUE : raw === 0 ? OK_FALSE : BAD;
  if (typeof raw !== "string") return BAD;
  // Most cells hold exactly «да» or «нет»: look the text up as it is first.
  const exact = YES_NO_WORDS.get(raw);
  if (exact !== undefined) return exact ? OK_TRUE : OK_FALSE;
  const r = readYesNoText(raw, documentRef);
  if (r === null) return BAD;
  if (!r.note) return r.value ? OK_TRUE : OK_FALSE;
  return { state: "ok", value: r.value, note: r.value ? "«да»" : "«нет»" };
}

/** An enum: the normalised text among the allowed values and synonyms, then the prefix readings. */
export function readEnum<T extends string>(
  raw: RawCell,
  spec: EnumSpec<T> | ReadonlyMap<string, T>,
): Read<T> {
  // Text goes straight to the (memoised) normalisation, which cleans it as well: it is empty
  // exactly when the text is only whitespace. Other cells are shown as text first (a number 1 →
  // «1»); an error cell is never a value.
  let key: string;
  if (typeof raw === "string") {
    key = normalizeEnum(raw);
    if (key === "") return EMPTY;
  } else {
    const t = displayOf(raw);
    if (t === null) return EMPTY;
    if (isRawError(raw)) return BAD;
    key = normalizeEnum(t);
  }
  const lookup = spec instanceof Map ? spec : (spec as EnumSpec<T>).lookup;
  const v = lookup.get(key);
  if (v !== undefined) return sharedOk(v);
  const prefixed = spec instanceof Map ? undefined : enumByPrefix(key, spec as EnumSpec<T>);
  return prefixed === undefined ? BAD : { state: "ok", value: prefixed, note: `«${prefixed}»` };
}
