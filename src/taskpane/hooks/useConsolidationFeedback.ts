/**
 * «Файлы замечаний для школ»: for every file of the consolidation a small workbook with only its
 * own problems (feedbackPlan, as `consolidate --feedback` writes them), offered as downloads made
 * in the pane (Blob URLs): nothing is sent anywhere, the analyst mails them to the schools.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Consolidation } from "../../domain/consolidation/consolidate";
import { feedbackPlan } from "../../domain/consolidation/feedbackPlan";
import { feedbackFileNames } from "../../domain/consolidation/fileNames";
import { reportFileBytes, XLSX_MIME } from "../export/reportFile";
import { errorText } from "../port/errorText";
import { useLatest } from "./useLatest";

export interface FeedbackFile {
  readonly fileName: string;
  /** The input's file name, for the analyst to tell which school it answers. */
  readonly source: string;
  readonly school: string | null;
  readonly problems: number;
  readonly url: string;
}

export type FeedbackRun =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly done: number; readonly total: number }
  | { readonly status: "ready"; readonly files: readonly FeedbackFile[] }
  | { readonly status: "failed"; readonly message: string };

export interface FeedbackState {
  readonly run: FeedbackRun;
  readonly make: () => Promise<void>;
}

export function useConsolidationFeedback(consolidation: Consolidation | null): FeedbackState {
  const latest = useLatest();
  const [run, setRun] = useState<FeedbackRun>({ status: "idle" });
  const urls = useRef<string[]>([]);

  const release = useCallback(() => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  }, []);
  // Another set of files makes the previous feedback stale; unmounting frees the Blobs.
  useEffect(() => {
    latest.begin();
    release();
    setRun({ status: "idle" });
  }, [consolidation, latest, release]);
  useEffect(() => release, [release]);

  const make = useCallback(async () => {
    if (consolidation === null) return;
    const ticket = latest.begin();
    release();
    // A school inside a municipality's consolidation gets its feedback from that municipality.
    const files = consolidation.files.filter((f) => f.origin === undefined);
    const names = feedbackFileNames(files.map((f) => f.file));
    setRun({ status: "running", done: 0, total: files.length });
    try {
      const made: FeedbackFile[] = [];
      for (const [i, f] of files.entries()) {
        const bytes = await reportFileBytes(feedbackPlan(f));
        if (!latest.isCurrent(ticket)) return;
        const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
        urls.current.push(url);
        const school = [f.school?.code, f.school?.name].filter((x) => x).join(" ") || null;
        made.push({ fileName: names[i], source: f.file, school, problems: f.issues.length, url });
        setRun({ status: "running", done: i + 1, total: files.length });
      }
      setRun({ status: "ready", files: made });
    } catch (error) {
      if (latest.isCurrent(ticket)) setRun({ status: "failed", message: errorText(error) });
    }
  }, [consolidation, latest, release]);

  return { run, make };
}
