/**
 * Office.js cell values → the domain's raw cells. Office returns numbers for dates, so the number
 * format decides: a number under a date format is a date cell (as ExcelJS reports it on files).
 */
import { rawDate, type RawCell } from "../domain/grid";
import { dayFromSerial, isoOf } from "../domain/values/dates";
import { isDateFormat } from "../domain/values/numberFormat";

export function rawCellOf(value: unknown, format: unknown, date1904: boolean): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (typeof format === "string" && isDateFormat(format)) {
      const day = dayFromSerial(value, date1904);
      return day === null ? value : rawDate(isoOf(day));
    }
    return value;
  }
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

export function rawRows(
  values: unknown[][],
  formats: unknown[][] | undefined,
  date1904: boolean,
): RawCell[][] {
  return values.map((row, r) => row.map((v, c) => rawCellOf(v, formats?.[r]?.[c], date1904)));
}
