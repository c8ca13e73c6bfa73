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
import type { FormMap } from "../forms/formMap";
import type { Exclusions, InfoDenominatorKpi } from "./exclusions";

/**
 * A full school workbook (read by the engine), a depersonalised «Данные отчёта» export
 * (`aggregate`), a monitoring form (`form`: the product's own, or a region's through a mapping),
 * or a municipality's consolidation workbook (`consolidation`, the regional level): its schools
 * are consolidated one by one, each with the kind of its own file.
 */
export type InputKind = "workbook" | "aggregate" | "form" | "consolidation";

/** Where a school's figures inside a consolidation workbook come from. */
export interface Origin {
  /** The school's own file name, as the municipality received it. */
  readonly file: string;
  /** The consolidation workbooks they came through, outermost first (file names). */
  readonly via: readonly string[];
}

/**
 * cli.md: `ok`, `errors` (error-level issues), `unreadable` (S003: the file could not be read), or
 * `unchecked` — an export written before version 2, which carries no issue counts: the
 * consolidation cannot vouch for a workbook it does not have.
 */
export type InputStatus = "ok" | "errors" | "unreadable" | "unchecked";

/** The error and warning counts an export carries in «Данные отчёта» (cli.md, version 2). */
export interface CarriedCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Options of reading one file into an input, given by the adapter. */
export interface InputOptions {
  /** The `--as-of` override (or the pane's date). */
  readonly asOf?: DayNumber;
  /** The file's modification time (ms since 1970): decides between two files of a school. */
  readonly modified?: number;
  /** `--form-map`: how to read a region's own form (forms.md (b)). */
  readonly formMap?: FormMap;
}

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
  /** The file's own «Отчётная дата» (never the override): which of a school's files is newest. */
  readonly ownAsOf: DayNumber | null;
  /** The file's modification time (ms since 1970) when the adapter knows it. */
  readonly modified: number | null;
  /** Y, the school year that contains D (never the file's «Учебный год»). */
  readonly schoolYear: string | null;
  /** KPI figures and pooling data (no drill-down); null when not computed. */
  readonly kpis: PoolInput | null;
  /**
   * KPIs the reading already keeps out of the total (a form's: not given, C005–C007, a part pooling
   * needs missing); the consolidation adds the shares without a denominator > 0.
   */
  readonly unpooled: Exclusions;
  /**
   * Workbooks and exports: the «Сведения» item behind each C004 KPI's denominator (label and cell;
   * `row` null when the item is absent). Null for inputs without «Сведения» (forms, unreadable).
   */
  readonly infoDenominators: Readonly<
    Partial<Record<InfoDenominatorKpi, { readonly label: string; readonly at: Place }>>
  > | null;
  /**
   * Issue counts the input carries instead of its issues: an export's («Данные отчёта»), or a
   * school's inside a consolidation workbook. Null when there are none (an export of version 1).
   */
  readonly carried: CarriedCounts | null;
  /** A Russian hint about the file (e.g. «похоже на форму мониторинга…»), or null. */
  readonly hint: string | null;
  /** A school read out of a consolidation workbook: its own file and the consolidations it came through. */
  readonly origin?: Origin;
  /** A consolidation workbook: its pooled schools, each an input of its own. */
  readonly schools?: readonly ConsolidationInput[];
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

/**
 * An input's status once its issues are final: an export's comes from the counts it carries
 * («unchecked» without them), unless its own issues (an incomplete sheet, a C-code) are errors.
 */
export function finalStatus(input: ConsolidationInput, issues: readonly Issue[]): InputStatus {
  if (input.status === "unreadable") return "unreadable";
  const own = statusOf(true, issues);
  if (own === "errors") return own;
  if (input.carried !== null) return input.carried.errors > 0 ? "errors" : "ok";
  // An export without counts, or a school inside a consolidation that was not checked either.
  return input.kind === "aggregate" || input.status === "unchecked" ? "unchecked" : own;
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
    ownAsOf: null,
    modified: null,
    schoolYear: null,
    kpis: null,
    unpooled: {},
    infoDenominators: null,
    carried: null,
    hint: null,
    error: issue.message,
    issues: [issue],
    persons: [],
    snapshots: [],
  };
}
