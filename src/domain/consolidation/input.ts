/**
 * One file of a consolidation, as the municipal workbook needs it: who the school is, its KPI
 * figures at its own D, its issues, and the few places the cross-file rules (C001–C003) point at.
 * It holds no grid, rows or drill-down, so that 1,500 files fit in memory at once.
 */
import type { Issue } from "../issues";
import type { PoolInput } from "../kpi/pool";
import type { Place } from "../rules/define";
import type { Snapshot } from "../snapshots/history";
import type { Figure } from "../snapshots/measures";
import type { DayNumber } from "../values/dates";

/** A full school workbook (template v1, read by the engine) or a depersonalised «Данные отчёта». */
export type InputKind = "workbook" | "aggregate";

/** cli.md: `ok`, `errors` (error-level issues) or `unreadable` (S003: the file could not be read). */
export type InputStatus = "ok" | "errors" | "unreadable";

export interface SchoolInfo {
  readonly code: string | null;
  readonly name: string | null;
  readonly municipality: string | null;
}

/**
 * One snapshot of a file's history: its date and figures by measure code. Plain data (a record,
 * not a Map), as inputs cross the pane's worker boundary and stay in memory by the thousand.
 */
export interface InputSnapshot {
  readonly date: DayNumber;
  readonly figures: Readonly<Record<string, Figure>>;
}

export function inputSnapshots(history: readonly Snapshot[]): InputSnapshot[] {
  return history.map((s) => ({ date: s.date, figures: Object.fromEntries(s.figures) }));
}

/** A person's row (first row of its ФИО key) on «Наставники» or «Наставляемые», for C003. */
export interface PersonEntry {
  readonly key: string;
  readonly role: "mentor" | "mentee";
  readonly at: Place;
}

export interface ConsolidationInput {
  /** The path as given (cli.md); for files from a directory, the directory joined with the name. */
  readonly file: string;
  readonly kind: InputKind;
  readonly status: InputStatus;
  /** Null when «Сведения» (or its part of «Данные отчёта») is unreadable, and for unreadable files. */
  readonly school: SchoolInfo | null;
  /** «Код ОО» and «Учебный год» as written, with their cells (C001, C002); null when absent. */
  readonly code: { readonly text: string; readonly at: Place } | null;
  readonly declaredYear: { readonly text: string; readonly at: Place } | null;
  /** D of this file: the override, else its own date; null when unknown. */
  readonly asOf: DayNumber | null;
  /** Y, the school year that contains D (never the file's «Учебный год»). */
  readonly schoolYear: string | null;
  /** KPI figures and pooling data (no drill-down); null when not computed. */
  readonly kpis: PoolInput | null;
  /** Why `kpis` is null (Russian). */
  readonly error: string | null;
  /** The file's own issues, in report order (cross-file C-codes are added by `consolidate`). */
  readonly issues: readonly Issue[];
  /** Persons, for C003; empty for aggregates (they have none) and unreadable files. */
  readonly persons: readonly PersonEntry[];
  /**
   * The file's snapshots («Срезы» of a workbook, the «Срезы» section of an export) up to its D,
   * oldest first; empty when it has none and for unreadable files.
   */
  readonly snapshots: readonly InputSnapshot[];
}

export function statusOf(readable: boolean, issues: readonly Issue[]): InputStatus {
  if (!readable) return "unreadable";
  return issues.some((i) => i.severity === "error") ? "errors" : "ok";
}

/** S003 for a whole file (rules.md): the reader's Russian reason, no sheet or cell. */
export function unreadableIssue(message: string): Issue {
  return {
    sheet: null,
    sheetInFile: null,
    row: null,
    column: null,
    col: null,
    code: "S003",
    severity: "error",
    message,
    value: null,
  };
}

/** A file that could not be read at all: its one issue is the S003 the reader gave. */
export function unreadableInput(file: string, issue: Issue): ConsolidationInput {
  return {
    file,
    kind: "workbook",
    status: "unreadable",
    school: null,
    code: null,
    declaredYear: null,
    asOf: null,
    schoolYear: null,
    kpis: null,
    error: issue.message,
    issues: [issue],
    persons: [],
    snapshots: [],
  };
}
