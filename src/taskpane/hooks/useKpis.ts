/**
 * «Показатели»: the workbook is read once (and again on «Обновить»); the KPIs are the engine's,
 * recomputed in memory when the user picks another date. The only write is «Зафиксировать срез»,
 * which appends the figures shown to «Срезы» and reads the workbook again.
 */
import { useCallback, useMemo, useState } from "react";
import { evaluateWorkbook, type SchoolResult } from "../../domain/engine";
import { snapshotPlan } from "../../domain/snapshots/snapshotPlan";
import type { DayNumber } from "../../domain/values/dates";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { useWorkbookGrid } from "./useWorkbookGrid";
import { gridOfSnapshot, localToday } from "./workbookGrid";

export interface KpisState {
  /** Null until the first read finishes (or when it failed). */
  readonly result: SchoolResult | null;
  readonly loading: boolean;
  readonly error: string | null;
  /** «Отчётная дата» of «Сведения», or null when it is missing or unreadable. */
  readonly reportDate: DayNumber | null;
  /** The date picked by the user, or null for «Отчётная дата». */
  readonly asOf: DayNumber | null;
  readonly setAsOf: (day: DayNumber | null) => void;
  /** The user edited the workbook after the last read: the figures may be out of date. */
  readonly stale: boolean;
  readonly refresh: () => void;
  /** «Зафиксировать срез» is writing. */
  readonly fixing: boolean;
  /** The date of the snapshot just written, for the confirmation; null before or after a failure. */
  readonly fixed: DayNumber | null;
  readonly fixError: string | null;
  /** Appends the figures at the shown date to «Срезы», then reads the workbook again. */
  readonly fixSnapshot: () => Promise<void>;
}

export function useKpis(): KpisState {
  const port = usePort();
  const workbook = useWorkbookGrid();
  const grid = workbook.value;
  const [asOf, setAsOf] = useState<DayNumber | null>(null);
  const [fixing, setFixing] = useState(false);
  const [fixed, setFixed] = useState<DayNumber | null>(null);
  const [fixError, setFixError] = useState<string | null>(null);
  const { reload } = workbook;
  const refresh = useCallback(() => void reload(), [reload]);

  const result = useMemo(
    () => (grid ? evaluateWorkbook(grid, asOf === null ? {} : { asOf }) : null),
    [grid, asOf],
  );

  const fixSnapshot = useCallback(async () => {
    setFixing(true);
    setFixed(null);
    setFixError(null);
    try {
      // Read afresh: the figures written must be those of the workbook as it is now, at the date
      // shown, not of a read the user may have edited since.
      const snapshot = await port.readStructure();
      const now = evaluateWorkbook(gridOfSnapshot(snapshot), asOf === null ? {} : { asOf });
      await port.apply(snapshotPlan(snapshot, now, localToday()));
      setFixed(now.asOf);
      refresh();
    } catch (reason) {
      setFixError(errorText(reason));
    } finally {
      setFixing(false);
    }
  }, [port, asOf, refresh]);

  return {
    result,
    loading: workbook.loading,
    error: workbook.error,
    reportDate: result?.wb.info.asOf ?? null,
    asOf,
    setAsOf,
    stale: workbook.stale,
    refresh,
    fixing,
    fixed,
    fixError,
    fixSnapshot,
  };
}
