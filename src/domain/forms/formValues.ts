/**
 * Reading one value of a monitoring form (forms.md): the number rules of workbook.md with count
 * units («36 чел.», «1 038»), and — through a mapping — a percent sign («83,3%») and да/нет as 1 / 0.
 * A count must be an integer ≥ 0 and a mean 1–10; anything else is unusable (C005), never 0. The
 * text is read by the number readers of workbook.md (src/domain/values/numberText.ts: count units
 * for counts, points for means); a sign is taken off first, so «-3» is said to be negative.
 */
import { type RawCell, isRawDate, isRawError } from "../grid";
import { cleanText } from "../text/normalize";
import { readNumberText } from "../values/numberText";
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

const SIGNS = new Set(["+", "-", "−"]);

/** A text number of the form, or null; `percent` tells whether it ended in «%». */
function parseNumberText(
  text: string,
  role: FormValueOptions["role"],
): { value: number; percent: boolean } | null {
  const t = cleanText(text);
  const negative = SIGNS.has(t[0]) && t[0] !== "+";
  const body = SIGNS.has(t[0]) ? t.slice(1).trimStart() : t;
  const read = readNumberText(body, role === "mean" ? "score" : "count", true);
  if (read === null) return null;
  return { value: negative ? -read.value : read.value, percent: body.endsWith("%") };
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
  const parsed = parseNumberText(raw as string, opts.role);
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
