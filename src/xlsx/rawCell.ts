/**
 * One ExcelJS cell → the domain's RawCell. Formula cells give their cached result, rich text and
 * hyperlinks their plain text, errors their text (#N/A); text is never evaluated.
 */
import { type Cell, ValueType } from "exceljs";
import { type RawCell, rawError } from "../domain/grid";
import { isDateFormat } from "../domain/values/numberFormat";
import { rawDateOfDate, rawDateOfSerial } from "./rawDates";

/** How dates are read in one workbook. */
export interface DateContext {
  readonly date1904: boolean;
  /** Days to add to the Dates ExcelJS made, when it read the date system wrongly (else 0). */
  readonly shiftDays: number;
}

export function rawCellOf(cell: Cell, dates: DateContext): RawCell {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge: // a merged cell's value belongs to its top-left cell only
      return null;
    case ValueType.Formula:
      // `cell.result`, not `cell.value.result`: ExcelJS's formula value drops falsy results (0, false, "").
      return scalarOf(cell.result as unknown, cell, dates);
    default:
      return scalarOf(cell.value, cell, dates);
  }
}

function scalarOf(v: unknown, cell: Cell, dates: DateContext): RawCell {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
      return v === "" ? null : v;
    case "number":
      if (!Number.isFinite(v)) return null;
      return isDateFormat(cell.numFmt) ? (rawDateOfSerial(v, dates.date1904) ?? v) : v;
    case "boolean":
      return v;
    case "object":
      return objectOf(v as object, cell, dates);
    default:
      return null;
  }
}

function objectOf(v: object, cell: Cell, dates: DateContext): RawCell {
  if (v instanceof Date) return rawDateOfDate(v, dates.shiftDays);
  if ("error" in v) return rawError(String(v.error));
  if ("richText" in v) return textOf(v);
  if ("hyperlink" in v) return "text" in v ? scalarOf(v.text, cell, dates) : null;
  if ("result" in v) return scalarOf(v.result, cell, dates); // a formula value met outside a formula cell
  return null;
}

/** Plain text of a rich-text value; null when empty. */
function textOf(v: object): string | null {
  if ("richText" in v && Array.isArray(v.richText)) {
    let s = "";
    for (const run of v.richText as readonly { text?: unknown }[]) {
      if (typeof run.text === "string") s += run.text;
    }
    return s === "" ? null : s;
  }
  return null;
}
