/**
 * The raw shape every adapter (Office.js, the .xlsx reader) hands to the domain: a sheet's used range as a
 * 2-D array of plain cell values. The domain never sees an adapter's own objects.
 */

/** A cell that holds a date (a serial under a date format in a file, or an Office cell whose number format is a date). */
export interface RawDate {
  readonly kind: "date";
  /** Calendar date `YYYY-MM-DD`; the time part is already dropped. */
  readonly iso: string;
}

/** An error cell (#N/A, #REF!, …): kept as its text so messages can name it. */
export interface RawError {
  readonly kind: "error";
  readonly text: string;
}

/**
 * One cell as read. Formula cells contribute their cached value; rich text is flattened to plain
 * text; hyperlinks contribute their display text. `null` = no value.
 */
export type RawCell = string | number | boolean | RawDate | RawError | null;

/** A rectangle of cells in worksheet coordinates (1-based, inclusive). */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  /** The sheet's name as it appears in the file. */
  readonly name: string;
  /** Worksheet row number (1-based) of `rows[0]`. */
  readonly firstRow: number;
  /** Worksheet column number (1-based) of `rows[i][0]`. */
  readonly firstCol: number;
  /** Rows of the used range; rows may be ragged (missing trailing cells = empty). */
  readonly rows: readonly (readonly RawCell[])[];
  /**
   * Worksheet rows hidden in the file — their own hidden flag or a collapsed outline group —
   * ascending. Absent when the adapter cannot tell (then no row counts as hidden).
   */
  readonly hiddenRows?: readonly number[];
  /** Merged ranges of the sheet (their values sit in the top-left cell only). Absent = none known. */
  readonly merges?: readonly CellRect[];
  /**
   * True when the sheet has an AutoFilter with at least one filter condition: its hidden rows are
   * rows the user filtered out of view, not rows removed from the list (workbook.md, non-data rows).
   */
  readonly filterActive?: boolean;
}

export interface WorkbookGrid {
  /** Sheets in workbook order. */
  readonly sheets: readonly SheetGrid[];
  /** True when the workbook uses the 1904 date system (serials count from 1904-01-01). */
  readonly date1904: boolean;
}

export const rawDate = (iso: string): RawDate => ({ kind: "date", iso });
export const rawError = (text: string): RawError => ({ kind: "error", text });

export function isRawDate(c: RawCell): c is RawDate {
  return typeof c === "object" && c !== null && c.kind === "date";
}
export function isRawError(c: RawCell): c is RawError {
  return typeof c === "object" && c !== null && c.kind === "error";
}
