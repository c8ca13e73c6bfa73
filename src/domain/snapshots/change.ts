/**
 * «С прошлого среза»: how a KPI moved since the latest snapshot before D. Shares move in
 * percentage points (a share's change in percent of itself would mislead at small schools).
 */
import type { KpiValues } from "../kpi/types";
import type { DayNumber } from "../values/dates";
import type { Snapshot } from "./history";
import { figureValue, type MeasureUnit, type SnapshotMeasure } from "./measures";

export interface Change {
  readonly code: string;
  readonly unit: MeasureUnit;
  readonly since: DayNumber;
  /** Current minus previous: a fraction for shares (×100 = п.п.), else in the measure's own unit. */
  readonly delta: number;
}

/** Null when the previous snapshot lacks the measure or either value is undefined (denominator 0). */
export function changeSince(measure: SnapshotMeasure, values: KpiValues, previous: Snapshot): Change | null {
  const before = previous.figures.get(measure.code);
  if (!before) return null;
  const now = figureValue(measure.unit, measure.of(values));
  const then = figureValue(measure.unit, before);
  if (now === null || then === null) return null;
  return { code: measure.code, unit: measure.unit, since: previous.date, delta: now - then };
}
