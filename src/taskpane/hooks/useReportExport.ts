/**
 * «Экспорт для вышестоящей организации»: the full report («Мониторинг» and «Данные отчёта») as an
 * .xlsx file, opened as a new workbook with `Excel.createWorkbook`. Where Excel cannot open a
 * workbook from an add-in, or refuses to, the same file is offered as a download made in the pane
 * itself (a Blob URL): nothing is sent anywhere.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { HostUnsupportedError, type WorkbookPort } from "../../domain/port/workbookPort";
import { reportPlan } from "../../domain/report/reportPlan";
import type { DayNumber } from "../../domain/values/dates";
import { base64OfBytes } from "../export/base64";
import { reportFileBytes, reportFileName, XLSX_MIME } from "../export/reportFile";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { dataErrorCount, reportableResult, reportErrorText } from "./useReport";
import { useLatest } from "./useLatest";
import { localToday } from "./workbookGrid";

/** The export file and whether Excel opened it. */
export interface ExportedReport {
  readonly fileName: string;
  readonly asOf: DayNumber;
  readonly dataErrors: number;
  readonly bytes: Uint8Array;
  /**
   * "opened": Excel opened it as a new workbook; "unsupported": this Excel cannot open workbooks
   * from an add-in; else Excel's refusal, in Russian.
   */
  readonly outcome: "opened" | "unsupported" | { readonly failure: string };
}

/** The export apart from React (the adapter tests run it on the fake Excel): read, plan, write, open. */
export async function exportReport(
  port: WorkbookPort,
  asOf: DayNumber | null,
  today: DayNumber,
  onRead: (reportDate: DayNumber | null) => void = () => undefined,
): Promise<ExportedReport> {
  const result = reportableResult(await port.readWorkbook(), asOf, onRead);
  const bytes = await reportFileBytes(reportPlan(result, today));
  const file = {
    fileName: reportFileName(result.wb.info.code, result.asOf),
    asOf: result.asOf,
    dataErrors: dataErrorCount(result),
    bytes,
  };
  try {
    await port.createWorkbook(base64OfBytes(bytes));
    return { ...file, outcome: "opened" };
  } catch (error) {
    // The file is made: whatever stopped Excel from opening it, the user can still have it.
    const outcome = error instanceof HostUnsupportedError ? "unsupported" : { failure: errorText(error) };
    return { ...file, outcome };
  }
}

export type ExportRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | {
      readonly status: "opened";
      readonly fileName: string;
      readonly asOf: DayNumber;
      readonly dataErrors: number;
    }
  | {
      /** The file was made but Excel did not open it: it is offered for download instead. */
      readonly status: "offered";
      readonly fileName: string;
      readonly asOf: DayNumber;
      readonly dataErrors: number;
      /** A Blob URL of the file, valid while the panel is open. */
      readonly url: string;
      /** Null when this Excel cannot open workbooks from an add-in at all; else what went wrong. */
      readonly failure: string | null;
    }
  | { readonly status: "failed"; readonly message: string };

export interface ReportExportState {
  readonly run: ExportRun;
  readonly start: (asOf: DayNumber | null) => Promise<void>;
}

export function useReportExport(onRead: (reportDate: DayNumber | null) => void): ReportExportState {
  const port = usePort();
  const latest = useLatest();
  const [run, setRun] = useState<ExportRun>({ status: "idle" });
  const busy = useRef(false);
  // One file at a time is offered; an older Blob would only hold memory.
  const offered = useRef<string | null>(null);

  const release = () => {
    if (offered.current !== null) URL.revokeObjectURL(offered.current);
    offered.current = null;
  };
  useEffect(() => release, []);

  const start = useCallback(
    async (asOf: DayNumber | null) => {
      if (busy.current) return;
      busy.current = true;
      const ticket = latest.begin();
      setRun({ status: "running" });
      try {
        const { bytes, outcome, ...file } = await exportReport(port, asOf, localToday(), onRead);
        if (!latest.isCurrent(ticket)) return;
        if (outcome === "opened") {
          setRun({ status: "opened", ...file });
          return;
        }
        release();
        offered.current = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
        const failure = outcome === "unsupported" ? null : outcome.failure;
        setRun({ status: "offered", ...file, url: offered.current, failure });
      } catch (error) {
        if (latest.isCurrent(ticket))
          setRun({ status: "failed", message: reportErrorText(error, "Файл отчёта не создан.") });
      } finally {
        busy.current = false;
      }
    },
    [port, latest, onRead],
  );

  return { run, start };
}
