/**
 * What one `<c>` element contributes to the domain (workbook.md, "Values"): by its type `t=`, its
 * cached value `<v>` (a formula cell contributes only that: no `<v>`, no value), its inline text
 * `<is>`, and its style (a number under a date format is a date of the workbook's date system).
 *
 * A numeric `<v>` that is not a finite number — `NaN`, `INF`, `-INF` (xsd:double), or text a broken
 * writer put there — is passed on as its text, which no number, date or да/нет reading accepts: the
 * domain reports it (F002) instead of it silently reading as empty.
 */
import { type RawCell, type RawDate, type RawError, rawDate, rawError } from "../domain/grid";
import { dayFromIso, dayFromSerial, isoOf } from "../domain/values/dates";
import type { DateStyles } from "./dateStyles";
import { UnreadableWorkbookError } from "./errors";
import { decodeXString } from "./xstring";

/** 9999-12-31, the last day Excel shows; a larger serial under a date format stays a number. */
const MAX_DATE_SERIAL = 2958465;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export class CellValues {
  // Dates and errors recur in every row: one object per distinct day or code, shared (the grid is read-only).
  private readonly dates = new Map<number, RawDate>();
  private readonly errors = new Map<string, RawError>();

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly dateStyles: DateStyles,
    private readonly date1904: boolean,
  ) {}

  /**
   * The value of a cell of type `type` and style `style`, whose `<v>` text is `v` and whose inline
   * text (already flattened and decoded) is `inline`; null for either when absent.
   */
  of(type: string | undefined, style: number, v: string | null, inline: string | null): RawCell {
    switch (type) {
      case undefined:
      case "n":
        return this.number(v, style);
      case "s":
        return this.shared(v);
      case "str":
        return v === null || v === "" ? null : decodeXString(v);
      case "inlineStr":
        return inline === null || inline === "" ? null : inline;
      case "b":
        return booleanOf(v);
      case "e":
        return v === null || v === "" ? null : this.error(v);
      case "d":
        return v === null || v === "" ? null : this.isoDate(v);
      default:
        return this.number(v, style);
    }
  }

  private number(v: string | null, style: number): RawCell {
    if (v === null) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) return v;
    if (n === 0 && v.trim() === "") return null; // Number("") is 0
    if (style < this.dateStyles.length && this.dateStyles[style] === 1 && n <= MAX_DATE_SERIAL) {
      return this.serialDate(n) ?? n;
    }
    return n;
  }

  private shared(v: string | null): RawCell {
    if (v === null) return null;
    const index = Number(v);
    const text = Number.isInteger(index) && index >= 0 ? this.sharedStrings[index] : undefined;
    if (text === undefined) throw new UnreadableWorkbookError("corrupt", `shared string ${v} does not exist`);
    return text === "" ? null : text;
  }

  private serialDate(serial: number): RawDate | null {
    const day = dayFromSerial(serial, this.date1904);
    return day === null ? null : this.day(day);
  }

  private day(day: number): RawDate {
    let d = this.dates.get(day);
    if (d === undefined) {
      d = rawDate(isoOf(day));
      this.dates.set(day, d);
    }
    return d;
  }

  private error(code: string): RawError {
    let e = this.errors.get(code);
    if (e === undefined) {
      e = rawError(code);
      this.errors.set(code, e);
    }
    return e;
  }

  /** `t="d"`: an ISO 8601 date, time dropped; anything else is kept as its text. */
  private isoDate(v: string): RawCell {
    const m = ISO_DATE.exec(v.trim());
    const day = m === null ? null : dayFromIso(m[0]);
    return day === null ? v : this.day(day);
  }
}

/** xsd:boolean; anything else is kept as its text. */
function booleanOf(v: string | null): RawCell {
  if (v === null) return null;
  switch (v.trim()) {
    case "1":
    case "true":
      return true;
    case "0":
    case "false":
      return false;
    case "":
      return null;
    default:
      return v;
  }
}
