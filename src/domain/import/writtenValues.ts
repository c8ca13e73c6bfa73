/**
 * A value as import writes it (cli.md "Import" 3): canonical enum values, dates as date cells,
 * numbers as numbers, да/нет; a value that cannot be read is written as its original text
 * («не прочитано»); unmapped cells keep their value as it is. And how the report shows it.
 */
import { isRawDate, isRawError, type RawCell } from "../grid";
import type { PlanValue } from "../plan/writePlan";
import type { ColumnType } from "../template/columns";
import type { ItemSpec } from "../template/keyValue";
import { cleanText, lowerYo } from "../text/normalize";
import { NOMINATIVE_MONTHS } from "../values/dateText";
import { dayFromIso, isoOf, ruDateOf } from "../values/dates";
import { displayOf, numberText, type Read } from "../values/parse";
import type { ReportValue } from "./model";

/** The written form of a value read successfully from a column of this type. */
export function writtenOf(value: unknown, type: ColumnType | ItemSpec["type"]): PlanValue {
  switch (type.kind) {
    case "date":
      return { date: isoOf(value as number) };
    case "yesno":
      return value ? "да" : "нет";
    case "number":
      return value as number;
    default:
      return value as string;
  }
}

/** A cell kept as it is: text stays text (never a formula), a date cell a date, an error its text. */
export function asItIs(raw: RawCell): PlanValue {
  if (raw === null) return null;
  if (typeof raw === "string") return raw.trim() === "" ? null : { asText: raw };
  if (isRawDate(raw)) return { date: raw.iso };
  if (isRawError(raw)) return { asText: raw.text };
  return raw;
}

/**
 * A value that could not be read, written as the text the cell shows: a number that is no period
 * stays the text «3776», never a number a date column would read as a serial the next time.
 */
export function keptAsText(raw: RawCell): PlanValue {
  if (typeof raw === "string") return raw.trim() === "" ? null : { asText: raw };
  const shown = displayOf(raw);
  return shown === null ? null : { asText: shown };
}

/** The text a report shows for a written value: dates ДД.ММ.ГГГГ. */
export function shownOf(v: PlanValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  if ("date" in v) {
    const d = dayFromIso(v.date);
    return d === null ? v.date : ruDateOf(d);
  }
  if ("asText" in v) return v.asText;
  if ("link" in v) return v.text;
  return v.formula;
}

/** The value as the JSON report carries it: dates as ISO text. */
export function reportValueOf(v: PlanValue): ReportValue {
  if (v === null || typeof v !== "object") return v;
  if ("date" in v) return v.date;
  return shownOf(v);
}

/** Whether writing `v` for a cell changes what the cell shows (so the change is listed). */
export function changesShown(raw: RawCell, v: PlanValue): boolean {
  return displayOf(raw) !== shownOf(v);
}

/**
 * How a value was read, for the report's note: the reading of workbook.md that turned the text
 * into the value («месяц и год», «срок «до …»», «дата с «г.»»…).
 */
export function readingNote(raw: RawCell, type: ColumnType | ItemSpec["type"], read: Read<unknown>): string {
  if (typeof raw === "number") return type.kind === "date" ? "число как дата" : "значение";
  if (typeof raw === "boolean") return "логическое значение";
  if (typeof raw !== "string") return "значение";
  const t = lowerYo(cleanText(raw));
  switch (type.kind) {
    case "date":
      if (t.startsWith("до ")) return "срок «до …»";
      if (t.startsWith("в течение")) return "в течение года";
      if (/г\.? ?р\.?$|года рождения$/.test(t) || /^\d{4}$/.test(t)) return "год рождения";
      if (NOMINATIVE_MONTHS.some((m) => t.includes(m))) return "месяц и год";
      return read.state === "ok" && read.note !== undefined ? "дата" : "дата из текста";
    case "number":
      return read.state === "ok" && read.note !== undefined ? "число с единицами" : "число из текста";
    case "yesno":
      return "да/нет";
    case "enum":
      return "значение из списка";
    case "schoolYear":
      return "учебный год";
    default:
      return "текст";
  }
}
