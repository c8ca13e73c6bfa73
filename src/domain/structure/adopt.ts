/**
 * «Перенести лист»: a methodist's own list (title rows, own headers, own column order) is read
 * with a proposed column mapping, previewed, and imported into a template table with its values
 * converted. What cannot be converted is imported as written and reported — never dropped.
 */
import type { SheetGrid } from "../grid";
import { columnLetter } from "../issues";
import type { PlanValue, SheetPlan, WritePlan } from "../plan/writePlan";
import type { StructureSnapshot } from "../port/workbookPort";
import { cellAt, findHeaderRow } from "../read/headerRow";
import { readCell } from "../values/readCell";
import type { ColumnSpec } from "../template/columns";
import { listSheet, type ListSheetId } from "../template/sheets";
import { normalizeHeader } from "../text/normalize";
import { isoOf } from "../values/dates";
import { displayOf } from "../values/parse";
import { columnFormat, listSheetPlan } from "./templatePlan";
import { columnValidation } from "./validation";

export interface SourceColumn {
  /** Worksheet column of the source sheet. */
  readonly col: number;
  readonly header: string;
}

export interface Mapping {
  readonly sheet: string;
  readonly target: ListSheetId;
  readonly headerRow: number;
  readonly columns: readonly SourceColumn[];
  /** Catalogue key → source column (worksheet column), for the mapped ones. */
  readonly map: Readonly<Record<string, number | undefined>>;
}

/** Finds the header row and proposes a mapping from the header aliases of workbook.md. */
export function proposeMapping(grid: SheetGrid, target: ListSheetId): Mapping {
  const spec = listSheet(target);
  const found = findHeaderRow(grid, spec.columns);
  // Without a recognisable header, the first non-empty row is taken as the header and nothing is mapped.
  const headerRow =
    found?.row ??
    grid.firstRow +
      Math.max(
        0,
        grid.rows.findIndex((r) => r.some((c) => displayOf(c) !== null)),
      );
  const cells = grid.rows[headerRow - grid.firstRow] ?? [];
  const columns: SourceColumn[] = [];
  cells.forEach((c, i) => {
    const header = displayOf(c);
    if (header !== null) columns.push({ col: grid.firstCol + i, header });
  });
  const map: Record<string, number | undefined> = {};
  if (found) for (const [key, col] of found.columns) map[key] = col;
  return { sheet: grid.name, target, headerRow, columns, map };
}

export interface Conversion {
  readonly row: number;
  readonly col: number;
  readonly header: string;
  readonly value: string;
  readonly reason: string;
}

export interface ConvertedRow {
  /** Worksheet row on the source sheet. */
  readonly row: number;
  /** Values in catalogue column order. */
  readonly values: readonly PlanValue[];
}

export interface ConversionResult {
  readonly rows: readonly ConvertedRow[];
  /** Cells imported as written because they could not be converted. */
  readonly problems: readonly Conversion[];
}

const reasons: Record<string, string> = {
  date: "не распознана дата — перенесено как текст",
  number: "не распознано число — перенесено как текст",
  yesno: "не распознано «да/нет» — перенесено как текст",
  enum: "значения нет в списке — перенесено как есть",
};

function convertCell(
  c: ColumnSpec,
  raw: ReturnType<typeof cellAt>,
  date1904: boolean,
): { value: PlanValue; ok: boolean } {
  const r = readCell(raw, c.type, date1904);
  if (r.state === "empty") return { value: null, ok: true };
  if (r.state === "bad") return { value: displayOf(raw), ok: false };
  switch (c.type.kind) {
    case "date":
      return { value: { date: isoOf(r.value as number) }, ok: true };
    case "yesno":
      return { value: r.value ? "да" : "нет", ok: true };
    case "number":
      return { value: r.value as number, ok: true };
    default:
      return { value: r.value as string, ok: true };
  }
}

