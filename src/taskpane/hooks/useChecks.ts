/**
 * «Проверить» and the live re-check. The button reads the workbook, validates it and writes the
 * «Проверка» sheet and the problem marks in one plan. After that, the user's edits re-run the
 * checks (debounced) and refresh the list only: an Office write clears Excel's undo stack, so the
 * pane never writes in response to typing — the sheet and the marks wait for the next click.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { checkPlan } from "../../domain/checks/checkPlan";
import { evaluateWorkbook, type SchoolResult } from "../../domain/engine";
import type { CellChange } from "../../domain/port/workbookPort";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { isGeneratedSheet } from "./templateSheets";
import { useLatest } from "./useLatest";
import { useUserChanges } from "./useUserChanges";
import { gridOfSnapshot, localToday } from "./workbookGrid";

/** Long enough to let a methodist finish a row (Tab, Tab, Enter), short enough to feel live. */
export const LIVE_DELAY_MS = 800;

export interface CheckedList {
  readonly result: SchoolResult;
  /**
   * "check": from «Проверить», and written to «Проверка» (unless `writeError`);
   * "live": re-checked after an edit, not written.
   */
  readonly source: "check" | "live";
  /** Why «Проверка» and the marks could not be written; the list itself is still valid. */
  readonly writeError: string | null;
}

export interface ChecksState {
  readonly running: boolean;
  readonly list: CheckedList | null;
  /** Why «Проверить» failed before it had a list (the workbook could not be read). */
  readonly error: string | null;
  readonly live: boolean;
  readonly setLive: (on: boolean) => void;
  /** An edit arrived and its re-check has not finished yet. */
  readonly livePending: boolean;
  /** Why the live re-check or the subscription failed. */
  readonly liveError: string | null;
  readonly check: () => Promise<void>;
}

export function useChecks(liveDelayMs: number = LIVE_DELAY_MS): ChecksState {
  const port = usePort();
  const latest = useLatest();
  const [running, setRunning] = useState(false);
  const [list, setList] = useState<CheckedList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLiveState] = useState(true);
  const [livePending, setLivePending] = useState(false);
  const [liveError, setLiveError] = useState<string | null>(null);
  // Refs, because the timer and the change handler outlive the render that created them.
  const busy = useRef(false);
  const hasList = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  useEffect(() => cancelTimer, []);

  const check = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    // The click reads afresh, so a pending live re-check has nothing left to add.
    cancelTimer();
    const ticket = latest.begin();
    setRunning(true);
    setError(null);
    setLivePending(false);
    try {
      const snapshot = await port.readStructure();
      const result = evaluateWorkbook(gridOfSnapshot(snapshot));
      let writeError: string | null = null;
      try {
        await port.apply(checkPlan(snapshot, result, localToday()));
      } catch (reason) {
        writeError = errorText(reason);
      }
      if (!latest.isCurrent(ticket)) return;
      hasList.current = true;
      setList({ result, source: "check", writeError });
      setLiveError(null);
    } catch (reason) {
      if (latest.isCurrent(ticket)) setError(errorText(reason));
    } finally {
      busy.current = false;
      if (latest.isCurrent(ticket)) setRunning(false);
    }
  }, [port, latest]);

  const recheck = useCallback(async () => {
    timer.current = null;
    const ticket = latest.begin();
    try {
      const grid = await port.readWorkbook();
      const result = evaluateWorkbook(grid);
      if (!latest.isCurrent(ticket)) return;
      setList({ result, source: "live", writeError: null });
      setLiveError(null);
    } catch (reason) {
      if (latest.isCurrent(ticket)) setLiveError(errorText(reason));
    } finally {
      if (latest.isCurrent(ticket)) setLivePending(false);
    }
  }, [port, latest]);

  const schedule = useCallback(() => {
    cancelTimer();
    setLivePending(true);
    timer.current = setTimeout(function fire() {
      // A check in progress will show a fresher list than this edit's; wait for it, then re-check,
      // since the edit may have landed after the check's read.
      if (busy.current) timer.current = setTimeout(fire, liveDelayMs);
      else void recheck();
    }, liveDelayMs);
  }, [recheck, liveDelayMs]);

  const onChanges = useCallback(
    (changes: readonly CellChange[]) => {
      // Before the first check there is no list to keep up to date; and the sheets the add-in
      // generates («Проверка», «Справочники», …) are its output, not the school's data.
      if (!hasList.current || changes.every((c) => isGeneratedSheet(c.sheet))) return;
      schedule();
    },
    [schedule],
  );

  const subscription = useUserChanges(live, onChanges);

  const setLive = useCallback((on: boolean) => {
    setLiveState(on);
    if (!on) {
      cancelTimer();
      setLivePending(false);
    }
  }, []);

  return {
    running,
    list,
    error,
    live,
    setLive,
    livePending,
    liveError: liveError ?? (live ? subscription.error : null),
    check,
  };
}
