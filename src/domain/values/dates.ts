/**
 * Calendar dates without time or zone, as integer day numbers (days since 1970-01-01), so that
 * comparisons are plain integer comparisons and nothing depends on the machine's time zone.
 */

export type DayNumber = number;

/**
 * Days since 1970-01-01 for a proleptic Gregorian date, by integer arithmetic (H. Hinnant's
 * days_from_civil): no Date objects on the hot path of reading thousands of cells.
 */
export function dayFromYmd(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day for y-m-d, or null if that calendar day does not exist (no rolling over). */
export function validDay(y: number, m: number, d: number): DayNumber | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayFromYmd(y, m, d);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

/** civil_from_days, the inverse of dayFromYmd. */
export function ymdOf(day: DayNumber): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** `YYYY-MM-DD` */
export function isoOf(day: DayNumber): string {
  const { y, m, d } = ymdOf(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `ДД.ММ.ГГГГ`, the Russian display form. */
export function ruDateOf(day: DayNumber): string {
  const { y, m, d } = ymdOf(day);
  return `${pad(d)}.${pad(m)}.${pad(y, 4)}`;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** `YYYY-MM-DD` → day (parsed by hand: every date cell of every file passes here). */
export function dayFromIso(iso: string): DayNumber | null {
  if (iso.length !== 10 || iso[4] !== "-" || iso[7] !== "-") return null;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(iso, i)) return null;
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  return validDay(y, digit(iso, 5) * 10 + digit(iso, 6), digit(iso, 8) * 10 + digit(iso, 9));
}

/** Adds calendar months; the day is clamped to the end of the target month (31.01 + 1 → 29.02). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { y, m, d } = ymdOf(day);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return dayFromYmd(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addYears(day: DayNumber, years: number): DayNumber {
  return addMonths(day, years * 12);
}

/** The school year (01.09 – 31.08) that contains the day: its first calendar year. */
export function schoolYearStartOf(day: DayNumber): number {
  const { y, m } = ymdOf(day);
  return m >= 9 ? y : y - 1;
}

export function schoolYearLabel(firstYear: number): string {
  return `${firstYear}/${firstYear + 1}`;
}

// Excel serials: the 1900 system counts 1900-01-01 as serial 1 and includes the fictitious
// 29.02.1900 (serial 60); from serial 61 on, day 0 is effectively 1899-12-30.
const EPOCH_1900 = dayFromYmd(1899, 12, 30);
const EPOCH_1900_EARLY = dayFromYmd(1899, 12, 31);
const EPOCH_1904 = dayFromYmd(1904, 1, 1);

/** Converts an Excel serial (time part dropped) to a day; null for serials that name no day. */
export function dayFromSerial(serial: number, date1904: boolean): DayNumber | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const whole = Math.floor(serial);
  if (date1904) return EPOCH_1904 + whole;
  if (whole === 0 || whole === 60) return null; // 00.01.1900 and 29.02.1900 do not exist
  return whole < 60 ? EPOCH_1900_EARLY + whole : EPOCH_1900 + whole;
}

/** The 1900-system serial of a day (what Office.js writes for a date). */
export function serialFromDay(day: DayNumber): number {
  const s = day - EPOCH_1900;
  return s < 61 ? s - 1 : s;
}

/** The calendar day of a moment on the local clock (the user's time zone), e.g. «Сформировано …». */
export function localDay(moment: Date): DayNumber {
  return dayFromYmd(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}
