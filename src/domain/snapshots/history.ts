/**
 * The snapshots of «Срезы» by date. A date fixed twice keeps the rows written last (the sheet is
 * appended to, so the lower row is the later one): fixing again after a correction replaces the
 * figures in the history without deleting what was written before.
 */
import type { DayNumber } from "../values/dates";
import type { Figure } from "./measures";
import type { SnapshotRow } from "./readSnapshots";

export interface Snapshot {
  readonly date: DayNumber;
  /** By measure code. */
  readonly figures: ReadonlyMap<string, Figure>;
}

/** Oldest first. */
export function snapshotHistory(rows: readonly SnapshotRow[]): Snapshot[] {
  const byDate = new Map<DayNumber, Map<string, Figure>>();
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    let figures = byDate.get(r.date);
    if (!figures) byDate.set(r.date, (figures = new Map()));
    figures.set(r.code, { numerator: r.numerator, denominator: r.denominator });
  }
  return [...byDate].sort(([a], [b]) => a - b).map(([date, figures]) => ({ date, figures }));
}

/** The latest snapshot strictly before the day: what «since the previous snapshot» compares with. */
export function previousSnapshot(history: readonly Snapshot[], day: DayNumber): Snapshot | null {
  let found: Snapshot | null = null;
  for (const s of history) if (s.date < day) found = s;
  return found;
}
