/**
 * «Построить отчёт»: read the workbook (≤ 2 syncs), compute the KPIs on the as-of date, and write
 * «Мониторинг» — tables, formats, charts, print setup — as one plan (1 sync, more only for a
 * sheet over 4 MB). The plan is placed from the same read, so a rebuild replaces the previous
 * sheet where it stood without another round trip to ask where that was.
 */
import { useCallback, useRef, useState } from "react";
import { evaluateWorkbook } from "../../domain/engine";
import type { WorkbookGrid } from "../../domain/grid";
import { kpiCatalogue } from "../../domain/kpi/catalogue";
import { placeGenerated } from "../../domain/plan/placement";
import { PersonalDataError } from "../../domain/report/depersonalise";
import { MONITORING_SHEET } from "../../domain/report/monitoringPlan";
import { isReportable, type ReportableResult } from "../../domain/report/reportModel";
import { monitoringOnlyPlan } from "../../domain/report/reportPlan";
import type { WorkbookPort } from "../../domain/port/workbookPort";
import type { DayNumber } from "../../domain/values/dates";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { useLatest } from "./useLatest";
import { gridOfSnapshot, localToday } from "./workbookGrid";

export const NO_REPORT_DATE =
  "Не указана отчётная дата: на листе «Сведения» нет «Отчётной даты» (или её не удаётся прочитать). Укажите её там или выберите дату в поле «Отчётная дата» выше.";

/** Thrown before anything is written; its message is for the user. */
class NotReportableError extends Error {}

/**
 * The engine's result on the as-of date (the picked one, else «Отчётная дата»), or a Russian
 * error. `onRead` learns «Отчётная дата» of this fresh read either way.
 */
export function reportableResult(
  grid: WorkbookGrid,
  asOf: DayNumber | null,
  onRead: (reportDate: DayNumber | null) => void,
): ReportableResult {
  const result = evaluateWorkbook(grid, asOf === null ? {} : { asOf });
  onRead(result.wb.info.asOf ?? null);
  if (!isReportable(result)) throw new NotReportableError(NO_REPORT_DATE);
  return result;
}

/**
 * Why a report was not made, for the user. A name found in the plan means nothing was written:
 * the names that can reach the report are those typed into «Сведения» (school, municipality, code).
 */
export function reportErrorText(error: unknown, notWritten: string): string {
  if (error instanceof PersonalDataError) {
    return `${error.message} ${notWritten} Уберите ФИО из названия ОО, муниципалитета или кода ОО на листе «Сведения» и повторите.`;
  }
  if (error instanceof NotReportableError) return `${error.message} ${notWritten}`;
  return errorText(error);
}

/** Errors of the school's data the KPIs were computed despite: the user should know. */
export const dataErrorCount = (r: ReportableResult) => r.issues.filter((i) => i.severity === "error").length;

/** What «Построить отчёт» wrote, for the summary. */
export interface BuiltReport {
  readonly sheet: string;
  readonly asOf: DayNumber;
  readonly kpis: number;
  readonly tables: number;
  readonly charts: number;
  /** A previous «Мониторинг» was replaced (rather than a new sheet added). */
  readonly replaced: boolean;
  readonly dataErrors: number;
}

/**
 * The build itself, apart from React so the adapter tests run the pane's own path on the fake
 * Excel: one structure read (≤ 2 syncs) and one plan (1 sync per 4 MB).
 */
export async function buildReport(
  port: WorkbookPort,
  asOf: DayNumber | null,
  today: DayNumber,
  onRead: (reportDate: DayNumber | null) => void = () => undefined,
): Promise<BuiltReport> {
  const snapshot = await port.readStructure();
  const result = reportableResult(gridOfSnapshot(snapshot), asOf, onRead);
  const plan = monitoringOnlyPlan(result, today);
  const sheet = placeGenerated(snapshot, plan.sheets[0]);
  await port.apply({ ...plan, sheets: [sheet] });
  return {
    sheet: MONITORING_SHEET,
    asOf: result.asOf,
    kpis: kpiCatalogue.length,
    tables: sheet.tables?.length ?? 0,
    charts: sheet.charts?.length ?? 0,
    replaced: sheet.mode === "replace",
    dataErrors: dataErrorCount(result),
  };
}

export type ReportRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | ({ readonly status: "done" } & BuiltReport)
  | { readonly status: "failed"; readonly message: string };

export interface ReportState {
  readonly run: ReportRun;
  readonly build: (asOf: DayNumber | null) => Promise<void>;
}

/**
 * @param onRead called with «Отчётная дата» of the fresh read, so the date field stays in step.
 */
export function useReport(onRead: (reportDate: DayNumber | null) => void): ReportState {
  const port = usePort();
  const latest = useLatest();
  const [run, setRun] = useState<ReportRun>({ status: "idle" });
  // A double click must not write the sheet twice: the second build would race the first.
  const busy = useRef(false);

  const build = useCallback(
    async (asOf: DayNumber | null) => {
      if (busy.current) return;
      busy.current = true;
      const ticket = latest.begin();
      setRun({ status: "running" });
      try {
        const built = await buildReport(port, asOf, localToday(), onRead);
        if (latest.isCurrent(ticket)) setRun({ status: "done", ...built });
      } catch (error) {
        if (latest.isCurrent(ticket))
          setRun({ status: "failed", message: reportErrorText(error, "Лист «Мониторинг» не записан.") });
      } finally {
        busy.current = false;
      }
    },
    [port, latest, onRead],
  );

  return { run, build };
}
