/**
 * «Скачать бланк формы»: the product's blank monitoring form (forms.md (a), the plan `nastavnik
 * form` writes) made in the pane as an .xlsx and offered as a download (a Blob URL): a municipality
 * sends it to the schools that keep no lists. Nothing is sent anywhere.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { formPlan } from "../../domain/forms/formPlan";
import type { DayNumber } from "../../domain/values/dates";
import { reportFileBytes, XLSX_MIME } from "../export/reportFile";
import { errorText } from "../port/errorText";
import { useLatest } from "./useLatest";

export type FormRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "ready"; readonly url: string; readonly fileName: string }
  | { readonly status: "failed"; readonly message: string };

// Characters Windows and macOS refuse in file names.
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** «Форма_мониторинга_Энский_район.xlsx», or without the municipality. */
export function formFileName(municipality: string | undefined): string {
  const mo = (municipality ?? "").replace(NOT_IN_FILE_NAMES, "_").trim().replace(/\s+/g, "_");
  return mo === "" ? "Форма_мониторинга.xlsx" : `Форма_мониторинга_${mo}.xlsx`;
}

export function useFormDownload(): {
  readonly run: FormRun;
  readonly make: (municipality: string | undefined, asOf: DayNumber | undefined) => Promise<void>;
} {
  const latest = useLatest();
  const [run, setRun] = useState<FormRun>({ status: "idle" });
  const url = useRef<string | null>(null);
  const release = () => {
    if (url.current !== null) URL.revokeObjectURL(url.current);
    url.current = null;
  };
  useEffect(() => release, []);

  const make = useCallback(
    async (municipality: string | undefined, asOf: DayNumber | undefined) => {
      const ticket = latest.begin();
      release();
      setRun({ status: "running" });
      try {
        const bytes = await reportFileBytes(formPlan({ municipality, asOf }));
        if (!latest.isCurrent(ticket)) return;
        url.current = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
        setRun({ status: "ready", url: url.current, fileName: formFileName(municipality) });
      } catch (error) {
        if (latest.isCurrent(ticket)) setRun({ status: "failed", message: errorText(error) });
      }
    },
    [latest],
  );
  return { run, make };
}
