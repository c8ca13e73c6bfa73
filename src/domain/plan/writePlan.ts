/**
 * A write plan: everything a structuring step, a report or a consolidation writes, as plain
 * serialisable data. The domain computes plans; `src/excel` (Office.js) and `src/xlsx` (ExcelJS)
 * only translate them. Tests assert on plans.
 *
 * Coordinates are 1-based worksheet rows and columns.
 */

/** A value to write. Strings are written as text, never evaluated (see `TextCell`). */
export type PlanValue =
  | string
  | number
  | boolean
  | null
  /** A calendar date `YYYY-MM-DD`, written as a date serial with a date format. */
  | { readonly date: string }
  /** A formula the add-in itself generates (never text from a user's file). */
  | { readonly formula: string }
  /** A hyperlink to a place in the workbook, e.g. `'Пары'!C7`. */
  | { readonly link: string; readonly text: string }
  /**
   * Text kept exactly as the user typed it, whatever the column's number format: a value import
   * could not read («31.02.2024» in a date column) is written with «@», so that Excel does not
   * take it for a date or a number.
   */
  | { readonly asText: string };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // #RRGGBB
  readonly fill?: string; // #RRGGBB
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly border?: boolean;
}

/** A rectangle of values written in one 2-D write. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly PlanValue[])[];
  /**
   * Number formats: one for the whole block, or one per column. Text from other files uses «@»
   * so that «=HYPERLINK(…)» or «+7…» stays text.
   */
  readonly numberFormat?: string | readonly (string | null)[];
  readonly style?: CellStyle;
}

export type ValidationRule =
  /** A dropdown fed by a formula range (e.g. `=Справочники!$A$2:$A$9`) or literal values. */
  | { readonly kind: "list"; readonly source: string | readonly string[] }
  | { readonly kind: "date"; readonly min: string; readonly max: string } // YYYY-MM-DD
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number }
  /** A decimal of at least `min`, and at most `max` when given. */
  | { readonly kind: "decimal"; readonly min: number; readonly max?: number };

export interface ValidationPlan {
  /** Column of a table (validation covers the data body) */
  readonly table: string;
  readonly column: string;
  readonly rule: ValidationRule;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error?: { readonly title: string; readonly message: string };
}

/** Validation on a fixed range of a sheet (e.g. one value cell of «Сведения»). */
export interface CellValidationPlan {
  /** A1 range on the sheet, e.g. `B6` or `B10:B14`. */
  readonly range: string;
  readonly rule: ValidationRule;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error?: { readonly title: string; readonly message: string };
}

/**
 * A table the add-in creates. `existing` and `fromRange` tables (below) keep every cell the user
 * typed: they only rename, append missing columns or rows, and (re)apply formats and validation.
 */
export interface TablePlan {
  readonly kind?: "new";
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
  /** Number format per column (null = General). */
  readonly columnFormats?: readonly (string | null)[];
  readonly style?: string;
}

/** An existing table, kept in place: rename, append missing columns and rows, reformat. */
export interface ExistingTablePlan {
  readonly kind: "existing";
  /** Its current name. */
  readonly name: string;
  readonly rename?: string;
  /** Headers of missing columns, appended at the right end of the table. */
  readonly appendColumns: readonly string[];
  /** Rows appended below the last row (e.g. missing «Сведения» items). */
  readonly appendRows?: readonly (readonly PlanValue[])[];
  /** Number format by header (the header as it is in the table). */
  readonly formats: Readonly<Record<string, string>>;
  readonly style?: string;
}

/** A plain range with a header row that becomes a table in place, keeping its data. */
export interface RangeToTablePlan {
  readonly kind: "fromRange";
  readonly name: string;
  /** The header row and the first and last columns of the range; `lastRow` its last data row. */
  readonly row: number;
  readonly col: number;
  readonly lastCol: number;
  readonly lastRow: number;
  readonly appendColumns: readonly string[];
  readonly appendRows?: readonly (readonly PlanValue[])[];
  readonly formats: Readonly<Record<string, string>>;
  readonly style?: string;
}

export type AnyTablePlan = TablePlan | ExistingTablePlan | RangeToTablePlan;

export interface ConditionalFormatPlan {
  /** A1 range on the sheet, e.g. `F5:F20`. */
  readonly range: string;
  /**
   * Cells whose text equals `equals` get the fill/font; or, with `formula`, cells for which the
   * formula (relative to the range's top-left cell) is true.
   */
  readonly rules: readonly (
    | { readonly equals: string; readonly fill: string; readonly fontColor?: string }
    | { readonly formula: string; readonly fill: string; readonly fontColor?: string }
  )[];
}

