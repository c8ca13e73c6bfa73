/**
 * Reading one cell as the type of its column (workbook.md, "Values: how cells are read").
 * Every reader returns `empty`, a value, or `bad` — never throws, never guesses.
 */
import { type RawCell, isRawDate, isRawError } from "../grid";
import { cleanText, normalizeEnum } from "../text/normalize";
import { type DayNumber, dayFromIso, dayFromSerial, ruDateOf, validDay } from "./dates";

export type Read<T> =
  { readonly state: "empty" } | { readonly state: "ok"; readonly value: T } | { readonly state: "bad" };

export const EMPTY: Read<never> = { state: "empty" };
export const BAD: Read<never> = { state: "bad" };
export const ok = <T>(value: T): Read<T> => ({ state: "ok", value });

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

/** Empty: no value, or text that is only whitespace. (Cheap: no formatting of dates or numbers.) */
export function isEmptyCell(raw: RawCell): boolean {
  return raw === null || (typeof raw === "string" && raw.trim() === "");
}

export function readText(raw: RawCell): Read<string> {
  const t = displayOf(raw);
  return t === null ? EMPTY : ok(t);
}

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses the text date forms of workbook.md; null when the text names no existing day. */
export function parseDateText(text: string): DayNumber | null {
  const t = cleanText(text);
  let m = DMY.exec(t);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validDay(year, Number(m[2]), Number(m[1]));
  }
  m = YMD.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export function readDate(raw: RawCell, date1904: boolean): Read<DayNumber> {
  if (isEmptyCell(raw)) return EMPTY;
  if (isRawDate(raw)) {
    const d = dayFromIso(raw.iso);
    return d === null ? BAD : ok(d);
  }
  if (typeof raw === "number") {
    const d = dayFromSerial(raw, date1904);
    return d === null ? BAD : ok(d);
  }
  if (typeof raw === "string") {
    const d = parseDateText(raw);
    return d === null ? BAD : ok(d);
  }
  return BAD;
}

const NUMBER_TEXT = /^(\d+)(?:[.,](\d+))?\s*(?:год|года|лет)?$/i;

export function readNumber(raw: RawCell): Read<number> {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : BAD;
  if (typeof raw === "string") {
    const m = NUMBER_TEXT.exec(cleanText(raw));
    if (!m) return BAD;
    return ok(Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`));
  }
  return BAD;
}

/** A settings value: a number with an optional trailing «%». */
export function readSettingNumber(raw: RawCell): Read<number> {
  if (typeof raw === "string") return readNumber(cleanText(raw).replace(/\s*%$/, ""));
  return readNumber(raw);
}

const YES = ["да", "+", "1", "true", "yes", "истина"];
const NO = ["нет", "-", "0", "false", "no", "ложь"];
/** Lower-case text → its read. */
const YES_NO = new Map<string, Read<boolean>>([
  ...YES.map((t) => [t, OK_TRUE] as const),
  ...NO.map((t) => [t, OK_FALSE] as const),
]);

export function readYesNo(raw: RawCell): Read<boolean> {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === "boolean") return raw ? OK_TRUE : OK_FALSE;
  if (typeof raw === "number") return raw === 1 ? OK_TRUE : raw === 0 ? OK_FALSE : BAD;
  if (typeof raw === "string") {
    // Most cells hold exactly «да» or «нет»: look the text up as it is before cleaning and
    // lower-casing a copy (a key is clean and lower case, so a hit reads the same either way).
    const exact = YES_NO.get(raw);
    if (exact !== undefined) return exact;
    return YES_NO.get(cleanText(raw).toLowerCase()) ?? BAD;
  }
  return BAD;
}

/** An enum: a lookup from the normalised form of each allowed value and synonym. */
export function readEnum<T extends string>(raw: RawCell, lookup: ReadonlyMap<string, T>): Read<T> {
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
  const v = lookup.get(key);
  return v === undefined ? BAD : sharedOk(v);
}