/** Every non-empty data row below the header, converted into catalogue column order. */
export function convertRows(
  grid: SheetGrid,
  mapping: Mapping,
  date1904: boolean,
  limit = Infinity,
): ConversionResult {
  const spec = listSheet(mapping.target);
  const rows: ConvertedRow[] = [];
  const problems: Conversion[] = [];
  const last = grid.firstRow + grid.rows.length - 1;
  for (let r = mapping.headerRow + 1; r <= last && rows.length < limit; r++) {
    const values: PlanValue[] = [];
    const rowProblems: Conversion[] = [];
    let any = false;
    for (const c of spec.columns) {
      const col = mapping.map[c.key];
      if (col === undefined) {
        values.push(null);
        continue;
      }
      const raw = cellAt(grid, r, col);
      const { value, ok } = convertCell(c, raw, date1904);
      if (value !== null) any = true;
      values.push(value);
      if (!ok)
        rowProblems.push({
          row: r,
          col,
          header: c.header,
          value: String(value),
          reason: reasons[c.type.kind] ?? "",
        });
    }
    if (!any) continue;
    rows.push({ row: r, values });
    problems.push(...rowProblems);
  }
  return { rows, problems };
}

/** A human-readable label of a source column, e.g. «C: Ф.И.О.». */
export const sourceLabel = (c: SourceColumn) => `${columnLetter(c.col)}: ${c.header}`;

/** Source columns that no catalogue column takes (kept on the original sheet, not imported). */
export function unmappedColumns(m: Mapping): SourceColumn[] {
  const used = new Set(Object.values(m.map));
  return m.columns.filter((c) => !used.has(c.col));
}

export class AdoptError extends Error {}

/**
 * The plan that appends converted rows to the template table of the target sheet (created when
 * the workbook has no such sheet). The source sheet is never written.
 */
export function adoptPlan(
  snapshot: StructureSnapshot,
  mapping: Mapping,
  rows: readonly ConvertedRow[],
): WritePlan {
  const spec = listSheet(mapping.target);
  const values = rows.map((r) => r.values);
  const table = snapshot.tables.find((t) => t.name === spec.table);
  if (!table) {
    if (snapshot.sheets.some((s) => normalizeHeader(s.name) === normalizeHeader(spec.name))) {
      throw new AdoptError(
        `На листе «${spec.name}» нет таблицы ${spec.table}. Сначала нажмите «Создать структуру», затем повторите перенос.`,
      );
    }
    return { sheets: [listSheetPlan(spec, values)], activate: spec.name };
  }
  if (table.sheet === mapping.sheet) {
    throw new AdoptError(
      `Лист «${mapping.sheet}» уже является листом «${spec.name}» шаблона: переносить нечего.`,
    );
  }
  const byHeader = new Map(table.headers.map((h, i) => [normalizeHeader(h), i]));
  const missing = spec.columns.filter((c) => !byHeader.has(normalizeHeader(c.header)));
  // Rows are laid out in the table's own column order; columns the table lacks are appended first.
  const order = [
    ...table.headers.map((h) => normalizeHeader(h)),
    ...missing.map((c) => normalizeHeader(c.header)),
  ];
  const index = new Map(spec.columns.map((c, i) => [normalizeHeader(c.header), i]));
  const laidOut = values.map((v) => order.map((h) => (index.has(h) ? v[index.get(h)!] : null)));
  const formats: Record<string, string> = {};
  for (const c of spec.columns) {
    const f = columnFormat(c);
    if (f) formats[c.header] = f;
  }
  const sheet: SheetPlan = {
    name: table.sheet,
    mode: "update",
    tables: [
      {
        kind: "existing",
        name: table.name,
        appendColumns: missing.map((c) => c.header),
        appendRows: laidOut,
        formats,
      },
    ],
    validations: spec.columns.map((c) => columnValidation(table.name, c)).filter((v) => v !== null),
  };
  return { sheets: [sheet], activate: table.sheet };
}
