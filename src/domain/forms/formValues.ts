/**
 * Reading one value of a monitoring form (forms.md): the number rules of workbook.md with count
 * units («36 чел.», «1 038»), and — through a mapping — a percent sign («83,3%») and да/нет as 1 / 0.
 * A count must be an integer ≥ 0 and a mean 1–10; anything else is unusable (C005), never 0.
 *
 * TODO(merge with issue 13): the v2 number readers of src/domain/values (units, thousands
 * separators) land with the reading rewrite; this module should then delegate the text parsing to
 * them and keep only the form's own checks (integer ≥ 0, 1–10, да/нет only through a mapping).
 */
import { type RawCell, isRawDate, isRawError } from "../grid";
import { cleanText } from "../text/normalize";
import { isEmptyCell, readYesNo } from "../values/parse";

export type FormValueProblem = "text" | "negative" | "fraction" | "yesno" | "range" | "date";

export type FormValue =
  | { readonly state: "empty" }
  | { readonly state: "ok"; readonly value: number }
  | { readonly state: "bad"; readonly problem: FormValueProblem };

export interface FormValueOptions {
  /** «mean»: 1–10; «count»: an integer ≥ 0. */
  readonly role: "count" | "mean";
  /** Through a mapping: да/нет counts 1 / 0 and a trailing «%» is allowed. */
  readonly mapped: boolean;
}

const EMPTY: FormValue = { state: "empty" };
const bad = (problem: FormValueProblem): FormValue => ({ state: "bad", problem });

// Digits with optional thousands groups (space, no-break or thin space), an optional decimal part,
// then an optional unit: counts («чел.», «человек», «ед.», «шт.»), points of a mean («балла»), «%».
const NUMBER =
  /^([+\-−]?)(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*(%|чел\.?|человека?|ед\.?|шт\.?|балл(?:а|ов)?)?$/iu;

/** A text number of the form, or null; `percent` tells whether it ended in «%». */
function parseNumberText(text: string): { value: number; percent: boolean } | null {
  const m = NUMBER.exec(cleanText(text));
  if (m === null) return null;
  const whole = m[2].replace(/[ \u00a0\u2009\u202f]/g, "");
  const value = Number(m[3] === undefined ? whole : `${whole}.${m[3]}`);
  return { value: m[1] === "-" || m[1] === "−" ? -value : value, percent: m[4] === "%" };
}

function checked(value: number, role: FormValueOptions["role"]): FormValue {
  if (!Number.isFinite(value)) return bad("text");
  if (role === "mean") return value >= 1 && value <= 10 ? { state: "ok", value } : bad("range");
  if (value < 0) return bad("negative");
  return Number.isInteger(value) ? { state: "ok", value } : bad("fraction");
}

export function readFormValue(raw: RawCell, opts: FormValueOptions): FormValue {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === "number") return checked(raw, opts.role);
  if (isRawDate(raw)) return bad("date");
  if (isRawError(raw)) return bad("text");
  if (typeof raw === "boolean") return opts.mapped ? checked(raw ? 1 : 0, opts.role) : bad("yesno");
  const parsed = parseNumberText(raw as string);
  if (parsed !== null) {
    if (parsed.percent && !opts.mapped) return bad("text");
    return checked(parsed.value, opts.role);
  }
  const yesNo = readYesNo(raw);
  if (yesNo.state === "ok") return opts.mapped ? checked(yesNo.value ? 1 : 0, opts.role) : bad("yesno");
  return bad("text");
}

/** Why a value cannot be used, for the C005 message. */
export const problemText: Record<FormValueProblem, string> = {
  text: "это не число",
  negative: "число не может быть отрицательным",
  fraction: "количество должно быть целым числом",
  yesno: "это да/нет, а нужно число",
  range: "средняя оценка должна быть от 1 до 10",
  date: "это дата, а нужно число",
};
