/**
 * One PlanValue → an ExcelJS cell value and format. Strings are always stored as plain text
 * (shared strings), never parsed: «=HYPERLINK(…)» or «+7 999» arrive as typed.
 */
import type { Cell, CellValue } from "exceljs";
import { DATE_FORMAT, type PlanValue, TEXT_FORMAT } from "../domain/plan/writePlan";
import { type StyleParts, applyStyleParts, linkStyleParts } from "./cellStyle";
import { isDateFormat } from "../domain/values/numberFormat";
import { utcDateOfIso } from "./rawDates";
import { excelCellText } from "./xmlText";

// Excel refuses a string constant over 255 characters inside a formula (HYPERLINK's text).
const MAX_FORMULA_STRING = 255;

type PlanObject = Exclude<PlanValue, string | number | boolean | null>;

export function excelValueOf(value: PlanValue): CellValue {
  if (value === null) return null;
  switch (typeof value) {
    case "string":
      return excelCellText(value);
    case "number":
      return Number.isFinite(value) ? value : null; // NaN/Infinity would make the file unreadable
    case "boolean":
      return value;
    default:
      return objectValueOf(value);
  }
}

function objectValueOf(value: PlanObject): CellValue {
  if ("date" in value) {
    const d = utcDateOfIso(value.date);
    if (d === null) throw new Error(`Неверная дата в плане записи: «${value.date}» (нужно ГГГГ-ММ-ДД)`);
    return d;
  }
  if ("formula" in value) return { formula: value.formula.replace(/^=/, "") };
  if ("asText" in value) return excelValueOf(value.asText);
  return linkValueOf(value.link, value.text);
}

/**
 * An in-workbook link as a HYPERLINK formula with its text as the cached result. ExcelJS writes a
 * cell hyperlink to `#Sheet!A1` as an external relationship plus a location, which Excel and
 * LibreOffice resolve to a broken «…##…» address; the formula works everywhere.
 */
function linkValueOf(link: string, text: string): CellValue {
  const target = link.startsWith("#") ? link : `#${link}`;
  const shown = text.length > MAX_FORMULA_STRING ? text.slice(0, MAX_FORMULA_STRING) : text;
  return { formula: `HYPERLINK(${formulaString(target)},${formulaString(shown)})`, result: shown };
}

function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Number format and style of a written cell. A date keeps a date format whatever the column's
 * format says; formulas and links never get «@» (Excel would show the formula as text after an edit).
 */
export function formatCell(cell: Cell, value: PlanValue, format: string | null, parts: StyleParts): void {
  const kind = kindOf(value);
  if (kind === "date") cell.numFmt = format !== null && isDateFormat(format) ? format : DATE_FORMAT;
  else if (kind === "asText") cell.numFmt = TEXT_FORMAT;
  else if (format !== null && !(format === TEXT_FORMAT && (kind === "formula" || kind === "link"))) {
    cell.numFmt = format;
  }
  applyStyleParts(cell, kind === "link" ? linkStyleParts(parts) : parts);
}

function kindOf(value: PlanValue): "plain" | "date" | "formula" | "link" | "asText" {
  if (value === null || typeof value !== "object") return "plain";
  if ("date" in value) return "date";
  if ("asText" in value) return "asText";
  return "formula" in value ? "formula" : "link";
}

export function writePlanCell(cell: Cell, value: PlanValue, format: string | null, parts: StyleParts): void {
  cell.value = excelValueOf(value);
  formatCell(cell, value, format, parts);
}
