/**
 * What an import takes and what it gives back (cli.md "Import"): the source workbooks, the
 * choices the pane lets the user make, and the result — the rows of the template workbook and a
 * report in which every non-empty source cell is either placed or listed as not placed.
 */
import type { WorkbookGrid } from "../grid";
import type { PlanValue } from "../plan/writePlan";
import type { SkipReason } from "../read/nonDataRows";
import type { ListSheetId } from "../template/sheets";
import type { DayNumber } from "../values/dates";
import type { TransformId } from "./transforms";

/** One input workbook. `file` is the name the report uses (the path as given, or the sheet's book). */
export interface ImportSource {
  readonly file: string;
  readonly grid: WorkbookGrid;
}

/** Where a source sheet goes: a list sheet, or «Сведения» / «Настройки» (by name only). */
export type ImportTarget = ListSheetId | "info" | "settings";

/**
 * What the user chose for one source sheet in the pane (the CLI chooses nothing). Absent fields
 * keep the automatic proposal.
 */
export interface SheetChoice {
  /** The target; null: the sheet is not imported. */
  readonly target?: ImportTarget | null;
  /** The header row given by hand (worksheet row). */
  readonly headerRow?: number;
  /** Template column key → the source column it is filled from; null: the column is left out. */
  readonly columns?: Readonly<Record<string, number | null>>;
  /**
   * A value for a column of a target sheet, used where a row has none («Категория» = «Педагог»,
   * «Статус» = «Действует», the order from the title line), as typed. Replaces the proposal's.
   */
  readonly constants?: Readonly<Partial<Record<ListSheetId, Readonly<Record<string, string>>>>>;
}

export interface ImportOptions {
  /** The import date A: statuses are derived at it (`--as-of`, default today). */
  readonly asOf: DayNumber;
  /** Transforms switched off (all are on by default). */
  readonly off?: ReadonlySet<TransformId>;
  /** Choices by source sheet, keyed by `sheetKey(file, sheet)`. */
  readonly choices?: ReadonlyMap<string, SheetChoice>;
  /**
   * What the workbook being written to already holds (the pane): its persons, for short names and
   * persons named only on «Пары», and its pairs, for repeats and the next free №.
   */
  readonly existing?: ExistingBook;
}

export interface ExistingBook {
  readonly mentors: readonly string[];
  readonly mentees: readonly string[];
  /** «Пары» rows: worksheet row, mentor, mentee, start (ISO or the text as written), №. */
  readonly pairs: readonly {
    readonly row: number;
    readonly mentor: string;
    readonly mentee: string;
    readonly start: string | null;
    readonly no: string | null;
  }[];
}

export const sheetKey = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

/** A value as the JSON report shows it: dates as ISO text, numbers as numbers. */
export type ReportValue = string | number | boolean | null;

export type ConversionKind =
  | "value" // a value read from its text (a date, a number, a canonical enum value, да/нет)
  | "period" // one cell → «Дата начала» and «Дата окончания (план)»
  | "order" // one cell → «Приказ №» and «Приказ от»
  | "orderFromTitle"
  | "formKind" // «Форма (вид)» → Форма and Вид
  | "joinName" // «Фамилия» + «Имя» + «Отчество» → ФИО
  | "shortName" // «Петров С.Н.» → the person's full ФИО
  | "splitMentees" // several mentees in one cell → one row each
  | "fillDown" // a merged cell's value given to the rows it covers
  | "status" // Статус derived from the dates at A
  | "personAdded" // a person named only on «Пары», added to a person sheet
  | "unreadable" // kept as its text («не прочитано»)
  | "asWritten"; // kept as its text because the transform that reads it is switched off

export interface Conversion {
  readonly file: string;
  readonly sheet: string;
  /** The source cell (A1), or a range of cells read together («B3:D3»). */
  readonly cell: string;
  /** The source text. */
  readonly from: string;
  /** Template column (header) → the value written. */
  readonly to: Readonly<Record<string, ReportValue>>;
  /** Russian: how the value was read («месяц и год», «период», «не прочитано»). */
  readonly note: string;
  readonly kind: ConversionKind;
  /** The target sheet the values went to. */
  readonly target: string;
  readonly transform: TransformId | null;
}

