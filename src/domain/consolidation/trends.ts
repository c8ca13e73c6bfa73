/**
 * The pooled dynamics of a consolidation: for every date on which some school fixed a snapshot,
 * each measure pooled over the schools with a snapshot on that date — numerators summed,
 * denominators summed (kpi.md, Aggregation: a share is never averaged), means as sums over counts.
 * A school without a snapshot on a date is not in that date's figures: there is nothing of it to
 * add, and a value from another date would mix two moments. As in the total, every readable file
 * is its own unit, a C001 duplicate included; an unreadable file has no history.
 */
import { figureValue, snapshotMeasures, type Figure } from "../snapshots/measures";
import type { DayNumber } from "../values/dates";
import type { ConsolidationInput } from "./input";

export interface PooledFigure extends Figure {
  /** Files whose snapshot on the date has this measure. */
  readonly schools: number;
  /** numerator / denominator (a count for counts); null when the pooled denominator is 0. */
  readonly value: number | null;
}

export interface PooledSnapshot {
  readonly date: DayNumber;
  /** Files with a snapshot on this date. */
  readonly schools: number;
  /** By measure code, in the measure catalogue's order; a measure no file has on the date is absent. */
  readonly figures: Readonly<Record<string, PooledFigure>>;
}

/** Oldest first. */
export function poolSnapshots(inputs: readonly ConsolidationInput[]): PooledSnapshot[] {
  const byDate = new Map<DayNumber, { schools: number; sums: Map<string, Figure & { schools: number }> }>();
  for (const input of inputs) {
    if (input.status === "unreadable") continue;
    for (const s of input.snapshots) {
      let day = byDate.get(s.date);
      if (!day) byDate.set(s.date, (day = { schools: 0, sums: new Map() }));
      let counted = false;
      for (const m of snapshotMeasures) {
        const f = s.figures[m.code];
        // A share or mean without its denominator cannot be pooled (nor computed on its own).
        if (f === undefined || (m.unit !== "count" && f.denominator === null)) continue;
        const sum = day.sums.get(m.code) ?? {
          numerator: 0,
          denominator: m.unit === "count" ? null : 0,
          schools: 0,
        };
        day.sums.set(m.code, {
          numerator: sum.numerator + f.numerator,
          denominator: sum.denominator === null ? null : sum.denominator + f.denominator!,
          schools: sum.schools + 1,
        });
        counted = true;
      }
      if (counted) day.schools++;
    }
  }
  return [...byDate]
    .filter(([, d]) => d.schools > 0)
    .sort(([a], [b]) => a - b)
    .map(([date, d]) => ({
      date,
      schools: d.schools,
      figures: Object.fromEntries(
        snapshotMeasures.flatMap((m) => {
          const sum = d.sums.get(m.code);
          return sum === undefined ? [] : [[m.code, { ...sum, value: figureValue(m.unit, sum) }]];
        }),
      ),
    }));
}
