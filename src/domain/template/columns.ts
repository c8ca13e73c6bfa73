/**
 * Building blocks of the template catalogue: a column is declared once with its type, and every
 * consumer (reader, rules, Excel tables, dropdowns, prompts, docs) reads that declaration.
 */
import type { EnumSpec } from "./enums";

export type ColumnType =
  | { readonly kind: "text" }
  /** The ФИО that keys a person of this sheet. */
  | { readonly kind: "person" }
  /** A ФИО that must name a person of another sheet (dropdown fed by that sheet). */
  | { readonly kind: "personRef"; readonly of: "mentors" | "mentees" }
  | { readonly kind: "date" }
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly integer: boolean }
  | { readonly kind: "yesno" }
  | { readonly kind: "enum"; readonly spec: EnumSpec };

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
export const date = (key: string, header: string, o: Options = {}): ColumnSpec =>
  column(key, header, { kind: "date" }, 14, o);
export const number = (
  key: string,
  header: string,
  range: { min: number; max: number; integer?: boolean },
  o: Options = {},
): ColumnSpec =>
  column(
    key,
    header,
    { kind: "number", min: range.min, max: range.max, integer: range.integer ?? false },
    12,
    o,
  );
export const yesNoColumn = (key: string, header: string, o: Options = {}): ColumnSpec =>
  column(key, header, { kind: "yesno" }, 12, o);
export const oneOf = (key: string, header: string, spec: EnumSpec, o: Options = {}): ColumnSpec =>
  column(key, header, { kind: "enum", spec }, 26, o);
