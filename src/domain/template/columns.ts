/**
 * Building blocks of the template catalogue: a column is declared once with its type and the
 * readings its cells take (workbook.md, "Values: how cells are read"), and every consumer
 * (reader, rules, Excel tables, dropdowns, prompts, docs) reads that declaration.
 */
import type { EnumSpec } from "./enums";

/**
 * Which of the date readings of workbook.md a date column takes, beyond a date cell, a serial and a
 * full date (which every date column reads). The per-column table of "Dates" is these declarations.
 */
export interface DateReadings {
  /** «сентябрь 2023» and month ranges: the first or the last day of the month (i). Absent: F002. */
  readonly monthYear?: "first" | "last";
  /** «до 01.09.2023», «до сентябрь 2023» (deadline columns). */
  readonly until?: boolean;
  /** «в течение года»: 31.05 of the second year of the school year (i). */
  readonly duringYear?: boolean;
  /**
   * A period «с A по B» in this cell: the column takes A (`takes: "from"`) or B (`"to"`), and the
   * column `fills` gets the other end when its own cell is empty.
   */
  readonly period?: { readonly takes: "from" | "to"; readonly fills: string };
  /** A year alone, «2012 г.р.» → 01.01.2012 (i) («Дата рождения»). */
  readonly yearAlone?: boolean;
}

/**
 * The unit group of a number column (workbook.md, "Numbers"): which units may follow the number.
 * `none` takes a bare number only.
 */
export type UnitGroup = "years" | "months" | "count" | "score" | "percent" | "none";

export type ColumnType =
  | { readonly kind: "text" }
  /** The ФИО that keys a person of this sheet. */
  | { readonly kind: "person" }
  /** A ФИО that must name a person of another sheet (dropdown fed by that sheet). */
  | { readonly kind: "personRef"; readonly of: "mentors" | "mentees" }
  | { readonly kind: "date"; readonly readings: DateReadings }
  | {
      readonly kind: "number";
      readonly min: number;
      readonly max: number;
      readonly integer: boolean;
      readonly unit: UnitGroup;
    }
  /** `documentRef`: a text citing the document («Приказ от 01.09.2023 № 145-од») reads да (i). */
  | { readonly kind: "yesno"; readonly documentRef?: boolean }
  /**
   * `withKind`: a cell «F (K)» with K a value of that list is F, and K fills the column `key` when
   * its cell is empty (i) — «педагог – педагог (групповая)».
   */
  | {
      readonly kind: "enum";
      readonly spec: EnumSpec;
      readonly withKind?: { readonly key: string; readonly spec: EnumSpec };
      /** What an empty cell reads as (not F001): «План» «Статус» reads «Запланировано». */
      readonly emptyAs?: string;
    }
  /** Reading-only: a period «с A по B» filling two date columns where their cells are empty. */
  | { readonly kind: "period"; readonly from: string; readonly to: string }
  /** Reading-only: «№ 145-од от 01.09.2023» filling an order number and an order date. */
  | { readonly kind: "orderRef"; readonly number: string; readonly date: string };

export interface ColumnSpec {
  /** Stable Latin id used in code. */
  readonly key: string;
  /** Canonical Russian header (part of the contract). */
  readonly header: string;
  readonly type: ColumnType;
  readonly required: boolean;
  /** Alternative headers accepted on input (workbook.md, "Header aliases"). */
  readonly aliases: readonly string[];
  /** Column width in characters for the generated table. */
  readonly width: number;
  /** Short Russian hint shown as the cell's input prompt. */
  readonly hint: string;
}

type Options = Partial<Pick<ColumnSpec, "required" | "aliases" | "width" | "hint">>;

function column(key: string, header: string, type: ColumnType, defaultWidth: number, o: Options): ColumnSpec {
  return {
    key,
    header,
    type,
    required: o.required ?? false,
    aliases: o.aliases ?? [],
    width: o.width ?? defaultWidth,
    hint: o.hint ?? "",
  };
}

export const text = (key: string, header: string, o: Options = {}): ColumnSpec =>
  column(key, header, { kind: "text" }, 24, o);
export const person = (key: string, header: string, o: Options = {}): ColumnSpec =>
  column(key, header, { kind: "person" }, 34, o);
export const personRef = (
  key: string,
  header: string,
  of: "mentors" | "mentees",
  o: Options = {},
): ColumnSpec => column(key, header, { kind: "personRef", of }, 34, o);
export const date = (
  key: string,
  header: string,
  o: Options & { readonly readings?: DateReadings } = {},
): ColumnSpec => column(key, header, { kind: "date", readings: o.readings ?? {} }, 14, o);
export const number = (
  key: string,
  header: string,
  range: { min: number; max: number; integer?: boolean; unit?: UnitGroup },
  o: Options = {},
): ColumnSpec =>
  column(
    key,
    header,
    {
      kind: "number",
      min: range.min,
      max: range.max,
      integer: range.integer ?? false,
      unit: range.unit ?? "none",
    },
    12,
    o,
  );
export const yesNoColumn = (key: string, header: string, o: Options = {}): ColumnSpec =>
  column(key, header, { kind: "yesno" }, 12, o);
export const oneOf = (
  key: string,
  header: string,
  spec: EnumSpec,
  o: Options & {
    readonly withKind?: { readonly key: string; readonly spec: EnumSpec };
    readonly emptyAs?: string;
  } = {},
): ColumnSpec => {
  const type: ColumnType = { kind: "enum", spec };
  return column(
    key,
    header,
    {
      ...type,
      ...(o.withKind ? { withKind: o.withKind } : {}),
      ...(o.emptyAs ? { emptyAs: o.emptyAs } : {}),
    },
    26,
    o,
  );
};
/** A reading-only column that fills others («Срок наставничества», «Приказ»); never written. */
export const readingOnly = (
  key: string,
  header: string,
  type: Extract<ColumnType, { kind: "period" | "orderRef" }>,
  aliases: readonly string[],
): ColumnSpec => column(key, header, type, 0, { aliases });
