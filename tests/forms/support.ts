/**
 * Filled monitoring forms as grids, the way a school leaves them: the layout of forms.md (a), values
 * typed in D by (id, part). Rows may be reordered, removed or duplicated to test that rows are
 * found by (A, B), not by number.
 */
import { formParts } from "../../src/domain/forms/formParts";
import type { RawCell, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { rawDate } from "../domain/builders";

export type FormValues = Readonly<Record<string, RawCell>>;

export interface FormOptions {
  readonly code?: RawCell;
  readonly name?: RawCell;
  readonly municipality?: RawCell;
  readonly asOf?: RawCell;
  /** Rows as (id, part) pairs, in the order to write; default every part of the form in order. */
  readonly rows?: readonly (readonly [string, string])[];
  /** Extra rows appended below: [A, B, D]. */
  readonly extra?: readonly (readonly [RawCell, RawCell, RawCell])[];
  readonly sheetName?: string;
  /** Keep the documents denominator's prefilled 5 (the blank form has it). */
  readonly prefilled?: boolean;
}

export const ALL_ROWS: readonly (readonly [string, string])[] = formParts.map(
  (p) => [p.id, p.token] as const,
);

export function formSheet(values: FormValues, o: FormOptions = {}): SheetGrid {
  const rows: RawCell[][] = [
    ["Мониторинг реализации целевой модели наставничества: итоговые значения ОО"],
    [],
    ["Код ОО", o.code === undefined ? "ЭР-30" : o.code],
    ["Наименование ОО", o.name === undefined ? "МБОУ «Лесная СОШ»" : o.name],
    ["Муниципалитет", o.municipality === undefined ? "Энский район" : o.municipality],
    ["Отчётная дата", o.asOf === undefined ? rawDate("2024-12-02") : o.asOf],
    [],
    ["Показатель (id)", "Часть", "Наименование", "Значение", "Единица"],
  ];
  for (const [id, part] of o.rows ?? ALL_ROWS) {
    const key = `${id}|${part}`;
    let v: RawCell = key in values ? values[key] : null;
    if (!(key in values) && key === "documents|denominator" && o.prefilled !== false) v = 5;
    rows.push([id, part, "…", v, "ед."]);
  }
  for (const [a, b, d] of o.extra ?? []) rows.push([a, b, "…", d, null]);
  return { name: o.sheetName ?? "Форма мониторинга", firstRow: 1, firstCol: 1, rows };
}

export const formGrid = (values: FormValues, o: FormOptions = {}): WorkbookGrid => ({
  sheets: [formSheet(values, o)],
  date1904: false,
});

/** Worksheet row of (id, part) in a form written with ALL_ROWS. */
export const rowOfPart = (id: string, part: string): number =>
  9 + ALL_ROWS.findIndex(([i, p]) => i === id && p === part);
