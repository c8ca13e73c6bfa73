/**
 * Reading one list sheet («Наставники», «Наставляемые», «Пары», «План») from its grid: the data
 * rows `locateListSheet` finds, each cell read by its column's declaration, and the values one
 * cell gives another column of its row (periods, orders, «Форма (вид)») put in place.
 */
import type { RawCell, SheetGrid } from "../grid";
import type { Issue } from "../issues";
import { type ColumnLayout, RowRead, type SheetRead } from "../model/sheetRead";
import type { ColumnSpec } from "../template/columns";
import { headerColumns, type ListSheetSpec } from "../template/sheets";
import { BAD, EMPTY, QUIET_BAD, type Read } from "../values/parse";
import { readCell, type ReadContext } from "../values/readCell";
import { fillTargets, locateRows } from "./listSheetRows";
import { skippedList } from "./nonDataRows";
import { sheetIssue, structureIssue } from "./structureIssues";

export { readCell };

export interface Layout {
  readonly layout: ColumnLayout;
  /** The column of each position, or null for a column only filled by another one. */
  readonly specs: readonly (ColumnSpec | null)[];
  /** Template columns a reading-only column stands in for: key → that column. */
  readonly standIns: ReadonlyMap<string, number>;
}

/**
 * The sheet's layout: the columns found, in catalogue order, and the columns they can fill that
 * the sheet lacks (their cell is the filling column's).
 */
export function layoutOf(
  spec: ListSheetSpec,
  columns: ReadonlyMap<string, number>,
  firstCol: number,
): Layout {
  // A reading-only column stands in for the columns it fills; other cells fill columns the sheet
  // lacks only as a fallback.
  const fillerOf = new Map<string, ColumnSpec>();
  for (const c of [...spec.readingColumns, ...spec.columns]) {
    if (!columns.has(c.key)) continue;
    for (const target of fillTargets(c))
      if (!columns.has(target) && !fillerOf.has(target)) fillerOf.set(target, c);
  }
  const keys: string[] = [];
  const cols: number[] = [];
  const indexes: number[] = [];
  const specs: (ColumnSpec | null)[] = [];
  const standIns = new Map<string, number>();
  for (const c of headerColumns(spec)) {
    const col = columns.get(c.key);
    const filler = fillerOf.get(c.key);
    if (col === undefined && filler === undefined) continue;
    keys.push(c.key);
    if (col !== undefined) {
      cols.push(col);
      indexes.push(col - firstCol);
      specs.push(c);
    } else {
      const fillerCol = columns.get(filler!.key)!;
      cols.push(fillerCol);
      indexes.push(-1);
      specs.push(null);
      if (spec.readingColumns.includes(filler!)) standIns.set(c.key, fillerCol);
    }
  }
  return {
    layout: { keys, cols, indexes, positions: new Map(keys.map((k, i) => [k, i])), firstCol },
    specs,
    standIns,
  };
}

/** Reads a data row's cells and puts the values cells give other columns in place. */
export function readRow(row: number, cells: readonly RawCell[], l: Layout, ctx: ReadContext): RowRead {
  const { layout, specs } = l;
  const reads = new Array<Read<unknown>>(specs.length);
  let withFills = false;
  for (let k = 0; k < specs.length; k++) {
    const c = specs[k];
    const raw = c === null ? null : (cells[layout.indexes[k]] ?? null);
    const read = c === null ? EMPTY : readCell(raw, c.type, ctx);
    if (read.state !== "empty" && read.fills) withFills = true;
    reads[k] = read;
  }
  if (!withFills) return new RowRead(row, layout, cells, reads);
  const sources = new Array<number | undefined>(specs.length);
  const filled = new Set<number>();
  for (let k = 0; k < specs.length; k++) {
    const read = reads[k];
    if (read.state === "empty" || !read.fills) continue;
    let loudBad = read.state === "bad";
    for (const fill of read.fills) {
      const t = layout.positions.get(fill.key);
      if (t === undefined || reads[t].state !== "empty" || filled.has(t)) continue;
      // A cell that cannot be read is one F002, on the first column it should have filled.
      let value = fill.read;
      if (value.state === "bad") {
        value = loudBad ? BAD : QUIET_BAD;
        loudBad = false;
      }
      reads[t] = value;
      filled.add(t);
      sources[t] = layout.indexes[k];
      const own = reads[k];
      if (fill.note !== undefined && own.state === "ok" && own.note === undefined)
        reads[k] = { ...own, note: fill.note };
    }
  }
  return new RowRead(row, layout, cells, reads, sources);
}

export interface ListSheetResult {
  readonly sheet: SheetRead | null;
  readonly issues: readonly Issue[];
}

export function readListSheet(
  grid: SheetGrid,
  spec: ListSheetSpec,
  ctx: ReadContext | boolean,
): ListSheetResult {
  const context = typeof ctx === "boolean" ? { date1904: ctx } : ctx;
  const located = locateRows(grid, spec);
  if (!located) {
    return {
      sheet: null,
      issues: spec.columns.filter((c) => c.required).map((c) => missingColumn(spec, grid.name, c)),
    };
  }
  const l = layoutOf(spec, located.columns, grid.firstCol);
  const issues: Issue[] = spec.columns
    .filter((c) => c.required && !located.columns.has(c.key) && !l.standIns.has(c.key))
    .map((c) => missingColumn(spec, grid.name, c));
  if (located.skipped.length > 0) {
    issues.push(
      sheetIssue(
        "S004",
        "info",
        spec.name,
        grid.name,
        `Не считаются данными строки: ${skippedList(located.skipped)}.`,
        located.skipped.map((s) => s.row).join(", "),
      ),
    );
  }
  const templateColumns = new Map(
    [...located.columns].filter(([k]) => spec.columns.some((c) => c.key === k)),
  );
  return {
    sheet: {
      spec,
      nameInFile: grid.name,
      headerRow: located.headerRow,
      columns: templateColumns,
      standIns: l.standIns,
      rows: located.indexes.map((i) =>
        readRow(grid.firstRow + i, located.filled.get(i) ?? grid.rows[i], l, context),
      ),
      skipped: located.skipped,
    },
    issues,
  };
}

function missingColumn(spec: ListSheetSpec, nameInFile: string, c: ColumnSpec): Issue {
  return structureIssue(
    "S002",
    spec.name,
    nameInFile,
    c.header,
    `На листе «${spec.name}» нет обязательного столбца «${c.header}». Добавьте столбец с этим заголовком в строку заголовков.`,
  );
}
