/**
 * «Подбор»: the workbook is read once (and again on «Обновить» and after every write), the
 * suggestions and — on «Подобрать всем» — the draft are the domain's. Accepting writes «Пары»
 * rows with status «Планируется» in one plan, then reads the workbook again, so the mentees who
 * got a mentor leave the list.
 *
 * The rows are placed from a read made just before the write, not from the read the list was
 * shown from: the user may have typed a pair below the last row in between, and a plan placed
 * from the older read would write over it. The choices are checked again in that fresh read
 * (draftCheck.ts) for the same reason.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import { evaluateWorkbook, type SchoolResult } from "../../domain/engine";
import { MatchError } from "../../domain/matching/asOf";
import { overbooked, recheckChoices, type Overbooking } from "../../domain/matching/draftCheck";
import { draftPlan } from "../../domain/matching/draftPlan";
import { draftRows, type Choice } from "../../domain/matching/draftRows";
import type { Candidate } from "../../domain/matching/scorer";
import type { Mentee } from "../../domain/model/records";
import type { WorkbookPort } from "../../domain/port/workbookPort";
import { pairsSheet } from "../../domain/template/sheets";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { matchTooBig } from "../../domain/matching/workLimit";
import { draftOf, matchingViewOf, type Draft, type MatchingView } from "./matchingView";
import { useLatest } from "./useLatest";
import { useWorkbookGrid } from "./useWorkbookGrid";
import { gridOfSnapshot } from "./workbookGrid";

export const NO_MATCH_DATE =
  "Не указана или не читается «Отчётная дата» на листе «Сведения». Подбор ведётся на эту дату: без неё не видно, у кого уже есть наставник и сколько мест свободно. Укажите дату и нажмите «Обновить».";

/** The workbook's suggestions, or why there are none. */
export type Matching =
  | { readonly status: "ready"; readonly view: MatchingView }
  | { readonly status: "unavailable"; readonly message: string };

function matchingOf(result: SchoolResult): Matching {
  try {
    const tooBig = matchTooBig(result);
    if (tooBig !== null) return { status: "unavailable", message: tooBig };
    return { status: "ready", view: matchingViewOf(result) };
  } catch (error) {
    if (error instanceof MatchError) return { status: "unavailable", message: NO_MATCH_DATE };
    throw error;
  }
}

/** The open draft and the methodist's edits of it. */
export interface DraftState extends Draft {
  /** Per line: the pool index of the chosen mentor, or null for «не назначать». */
  readonly choices: readonly (number | null)[];
  /** Mentors chosen more often than they have free places (writing is blocked while any). */
  readonly overbooked: ReadonlyMap<number, Overbooking>;
}

/** What a write put on «Пары». */
export interface Written {
  readonly sheet: string;
  /** «№ пары/группы» of the rows, in order. */
  readonly numbers: readonly string[];
  readonly pairs: readonly { readonly mentee: string; readonly mentor: string }[];
}

export type WriteRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | ({ readonly status: "done" } & Written)
  | { readonly status: "failed"; readonly message: string };

/** Why a write did not happen, for the methodist (the domain's errors are already in Russian). */
export function writeErrorText(error: unknown): string {
  if (error instanceof MatchError) return NO_MATCH_DATE;
  return errorText(error);
}

/**
 * Accepted choices onto «Пары»: a fresh read (≤ 2 syncs), the choices checked in it, one plan.
 * Apart from React, like `buildReport`, so the pane's own path can run on any port.
 */
export async function writeChoices(port: WorkbookPort, choices: readonly Choice[]): Promise<Written> {
  const snapshot = await port.readStructure();
  const result = evaluateWorkbook(gridOfSnapshot(snapshot));
  const rows = draftRows(result, recheckChoices(result, choices));
  const plan = draftPlan(snapshot, result, rows);
  await port.apply(plan);
  return {
    sheet: plan.activate ?? result.wb.sheets.pairs?.nameInFile ?? pairsSheet.name,
    numbers: rows.map((r) => r.no),
    pairs: rows.map((r) => ({ mentee: r.mentee.name ?? "", mentor: r.mentor.name ?? "" })),
  };
}

