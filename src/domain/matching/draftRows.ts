/**
 * Accepted suggestions as «Пары» rows with status «Планируется»: numbered after the largest
 * numeric «№ пары/группы» of the sheet, starting the next working day after D, for the shortest
 * programme «Настройки» allows, in a form that fits both categories. Nothing else is filled in:
 * the order, the programme and the scores come later, from the methodist.
 */
import type { SchoolResult } from "../engine";
import type { Mentee, Mentor } from "../model/records";
import type { PlanValue } from "../plan/writePlan";
import { ONE_TO_ONE, type PairForm } from "../template/enums";
import { pairsSheet } from "../template/sheets";
import { addMonths, type DayNumber, isoOf } from "../values/dates";
import { analysisOf } from "./asOf";
import { formFor } from "./forms";

/** A mentor chosen for a mentee: an assigned pair, an accepted suggestion, or the methodist's edit. */
export interface Choice {
  readonly mentee: Mentee;
  readonly mentor: Mentor;
}

export interface DraftRow {
  readonly no: string;
  readonly mentee: Mentee;
  readonly mentor: Mentor;
  /** Null when no form fits the two categories (the cell is left empty for the methodist: F001). */
  readonly form: PairForm | null;
  readonly start: DayNumber;
  readonly plannedEnd: DayNumber;
  /** In the catalogue's column order of «Пары». */
  readonly values: readonly PlanValue[];
}

export const PLANNED = "Планируется";

/** The next Monday–Friday after the day (1970-01-01, day 0, was a Thursday). */
export function nextWorkingDay(day: DayNumber): DayNumber {
  let d = day + 1;
  while ([0, 6].includes((((d + 4) % 7) + 7) % 7)) d++;
  return d;
}

/** The largest «№ пары/группы» that is a whole number; 0 when there is none. */
export function largestPairNumber(result: SchoolResult): number {
  let max = 0;
  for (const p of result.wb.pairs) {
    if (p.no !== undefined && /^\d+$/.test(p.no)) max = Math.max(max, Number(p.no));
  }
  return max;
}

export function draftRows(result: SchoolResult, choices: readonly Choice[]): DraftRow[] {
  const a = analysisOf(result);
  const start = nextWorkingDay(a.asOf);
  // Whole months: addMonths counts calendar months, and P005 compares with the same date.
  const plannedEnd = addMonths(start, Math.ceil(a.settings.minProgramMonths));
  const first = largestPairNumber(result) + 1;
  return choices.map((c, k) => {
    const no = String(first + k);
    const form = formFor(c.mentor.category, c.mentee.category);
    const cells: Record<string, PlanValue> = {
      no,
      mentor: c.mentor.name ?? null,
      mentee: c.mentee.name ?? null,
      form,
      kind: ONE_TO_ONE,
      start: { date: isoOf(start) },
      plannedEnd: { date: isoOf(plannedEnd) },
      status: PLANNED,
    };
    return {
      no,
      mentee: c.mentee,
      mentor: c.mentor,
      form,
      start,
      plannedEnd,
      values: pairsSheet.columns.map((col) => cells[col.key] ?? null),
    };
  });
}