/** A workbook-level defined name, added when missing. */
export interface NamePlan {
  readonly name: string;
  /** e.g. `='Справочники'!$M:$M` */
  readonly reference: string;
}

export interface ChartPlan {
  readonly name: string;
  readonly type: "columnClustered" | "barClustered" | "pie" | "line" | "columnStacked";
  readonly title: string;
  /** A1 range of the source data including the header row and the category column. */
  readonly dataRange: string;
  readonly seriesBy: "columns" | "rows";
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
  readonly axisTitles?: { readonly category?: string; readonly value?: string };
  readonly valueAxisMax?: number;
  /** Number format of the value axis (and of the data labels unless `labelFormat` says), e.g. `0 %`. */
  readonly valueFormat?: string;
  /** Each value written on its bar, point or slice. */
  readonly dataLabels?: boolean;
  /** Number format of the data labels, e.g. `0,0 %` as in the table beside the chart. */
  readonly labelFormat?: string;
  /** Colours of the series by index (#RRGGBB); a series without one takes the palette's. */
  readonly seriesColors?: readonly string[];
  /** Series (by index) drawn as lines over the bars on the same axes, e.g. the target. */
  readonly lineSeries?: readonly number[];
  /**
   * Colours of the first series' points by category (#RRGGBB, null: the series colour), e.g.
   * schools below the target in red. Written once: the chart is rebuilt with the sheet.
   */
  readonly pointColors?: readonly (string | null)[];
}

export interface PrintPlan {
  readonly orientation: "landscape" | "portrait";
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. `$1:$4`. */
  readonly titleRows?: string;
  /** Centred page footer, with `&P` (page) and `&N` (pages) as Excel header codes. */
  readonly footer?: string;
  /** Rows that start a new printed page, so a chart or a section is never cut in two. */
  readonly breaksBefore?: readonly number[];
  /** Margins in inches, when the default (0.7 / 0.75) wastes room a wide table needs. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

/**
 * Sheet protection without a password: every cell locked except the `unlocked` ranges (the input
 * cells of a form). Only the file writer applies it — the add-in writes forms as downloads, never
 * into the open workbook.
 */
export interface ProtectionPlan {
  /** A1 ranges the user may edit, e.g. `B3:B6`. */
  readonly unlocked: readonly string[];
}

export interface SheetPlan {
  readonly name: string;
  /**
   * `replace`: delete the sheet if present and build it anew (generated sheets only).
   * `create`: build it; the sheet must not exist.
   * `update`: the sheet exists; write what the plan says and keep everything else.
   */
  readonly mode: "replace" | "create" | "update";
  /**
   * For `replace`: the 0-based position of the sheet being replaced, when the caller knows it (from
   * a snapshot) — the new sheet takes its place without another round trip to ask.
   */
  readonly position?: number;
  readonly hidden?: boolean;
  readonly tabColor?: string;
  /** A1 ranges whose contents are cleared (formats kept) before the blocks are written. */
  readonly clear?: readonly string[];
  readonly blocks?: readonly CellBlock[];
  readonly tables?: readonly AnyTablePlan[];
  /** Widths in characters, by 1-based column. */
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  readonly freezeRows?: number;
  readonly validations?: readonly ValidationPlan[];
  readonly cellValidations?: readonly CellValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly charts?: readonly ChartPlan[];
  readonly print?: PrintPlan;
  /** A1 ranges whose text wraps within the column (long titles and explanations that must print). */
  readonly wrap?: readonly string[];
  /** Heights in points of rows whose wrapped text needs more than one line. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly protection?: ProtectionPlan;
}

export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
  /** Defined names to add (after the sheets exist). */
  readonly names?: readonly NamePlan[];
  /** Sheet to show when done. */
  readonly activate?: string;
  /**
   * Generated sheets to delete when present: a part of the output that this run has nothing for
   * (e.g. «Динамика» when no school has snapshots) must not keep the previous run's figures.
   */
  readonly remove?: readonly string[];
}

export const DATE_FORMAT = "dd.mm.yyyy";
export const TEXT_FORMAT = "@";
/** Shares in cells: «37,5 %» (one Russian number style: ../format/numbers.ts). */
export { PERCENT_FORMAT } from "../format/numbers";
