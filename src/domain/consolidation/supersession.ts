/**
 * One file per school (kpi.md, Aggregation; rules.md, C001): when several readable inputs carry
 * one «Код ОО», only the newest is pooled — the later own «Отчётная дата» (never `--as-of`, which
 * gives every file the same D; a file without a readable own date loses to one with a date), then
 * the later modification time, then the later place in processing order. An input without a
 * readable code is its own school.
 */
import type { DayNumber } from "../values/dates";

// Every dash character of rules.md (U+2010–U+2015, U+2212) is «-» in a code.
const DASHES = /[\u2010-\u2015\u2212]/g;

/** «КМР-07», «кмр-07 » and «КМР–07» are one school: trimmed, lower case, dashes as «-». */
export const schoolCodeKey = (code: string): string => code.trim().toLowerCase().replace(DASHES, "-");

/** What deciding between two files of a school needs. */
export interface SchoolSource {
  /** «Код ОО» as written; null when absent or empty. */
  readonly code: string | null;
  /** The file's own «Отчётная дата» (an export's or form's own date), never the override. */
  readonly ownAsOf: DayNumber | null;
  /** The file's modification time (ms since 1970), when the adapter knows it. */
  readonly modified: number | null;
  /** False for a file that could not be read at all: it carries no code worth deciding on. */
  readonly readable: boolean;
}

/** Whether `b` is newer than `a` (b comes later in processing order). */
function isNewer(a: SchoolSource, b: SchoolSource): boolean {
  if (a.ownAsOf !== b.ownAsOf) {
    if (a.ownAsOf === null) return true;
    if (b.ownAsOf === null) return false;
    return b.ownAsOf > a.ownAsOf;
  }
  if (a.modified !== b.modified) {
    if (a.modified === null) return true;
    if (b.modified === null) return false;
    return b.modified > a.modified;
  }
  return true; // the later place in processing order
}

/**
 * For each input, the index of the newest input of its school when that is another one (the
 * input is superseded), else null.
 */
export function supersededBy(sources: readonly SchoolSource[]): (number | null)[] {
  const newest = new Map<string, number>();
  const keys = sources.map((s) => {
    const code = s.code?.trim();
    return s.readable && code ? schoolCodeKey(code) : null;
  });
  keys.forEach((key, i) => {
    if (key === null) return;
    const best = newest.get(key);
    if (best === undefined || isNewer(sources[best], sources[i])) newest.set(key, i);
  });
  return keys.map((key, i) => {
    if (key === null) return null;
    const best = newest.get(key)!;
    return best === i ? null : best;
  });
}
