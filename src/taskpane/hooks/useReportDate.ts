/**
 * The report's as-of date: «Отчётная дата» of «Сведения» unless the user picks another. The
 * workbook's date is read when the panel opens and again when the user edits «Сведения», so the
 * field shows the date the report will really use.
 */
import { useCallback, useEffect, useState } from "react";
import type { CellChange } from "../../domain/port/workbookPort";
import { readSchoolWorkbook } from "../../domain/read/readWorkbook";
import { infoSheet } from "../../domain/template/keyValue";
import { normalizeSheetName } from "../../domain/text/normalize";
import type { DayNumber } from "../../domain/values/dates";
import { usePort } from "../port/PortContext";
import { useLatest } from "./useLatest";
import { useUserChanges } from "./useUserChanges";

export interface ReportDateState {
  /** «Отчётная дата» of the workbook; null when it is missing, unreadable or not read yet. */
  readonly reportDate: DayNumber | null;
  readonly loading: boolean;
  /** The date the user picked, or null to follow «Отчётная дата». */
  readonly picked: DayNumber | null;
  readonly setPicked: (day: DayNumber | null) => void;
  /** What a fresh read found (a build reads the workbook anyway): keeps the field in step. */
  readonly noteReportDate: (day: DayNumber | null) => void;
}

const infoSheetNames = new Set([infoSheet.name, ...infoSheet.aliases].map(normalizeSheetName));

export function useReportDate(): ReportDateState {
  const port = usePort();
  const latest = useLatest();
  const [reportDate, setReportDate] = useState<DayNumber | null>(null);
  const [loading, setLoading] = useState(true);
  const [picked, setPickedState] = useState<DayNumber | null>(null);

  const read = useCallback(() => {
    const ticket = latest.begin();
    setLoading(true);
    port.readWorkbook().then(
      (grid) => {
        if (!latest.isCurrent(ticket)) return;
        setReportDate(readSchoolWorkbook(grid).info.asOf ?? null);
        setLoading(false);
      },
      // The field stays empty; «Построить отчёт» reads again and shows the error if it persists.
      () => {
        if (latest.isCurrent(ticket)) setLoading(false);
      },
    );
  }, [port, latest]);

  useEffect(read, [read]);

  const onChanges = useCallback(
    (changes: readonly CellChange[]) => {
      if (changes.some((c) => infoSheetNames.has(normalizeSheetName(c.sheet)))) read();
    },
    [read],
  );
  useUserChanges(true, onChanges);

  const noteReportDate = useCallback(
    (day: DayNumber | null) => {
      // A read in flight is older than the build's: it must not overwrite what the build found.
      latest.begin();
      setReportDate(day);
      setLoading(false);
    },
    [latest],
  );

  const setPicked = useCallback((day: DayNumber | null) => setPickedState(day), []);

  return { reportDate, loading, picked, setPicked, noteReportDate };
}