export interface MatchingState {
  /** Null until the first read finishes (or when it failed). */
  readonly matching: Matching | null;
  readonly loading: boolean;
  /** Why the workbook could not be read. */
  readonly error: string | null;
  /** The user edited the workbook after the last read: the suggestions may be out of date. */
  readonly stale: boolean;
  readonly refresh: () => void;
  /** «Подобрать всем»; null until asked for (and after a write or «Обновить»). */
  readonly draft: DraftState | null;
  readonly planAll: () => void;
  readonly choose: (line: number, mentor: number | null) => void;
  readonly closeDraft: () => void;
  readonly run: WriteRun;
  /** «Назначить»: one suggested pair, one row. */
  readonly assign: (mentee: Mentee, candidate: Candidate) => void;
  /** «Записать в «Пары»»: every row of the draft with a mentor, in one plan. */
  readonly writeDraft: () => void;
}

/** @param onWorkbookChanged the shell's hook: called after rows were written. */
export function useMatching(onWorkbookChanged: () => void): MatchingState {
  const port = usePort();
  const latest = useLatest();
  const workbook = useWorkbookGrid();
  const grid = workbook.value;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [choices, setChoices] = useState<readonly (number | null)[]>([]);
  const [run, setRun] = useState<WriteRun>({ status: "idle" });
  // A double click must not write the rows twice: the second plan would be placed from a read
  // made before the first one landed.
  const busy = useRef(false);
  const { reload } = workbook;

  const refresh = useCallback(() => {
    if (busy.current) return;
    // The draft and the last write's summary belong to the read being replaced.
    setDraft(null);
    setRun({ status: "idle" });
    void reload();
  }, [reload]);

  const result = useMemo(() => (grid ? evaluateWorkbook(grid) : null), [grid]);
  const matching = useMemo(() => (result ? matchingOf(result) : null), [result]);

  const planAll = useCallback(() => {
    if (!result || matching?.status !== "ready") return;
    const next = draftOf(result);
    setDraft(next);
    setChoices(next.lines.map((l) => l.proposed));
    setRun({ status: "idle" });
  }, [result, matching]);

  const choose = useCallback((line: number, mentor: number | null) => {
    setChoices((now) => now.map((c, i) => (i === line ? mentor : c)));
  }, []);

  const closeDraft = useCallback(() => setDraft(null), []);

  const draftState = useMemo<DraftState | null>(
    () => (draft ? { ...draft, choices, overbooked: overbooked(choices, draft.free) } : null),
    [draft, choices],
  );

  const write = useCallback(
    async (picked: readonly Choice[]) => {
      if (busy.current || picked.length === 0) return;
      busy.current = true;
      const ticket = latest.begin();
      setRun({ status: "running" });
      try {
        let written: Written;
        try {
          written = await writeChoices(port, picked);
        } catch (reason) {
          if (latest.isCurrent(ticket)) setRun({ status: "failed", message: writeErrorText(reason) });
          return;
        }
        onWorkbookChanged();
        await reload();
        if (!latest.isCurrent(ticket)) return;
        setDraft(null);
        setRun({ status: "done", ...written });
      } finally {
        busy.current = false;
      }
    },
    [port, latest, reload, onWorkbookChanged],
  );

  const assign = useCallback(
    (mentee: Mentee, candidate: Candidate) => void write([{ mentee, mentor: candidate.mentor }]),
    [write],
  );

  const writeDraft = useCallback(() => {
    if (!draftState || draftState.overbooked.size > 0) return;
    const picked: Choice[] = [];
    draftState.lines.forEach((line, i) => {
      const j = draftState.choices[i];
      const option = j === null ? undefined : line.options.find((c) => c.index === j);
      if (option) picked.push({ mentee: line.mentee, mentor: option.mentor });
    });
    void write(picked);
  }, [draftState, write]);

  return {
    matching,
    loading: workbook.loading,
    error: workbook.error,
    stale: workbook.stale,
    refresh,
    draft: draftState,
    planAll,
    choose,
    closeDraft,
    run,
    assign,
    writeDraft,
  };
}
