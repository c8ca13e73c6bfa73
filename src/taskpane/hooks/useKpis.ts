/**
 * «Показатели»: the workbook is read once (and again on «Обновить»); the KPIs are the engine's,
 * recomputed in memory when the user picks another date. The only write is «Зафиксировать срез»,
 * which appends the figures shown to «Срезы» and reads the workbook again.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { evaluateWorkbook, type SchoolResult } from "../../domain/engine";
import { snapshotPlan } from "../../domain/snapshots/snapshotPlan";
import type { WorkbookGrid } from "../../domain/grid";
import type { DayNumber } from "../../domain/values/dates";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { isGeneratedSheet } from "./templateSheets";
import { useLatest } from "./useLatest";
import { useUserChanges } from "./useUserChanges";
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
  const latest = useLatest();
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [asOf, setAsOf] = useState<DayNumber | null>(null);
  const [stale, setStale] = useState(false);
  const [fixing, setFixing] = useState(false);
  const [fixed, setFixed] = useState<DayNumber | null>(null);
  const [fixError, setFixError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    const ticket = latest.begin();
    setLoading(true);
    setStale(false);
    port.readWorkbook().then(
      (next) => {
        if (!latest.isCurrent(ticket)) return;
        setGrid(next);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!latest.isCurrent(ticket)) return;
        setError(errorText(reason));
        setLoading(false);
      },
    );
  }, [port, latest]);

  useEffect(refresh, [refresh]);

  // Reading again on every keystroke would cost the user Excel's responsiveness for figures they
  // may not be looking at; the panel says they are out of date and «Обновить» reads again.
  const markStale = useCallback((changes: readonly { sheet: string }[]) => {
    if (changes.some((c) => !isGeneratedSheet(c.sheet))) setStale(true);
  }, []);
  useUserChanges(true, markStale);

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
    loading,
    error,
    reportDate: result?.wb.info.asOf ?? null,
    asOf,
    setAsOf,
    stale,
    refresh,
    fixing,
    fixed,
    fixError,
    fixSnapshot,
  };
}