export interface SkippedRowReport {
  readonly row: number;
  readonly reason: SkipReason | string;
}

/** A source cell that is not in the output, with the reason. */
export interface NotPlaced {
  readonly cell: string;
  readonly value: string;
  readonly reason: string;
}

export interface ConstantUsed {
  readonly sheet: string;
  readonly column: string;
  readonly value: string;
  /** Rows it filled. */
  readonly rows: number;
}

export interface SheetReport {
  readonly file: string;
  readonly sheet: string;
  readonly target: ImportTarget;
  /** The template sheet's name («Наставники»). */
  readonly targetName: string;
  readonly headerRow: number;
  /** Data rows read (before one cell's several mentees become several rows). */
  readonly rows: number;
  /** Rows written to the target sheet (after splits). */
  readonly written: number;
  /** «Пары» rows made from this base sheet (repeats left out). */
  readonly pairsGenerated: number;
  /** Source header → template header, in source column order. */
  readonly mapped: readonly (readonly [string, string])[];
  /** Source header → «Пары» header, for a base sheet's pairs. */
  readonly pairsMapped: readonly (readonly [string, string])[];
  /** Headers of the columns added as extra columns, in source order. */
  readonly unmapped: readonly string[];
  readonly skipped: readonly SkippedRowReport[];
  readonly notPlaced: readonly NotPlaced[];
  /** Generated «Пары» rows left out as repeats: source row → the row it repeats. */
  readonly repeats: readonly { readonly row: number; readonly of: string }[];
  readonly constants: readonly ConstantUsed[];
  /** № пары/группы given to the rows of this sheet (first and last), when generated. */
  readonly numbered: { readonly first: number; readonly last: number } | null;
}

export interface NotImported {
  readonly file: string;
  readonly sheet: string;
  readonly reason: string;
  /** Non-empty cells of the sheet (none are placed). */
  readonly cells: number;
}

export interface MissingRequired {
  readonly sheet: string;
  readonly column: string;
}

/** An extra column of a target sheet: a source column no template column takes. */
export interface ExtraColumn {
  readonly header: string;
}

/** One row of a target list sheet: template values by key, extra values by extra column. */
export interface TargetRow {
  readonly values: Readonly<Record<string, PlanValue>>;
  readonly extra: ReadonlyMap<number, PlanValue>;
  /** The source row it was made from (for the pane's preview: which cells were converted). */
  readonly source?: { readonly file: string; readonly sheet: string; readonly row: number };
}

export interface TargetSheet {
  readonly rows: readonly TargetRow[];
  readonly extraColumns: readonly ExtraColumn[];
}

export interface KeyValueTarget {
  /** Item key → value. */
  readonly values: Readonly<Record<string, PlanValue>>;
  /** Extra values by item key, by extra column index. */
  readonly extraByItem: ReadonlyMap<string, ReadonlyMap<number, PlanValue>>;
  /** Rows whose label is no item: label, value and extra values, appended after the items. */
  readonly unknownItems: readonly {
    label: PlanValue;
    value: PlanValue;
    extra: ReadonlyMap<number, PlanValue>;
  }[];
  readonly extraColumns: readonly ExtraColumn[];
  /** Whether any source sheet gave this target. */
  readonly given: boolean;
}

/** The content of the template workbook an import writes. */
export interface ImportedBook {
  readonly info: KeyValueTarget;
  readonly settings: KeyValueTarget;
  readonly lists: Readonly<Record<ListSheetId, TargetSheet>>;
}

export interface ImportResult {
  readonly asOf: DayNumber;
  readonly book: ImportedBook;
  readonly sheets: readonly SheetReport[];
  readonly conversions: readonly Conversion[];
  readonly missingRequired: readonly MissingRequired[];
  readonly notImported: readonly NotImported[];
  /** Values that could not be read (written as their text): exit status 1. */
  readonly unreadable: number;
}
