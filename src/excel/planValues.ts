/**
 * Plan values → what Office.js writes: formulas the add-in generates stay formulas, dates become
 * serials under a date format, and any text that Excel would take for a formula («=…», «+7…»)
 * gets the text format first, so that it arrives as the text it is.
 */
import type { CellBlock, PlanValue } from "../domain/plan/writePlan";
import { DATE_FORMAT, TEXT_FORMAT } from "../domain/plan/writePlan";
import { dayFromIso, serialFromDay } from "../domain/values/dates";

const FORMULA_LIKE = /^[=+\-@]/;
const GENERAL = "General";

export function cellValue(v: PlanValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v !== "object") return v;
  if ("date" in v) {
    const day = dayFromIso(v.date);
    return day === null ? v.date : serialFromDay(day);
  }
  if ("formula" in v) return v.formula;
  if ("asText" in v) return v.asText;
  return `=HYPERLINK("#${v.link.replace(/"/g, '""')}","${v.text.replace(/"/g, '""')}")`;
}

export function cellFormat(v: PlanValue, base: string | null): string {
  if (v !== null && typeof v === "object" && "date" in v) return DATE_FORMAT;
  if (v !== null && typeof v === "object" && "asText" in v) return TEXT_FORMAT;
  if (typeof v === "string" && FORMULA_LIKE.test(v)) return TEXT_FORMAT;
  return base ?? GENERAL;
}

/** The base number format of column `c` of a block. */
export function baseFormat(block: Pick<CellBlock, "numberFormat">, c: number): string | null {
  const f = block.numberFormat;
  if (f === undefined) return null;
  return typeof f === "string" ? f : (f[c] ?? null);
}

export function rowsToWrite(
  rows: readonly (readonly PlanValue[])[],
  formatOf: (c: number) => string | null,
): { values: (string | number | boolean)[][]; formats: string[][] } {
  return {
    values: rows.map((r) => r.map(cellValue)),
    formats: rows.map((r) => r.map((v, c) => cellFormat(v, formatOf(c)))),
  };
}
