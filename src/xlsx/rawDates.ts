/** Dates as the writer hands them to ExcelJS. */
import { dayFromIso } from "../domain/values/dates";

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` → a Date at UTC midnight, as ExcelJS writes dates; null if the day does not exist. */
export function utcDateOfIso(iso: string): Date | null {
  const day = dayFromIso(iso);
  return day === null ? null : new Date(day * MS_PER_DAY);
}
