/**
 * «Свод»: the picked files read into compact inputs (parseFiles: a worker, one file at a time, with
 * progress), consolidated as the CLI does (`consolidate`), and written into the analyst's workbook
 * as «Свод», «Итоги», «Проблемы по ОО» and «Данные свода» — one structure read to place the sheets,
 * one plan (the adapter splits it into ≤ 4 MB requests). A later run with other files replaces the
 * sheets where they stand. A mapping file for a region's own forms (`--form-map` of the CLI) may be
 * chosen before or after the files: choosing it reads the files again through it.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import { consolidate, type Consolidation } from "../../domain/consolidation/consolidate";
import { consolidationPlan } from "../../domain/consolidation/consolidationPlan";
import type { ConsolidationInput } from "../../domain/consolidation/input";
import type { ShareFigures } from "../../domain/kpi/figures";
import { placeGenerated } from "../../domain/plan/placement";
import type { WorkbookPort } from "../../domain/port/workbookPort";
import type { FormMap } from "../../domain/forms/formMap";
import {
  isLockFile,
  ParseCancelled,
  parseFiles,
  readFormMapFile,
  sortedByName,
} from "../consolidation/parseFiles";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { useLatest } from "./useLatest";

/** A picked file and, once read, its input. */
export interface PickedFile {
  readonly name: string;
  readonly input: ConsolidationInput | null;
}

export type ReadRun =
  | { readonly status: "idle" }
  | {
      readonly status: "reading" | "read";
      readonly files: readonly PickedFile[];
      readonly done: number;
      /** Lock files («~$…») left out of the pick. */
      readonly skipped: number;
    }
  | { readonly status: "failed"; readonly message: string };

/** What «Записать свод в эту книгу» wrote, for the summary. */
export interface WrittenConsolidation {
  readonly sheets: readonly string[];
  readonly files: number;
  /** Schools pooled: one file per school, with KPIs. */
  readonly schools: number;
  /** Files replaced by a newer file of the same school (C001), in no total. */
  readonly superseded: number;
  /** KPI figures of pooled schools left out of the total (C004, a 0 denominator, forms). */
  readonly excluded: number;
  readonly unreadable: number;
  readonly youngMentored: ShareFigures;
  /** Rows of «Проблемы по ОО»: every issue of every file, cross-file C-codes included. */
  readonly problems: number;
  /** A previous consolidation was replaced (rather than new sheets added). */
  readonly replaced: boolean;
}

/**
 * The write itself, apart from React so the adapter tests run the pane's own path on the fake
 * Excel: the sheet names for placement (one cheap read), then the plan with every sheet placed.
 */
export async function writeConsolidation(
  port: WorkbookPort,
  c: Consolidation,
): Promise<WrittenConsolidation> {
  const names = await port.readSheetNames();
  const plan = consolidationPlan(c);
  const sheets = plan.sheets.map((sheet) =>
    placeGenerated({ sheets: names.map((name) => ({ name })) }, sheet),
  );
  await port.apply({ ...plan, sheets });
  return {
    sheets: sheets.map((s) => s.name),
    files: c.files.length,
    schools: c.total.schools,
    superseded: c.files.filter((f) => f.supersededBy !== null).length,
    excluded: Object.values(c.total.excluded).reduce((n, files) => n + files.length, 0),
    unreadable: c.files.filter((f) => f.status === "unreadable").length,
    youngMentored: c.total.values.young_mentored,
    problems: c.files.reduce((n, f) => n + f.issues.length, 0),
    replaced: sheets.some((s) => s.mode === "replace"),
  };
}

export type WriteRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | ({ readonly status: "done" } & WrittenConsolidation)
  | { readonly status: "failed"; readonly message: string };

/** The mapping of a region's own form, when the analyst chose one. */
export type MapState =
  | { readonly status: "none" }
  | { readonly status: "reading"; readonly name: string }
  | { readonly status: "ready"; readonly name: string; readonly map: FormMap }
  | { readonly status: "failed"; readonly name: string; readonly errors: readonly string[] };

