/**
 * Where a source sheet's data is, for import: the reader's header row, columns, non-data rows and
 * fill-down (src/domain/read), with what import adds — «Фамилия», «Имя», «Отчество» recognised on
 * the person sheets (the three count as one cell, cli.md "Import" 1), a header row and columns the
 * user chose, and transforms the user switched off.
 */
import type { CellRect, SheetGrid } from "../grid";
import { findHeaderRow, type HeaderMatch, type HeaderTarget } from "../read/headerRow";
import { categoryColumns, type DataRow } from "../read/listSheetRows";
import { fillMergedDown } from "../read/mergeFill";
import { type SkippedRow, splitDataRows } from "../read/nonDataRows";
import { headerColumns, type ListSheetSpec } from "../template/sheets";
import { isEmptyCell } from "../values/parse";
import type { TransformId } from "./transforms";

/** The three parts of a name split over three columns, in the order they are joined. */
export const NAME_PARTS: readonly HeaderTarget[] = [
  { key: "surname", header: "Фамилия", aliases: [], required: false },
  { key: "givenName", header: "Имя", aliases: [], required: false },
  { key: "patronymic", header: "Отчество", aliases: [], required: false },
];
const NAME_PART_KEYS: ReadonlySet<string> = new Set(NAME_PARTS.map((p) => p.key));

const isPersonSheet = (spec: ListSheetSpec) => spec.id === "mentors" || spec.id === "mentees";

const targetsMemo = new Map<ListSheetSpec, readonly HeaderTarget[]>();

/** The headers import recognises on a sheet: the reader's, and the name parts on person sheets. */
function importHeaderTargets(spec: ListSheetSpec): readonly HeaderTarget[] {
  let t = targetsMemo.get(spec);
  if (t === undefined) {
    t = isPersonSheet(spec) ? [...headerColumns(spec), ...NAME_PARTS] : headerColumns(spec);
    targetsMemo.set(spec, t);
  }
  return t;
}

/** The header row import finds on a sheet for a target, or the row given by hand. */
export function findImportHeader(
  grid: SheetGrid,
  spec: ListSheetSpec,
  headerRow?: number,
): HeaderMatch | null {
  const targets = importHeaderTargets(spec);
  const oneCell = isPersonSheet(spec) ? NAME_PART_KEYS : undefined;
  if (headerRow === undefined) return findHeaderRow(grid, targets, { oneCell });
  // The user has said this is the header: it is taken whatever it holds.
  const single: SheetGrid = {
    ...grid,
    firstRow: headerRow,
    rows: [grid.rows[headerRow - grid.firstRow] ?? []],
  };
  return findHeaderRow(single, targets, { oneCell, minRecognised: 0 });
}

export interface LocateChoices {
  readonly headerRow?: number;
  readonly columns?: Readonly<Record<string, number | null>>;
  readonly off: ReadonlySet<TransformId>;
}

export interface ImportLocation {
  readonly headerRow: number;
  /** Template and reading-only column key → the source column it is read from. */
  readonly columns: ReadonlyMap<string, number>;
  /** The name-part columns joined into ФИО (surname, given name, patronymic; absent ones left out). */
  readonly nameColumns: readonly number[];
  readonly rows: readonly DataRow[];
  /** Rows skipped as not data (empty when the user switched skipping off). */
  readonly skipped: readonly SkippedRow[];
  /** Rows with values only in columns no template column takes: not data (workbook.md), listed. */
  readonly unrecognisedRows: readonly number[];
  /** Cells of data rows given the value of the merged range above them (fill-down). */
  readonly filledDown: readonly { readonly row: number; readonly col: number; readonly range: CellRect }[];
}

/** The cells fill-down gives a value: the first column of merged ranges, below their first data row. */
function filledCells(
  grid: SheetGrid,
  headerRow: number,
  data: readonly number[],
): ImportLocation["filledDown"] {
  const isData = new Set(data);
  const out: { row: number; col: number; range: CellRect }[] = [];
  for (const m of grid.merges ?? []) {
    if (m.bottom <= m.top || m.top <= headerRow || !isData.has(m.top - grid.firstRow)) continue;
    if (isEmptyCell(grid.rows[m.top - grid.firstRow]?.[m.left - grid.firstCol] ?? null)) continue;
    for (let r = m.top + 1; r <= m.bottom; r++)
      if (isData.has(r - grid.firstRow)) out.push({ row: r, col: m.left, range: m });
  }
  return out;
}

/** The columns used, after the «Категория» rules, the user's choices and the switches. */
function chosenColumns(grid: SheetGrid, spec: ListSheetSpec, match: HeaderMatch, c: LocateChoices) {
  const columns = new Map(spec.id === "mentors" ? categoryColumns(grid, match) : match.columns);
  for (const [key, col] of Object.entries(c.columns ?? {})) {
    if (col === null) columns.delete(key);
    else columns.set(key, col);
  }
  if (c.off.has("splitPeriod")) columns.delete("term");
  if (c.off.has("splitOrder")) columns.delete("order");
  const nameColumns: number[] = [];
  for (const p of NAME_PARTS) {
    const col = columns.get(p.key);
    columns.delete(p.key);
    // Joined only where there is no ФИО column (cli.md "Import" 1).
    if (col !== undefined && !columns.has("fio") && !c.off.has("joinName")) nameColumns.push(col);
  }
  return { columns, nameColumns };
}

export function locateForImport(
  grid: SheetGrid,
  spec: ListSheetSpec,
  c: LocateChoices,
): ImportLocation | null {
  const match = findImportHeader(grid, spec, c.headerRow);
  if (!match) return null;
  const { columns, nameColumns } = chosenColumns(grid, spec, match, c);
  const keyCol = columns.get(spec.keyColumn) ?? nameColumns[0];
  const split = splitDataRows(grid, match.row, keyCol);
  const skipping = !c.off.has("skipRows");
  const data = skipping
    ? split.data
    : [...split.data, ...split.skipped.map((s) => s.row - grid.firstRow)].sort((a, b) => a - b);
  const fillDown = !c.off.has("fillDown");
  const filled = fillDown ? fillMergedDown(grid, match.row, data) : new Map();
  const recognised = [...columns.values(), ...nameColumns].map((col) => col - grid.firstCol);
  const rows: DataRow[] = [];
  const unrecognisedRows: number[] = [];
  for (const i of data) {
    const own = grid.rows[i];
    // As the reader: values in unknown columns alone never make a row data.
    if (recognised.every((k) => isEmptyCell(own[k] ?? null))) {
      unrecognisedRows.push(grid.firstRow + i);
      continue;
    }
    rows.push({ row: grid.firstRow + i, cells: filled.get(i) ?? own });
  }
  const kept = new Set(rows.map((r) => r.row));
  return {
    headerRow: match.row,
    columns,
    nameColumns,
    rows,
    skipped: skipping ? split.skipped : [],
    unrecognisedRows,
    filledDown: fillDown ? filledCells(grid, match.row, data).filter((f) => kept.has(f.row)) : [],
  };
}
