/** Dates as the domain receives them: calendar days `YYYY-MM-DD`, without time or zone. */
import { type RawDate, rawDate } from "../domain/grid";
import { dayFromIso, dayFromSerial, isoOf } from "../domain/values/dates";

const MS_PER_DAY = 86_400_000;

/**
 * ExcelJS hands dates over as JS Dates whose UTC parts are the calendar date and time Excel shows;
 * `shiftDays` corrects a date system ExcelJS misread (see readWorkbook). Null for an invalid Date.
 */
export function rawDateOfDate(d: Date, shiftDays = 0): RawDate | null {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  return rawDate(isoOf(Math.floor(ms / MS_PER_DAY) + shiftDays));
}

/** A serial under a date format; null when it names no day (negative, 0 or 29.02.1900). */
export function rawDateOfSerial(serial: number, date1904: boolean): RawDate | null {
  const day = dayFromSerial(serial, date1904);
  return day === null ? null : rawDate(isoOf(day));
}

/** `YYYY-MM-DD` → a Date at UTC midnight, as ExcelJS writes dates; null if the day does not exist. */
export function utcDateOfIso(iso: string): Date | null {
  const day = dayFromIso(iso);
  return day === null ? null : new Date(day * MS_PER_DAY);
}
