/**
 * The workbook `nastavnik import` writes: the template as `init` writes it (tables, dropdowns,
 * formats, «Справочники»), holding the imported rows, each table followed by its extra columns
 * (text as text, never a formula) and «Сведения» / «Настройки» by their extra rows.
 */
import {
  type PlanValue,
  type SheetPlan,
  type TablePlan,
  TEXT_FORMAT,
  type WritePlan,
} from "../plan/writePlan";
import { templatePlan } from "../structure/templatePlan";
import { infoSheet, settingsSheet, type KeyValueSheetSpec } from "../template/keyValue";
import { listSheets, type ListSheetSpec } from "../template/sheets";
import { uniqueHeaders } from "./extraColumns";
import type { ImportedBook, KeyValueTarget, TargetRow, TargetSheet } from "./model";

const EXTRA_WIDTH = 22;

/** A target row in the table's column order: the template's columns, then the extra ones. */
export function rowCells(spec: ListSheetSpec, row: TargetRow, extras: number): PlanValue[] {
  const cells: PlanValue[] = spec.columns.map((c) => row.values[c.key] ?? null);
  for (let i = 0; i < extras; i++) cells.push(row.extra.get(i) ?? null);
  return cells;
}

/** The table of a sheet plan with extra columns appended (headers made unique, text format). */
function withExtraColumns(
  sheet: SheetPlan,
  headers: readonly string[],
  rows: readonly (readonly PlanValue[])[],
): SheetPlan {
  const table = sheet.tables![0] as TablePlan;
  const extra = uniqueHeaders(table.headers, headers);
  const first = table.headers.length + 1;
  return {
    ...sheet,
    tables: [
      {
        ...table,
        headers: [...table.headers, ...extra],
        rows,
        columnFormats: [
          ...(table.columnFormats ?? table.headers.map(() => null)),
          ...extra.map(() => TEXT_FORMAT),
        ],
      },
    ],
    columnWidths: [
      ...(sheet.columnWidths ?? []),
      ...extra.map((_, i) => ({ col: first + i, width: EXTRA_WIDTH })),
    ],
  };
}

/** A list sheet as `init` writes it, holding the imported rows and their extra columns. */
export function listSheetWithExtras(sheet: SheetPlan, spec: ListSheetSpec, target: TargetSheet): SheetPlan {
  const n = target.extraColumns.length;
  return withExtraColumns(
    sheet,
    target.extraColumns.map((c) => c.header),
    target.rows.map((r) => rowCells(spec, r, n)),
  );
}

/** «Сведения» / «Настройки»: the items in catalogue order, then the rows that name no item. */
function keyValuePlan(sheet: SheetPlan, spec: KeyValueSheetSpec, target: KeyValueTarget): SheetPlan {
  const table = sheet.tables![0] as TablePlan;
  const n = target.extraColumns.length;
  const extraCells = (extra: ReadonlyMap<number, PlanValue> | undefined) =>
    Array.from({ length: n }, (_, i) => extra?.get(i) ?? null);
  const items = spec.items.map((it, i) => {
    const given = target.values[it.key];
    // A value the source does not give keeps the template's (the defaults of «Настройки»).
    const value = given === undefined ? (table.rows[i]?.[1] ?? null) : given;
    return [it.label, value, ...extraCells(target.extraByItem.get(it.key))];
  });
  const unknown = target.unknownItems.map((u) => [u.label, u.value, ...extraCells(u.extra)]);
  return withExtraColumns(
    sheet,
    target.extraColumns.map((c) => c.header),
    [...items, ...unknown],
  );
}

export function importPlan(book: ImportedBook): WritePlan {
  const base = templatePlan({});
  const sheets = base.sheets.map((sheet) => {
    if (sheet.name === infoSheet.name) return keyValuePlan(sheet, infoSheet, book.info);
    if (sheet.name === settingsSheet.name) return keyValuePlan(sheet, settingsSheet, book.settings);
    const spec = listSheets.find((s) => s.name === sheet.name);
    return spec === undefined ? sheet : listSheetWithExtras(sheet, spec, book.lists[spec.id]);
  });
  return { ...base, sheets };
}