export interface ConsolidationState {
  readonly read: ReadRun;
  readonly formMap: MapState;
  /** Choose (or, with null, drop) the mapping file; files already picked are read again through it. */
  readonly pickMap: (file: File | null) => Promise<void>;
  /** The consolidation of the files read, once all are; null before. */
  readonly consolidation: Consolidation | null;
  readonly write: WriteRun;
  readonly pick: (files: readonly File[]) => Promise<void>;
  readonly writeToWorkbook: () => Promise<void>;
}

export function useConsolidation(opts: { readonly useWorker?: boolean } = {}): ConsolidationState {
  const port = usePort();
  const reading = useLatest();
  const writing = useLatest();
  const [read, setRead] = useState<ReadRun>({ status: "idle" });
  const [write, setWrite] = useState<WriteRun>({ status: "idle" });
  const [formMap, setFormMap] = useState<MapState>({ status: "none" });
  const busyWriting = useRef(false);
  const lastPick = useRef<readonly File[]>([]);
  const mapping = useRef<FormMap | undefined>(undefined);
  const mapTicket = useLatest();
  const { useWorker } = opts;

  const pick = useCallback(
    async (picked: readonly File[]) => {
      lastPick.current = picked;
      const files = sortedByName(picked.filter((f) => !isLockFile(f)));
      const skipped = picked.length - files.length;
      // A new pick starts over: the previous run is abandoned and its result forgotten.
      const ticket = reading.begin();
      writing.begin();
      setWrite({ status: "idle" });
      const names = files.map((f) => ({ name: f.name, input: null }) as PickedFile);
      setRead({ status: "reading", files: names, done: 0, skipped });
      try {
        const inputs = await parseFiles(
          files,
          ({ done, index, input }) => {
            if (!reading.isCurrent(ticket)) return;
            setRead((r) =>
              r.status !== "reading"
                ? r
                : { ...r, done, files: r.files.map((f, i) => (i === index ? { ...f, input } : f)) },
            );
          },
          { cancelled: () => !reading.isCurrent(ticket), useWorker, formMap: mapping.current },
        );
        if (!reading.isCurrent(ticket)) return;
        setRead({
          status: "read",
          files: files.map((f, i) => ({ name: f.name, input: inputs[i] })),
          done: inputs.length,
          skipped,
        });
      } catch (error) {
        if (error instanceof ParseCancelled || !reading.isCurrent(ticket)) return;
        setRead({ status: "failed", message: errorText(error) });
      }
    },
    [reading, writing, useWorker],
  );

  const pickMap = useCallback(
    async (file: File | null) => {
      const ticket = mapTicket.begin();
      if (file === null) {
        mapping.current = undefined;
        setFormMap({ status: "none" });
      } else {
        setFormMap({ status: "reading", name: file.name });
        const read = await readFormMapFile(file);
        if (!mapTicket.isCurrent(ticket)) return;
        mapping.current = read.ok ? read.map : undefined;
        setFormMap(
          read.ok
            ? { status: "ready", name: file.name, map: read.map }
            : { status: "failed", name: file.name, errors: read.errors },
        );
        // As the CLI: a malformed mapping consolidates nothing until it is fixed or dropped.
        if (!read.ok) return;
      }
      if (lastPick.current.length > 0) await pick(lastPick.current);
    },
    [mapTicket, pick],
  );

  const consolidation = useMemo(() => {
    if (read.status !== "read" || read.files.length === 0) return null;
    return consolidate(read.files.map((f) => f.input as ConsolidationInput));
  }, [read]);

  const writeToWorkbook = useCallback(async () => {
    // A double click must not write the sheets twice: the second write would race the first.
    if (consolidation === null || busyWriting.current) return;
    busyWriting.current = true;
    const ticket = writing.begin();
    setWrite({ status: "running" });
    try {
      const written = await writeConsolidation(port, consolidation);
      if (writing.isCurrent(ticket)) setWrite({ status: "done", ...written });
    } catch (error) {
      if (writing.isCurrent(ticket)) setWrite({ status: "failed", message: errorText(error) });
    } finally {
      busyWriting.current = false;
    }
  }, [port, consolidation, writing]);

  return { read, formMap, pickMap, consolidation, write, pick, writeToWorkbook };
}
