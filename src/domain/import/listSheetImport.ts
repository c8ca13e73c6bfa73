/**
 * Importing one source sheet into a list sheet (cli.md "Import" 2, 3, 5, 9): its data rows as the
 * reader finds them become target rows; the columns no template column takes become extra
 * columns; the cells above the header and the rows that are not data are listed. A base of
 * mentors or mentees that names the other side also gives «Пары» rows (collected here, placed by
 * `pairsAssembly`).
 */
import type { RawCell, SheetGrid } from "../grid";
import { cellAt, headerLookup, matchHeaderRow } from "../read/headerRow";
import type { DataRow } from "../read/listSheetRows";
import { layoutOf, readRow } from "../read/readListSheet";
import { headerColumns, listSheet, type ListSheetSpec } from "../template/sheets";
import { displayOf, isEmptyCell } from "../values/parse";
import { readCell, type ReadContext } from "../values/readCell";
import { readOrderRef } from "../values/orderRef";
import { ExtraColumnSet, extraHeaderOf } from "./extraColumns";
import type { ImportLocation } from "./locate";
import type { SheetChoice, TargetRow } from "./model";
import { type RowOutcome, rowValues } from "./rowValues";
import { a1, type RowConversions, type SheetLog } from "./sheetLog";
import type { TransformId } from "./transforms";
import { asItIs, reportValueOf, writtenOf } from "./writtenValues";
import type { PlanValue } from "../plan/writePlan";
import { isoOf, ruDateOf } from "../values/dates";

export const ABOVE_HEADER = "над строкой заголовков";
export const NO_RECOGNISED_VALUES = "нет значений в распознанных столбцах";

/** A «Пары» row before names are resolved, repeats dropped and № and Статус given. */
export interface PairDraft {
  readonly values: Record<string, PlanValue>;
  readonly extra: ReadonlyMap<number, PlanValue>;
  readonly log: SheetLog;
  /** Worksheet row of the source row. */
  readonly row: number;
  /** The mentee cell's text as written (split on separators, cli.md "Import" 4), and its cell. */
  readonly menteeRaw: string | null;
  readonly menteeCell: string | null;
  readonly mentorCell: string | null;
  readonly startCell: string | null;
  /** The start cell's text as written (the source of a derived Статус). */
  readonly startText: string;
  /** The row's conversions, listed only when the row is written (a repeat is not). */
  readonly conversions: RowConversions;
  /** Made from a base of mentors or mentees (dropped when it repeats an earlier «Пары» row). */
  readonly generated: boolean;
  /** The source sheet has a «№ пары/группы» column (otherwise № is generated). */
  readonly numbered: boolean;
}

export interface ListImport {
  readonly rows: TargetRow[];
  readonly pairs: PairDraft[];
  readonly unreadable: number;
  /** Template columns the sheet gives values for (found, stood in for, or a constant). */
  readonly sourced: ReadonlySet<string>;
  readonly pairsSourced: ReadonlySet<string>;
}

export interface ListSheetJob {
  readonly grid: SheetGrid;
  readonly spec: ListSheetSpec;
  readonly choice: SheetChoice;
  readonly ctx: ReadContext;
  readonly off: ReadonlySet<TransformId>;
  readonly log: SheetLog;
  readonly extras: ExtraColumnSet;
}

const pairsSheet = listSheet("pairs");

/** The «Пары» columns of a base sheet's header row (cli.md "Import" 5), the person's own side left out. */
export function baseColumns(
  grid: SheetGrid,
  target: ListSheetSpec["id"],
  headerRow: number,
  off: ReadonlySet<TransformId>,
): Map<string, number> | null {
  const spec = listSheet(target);
  if (spec.id !== "mentors" && spec.id !== "mentees") return null;
  const cells = grid.rows[headerRow - grid.firstRow] ?? [];
  const columns = new Map(
    matchHeaderRow(cells, grid.firstCol, headerLookup(headerColumns(pairsSheet))).columns,
  );
  const own = spec.id === "mentors" ? "mentor" : "mentee";
  const other = spec.id === "mentors" ? "mentee" : "mentor";
  if (!columns.has(other) || off.has("pairsFromBases")) return null;
  columns.delete(own);
  if (off.has("splitPeriod")) columns.delete("term");
  if (off.has("splitOrder")) columns.delete("order");
  return columns;
}

/** Source columns with any value in the header row or a data row that no template column takes. */
function extraSourceColumns(grid: SheetGrid, loc: ImportLocation): number[] {
  const used = new Set([...loc.columns.values(), ...loc.nameColumns]);
  const cols = new Set<number>();
  const scan = (cells: readonly RawCell[]) =>
    cells.forEach((c, i) => {
      if (!isEmptyCell(c ?? null)) cols.add(grid.firstCol + i);
    });
  scan(grid.rows[loc.headerRow - grid.firstRow] ?? []);
  for (const r of loc.rows) scan(r.cells);
  return [...cols].filter((c) => !used.has(c)).sort((a, b) => a - b);
}

/** The order «№ N от <дата>» in the first text cell above the header that has both (cli.md "Import" 3). */
export function orderAboveHeader(
  grid: SheetGrid,
  headerRow: number,
): { cell: string; text: string; no: string; date: number } | null {
  for (let r = grid.firstRow; r < headerRow; r++) {
    const cells = grid.rows[r - grid.firstRow] ?? [];
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (typeof c !== "string") continue;
      const ref = readOrderRef(c);
      if (ref.number !== undefined && ref.date !== undefined)
        return { cell: a1(r, grid.firstCol + i), text: displayOf(c) ?? "", no: ref.number, date: ref.date };
    }
  }
  return null;
}

/** The proposal's constants for a sheet: the order from the title line of a «Пары» sheet without one. */
export function proposedConstants(
  grid: SheetGrid,
  spec: ListSheetSpec,
  loc: ImportLocation,
): Record<string, string> {
  if (spec.id !== "pairs" || ["order", "orderNo", "orderDate"].some((k) => loc.columns.has(k))) return {};
  const order = orderAboveHeader(grid, loc.headerRow);
  if (order === null) return {};
  return { orderNo: order.no, orderDate: ruDateOf(order.date) };
}

/** Constants read as their column reads them; a constant that cannot be read is left out. */
function readConstants(
  spec: ListSheetSpec,
  texts: Readonly<Record<string, string>>,
  ctx: ReadContext,
): Map<string, { value: PlanValue; text: string }> {
  const out = new Map<string, { value: PlanValue; text: string }>();
  for (const [key, text] of Object.entries(texts)) {
    const c = spec.columns.find((x) => x.key === key);
    if (c === undefined || text.trim() === "") continue;
    const r = readCell(text, c.type, ctx);
    if (r.state === "ok") out.set(key, { value: writtenOf(r.value, c.type), text });
  }
  return out;
}

function applyConstants(
  values: Record<string, PlanValue>,
  constants: ReadonlyMap<string, { value: PlanValue }>,
  counts: Map<string, number>,
): void {
  for (const [key, c] of constants) {
    if (values[key] !== undefined && values[key] !== null) continue;
    values[key] = c.value;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

function logConstants(
  log: SheetLog,
  spec: ListSheetSpec,
  constants: ReadonlyMap<string, { text: string }>,
  counts: ReadonlyMap<string, number>,
) {
  for (const [key, c] of constants) {
    const rows = counts.get(key) ?? 0;
    if (rows > 0)
      log.constants.push({
        sheet: spec.name,
        column: spec.columns.find((x) => x.key === key)!.header,
        value: c.text,
        rows,
      });
  }
}

/** The keys a sheet gives values for: its columns, the columns they fill, and constants. */
function sourcedKeys(
  spec: ListSheetSpec,
  columns: ReadonlyMap<string, number>,
  nameColumns: readonly number[],
  constants: ReadonlyMap<string, unknown>,
): Set<string> {
  const keys = new Set([...columns.keys(), ...constants.keys()]);
  if (nameColumns.length > 0) keys.add("fio");
  for (const c of spec.readingColumns) {
    if (!columns.has(c.key)) continue;
    if (c.type.kind === "period") keys.add(c.type.from).add(c.type.to);
    if (c.type.kind === "orderRef") keys.add(c.type.number).add(c.type.date);
  }
  return keys;
}

export function importListSheet(job: ListSheetJob, loc: ImportLocation): ListImport {
  const { grid, spec, choice, ctx, off, log } = job;
  log.headerRow = loc.headerRow;
  const firstCol = grid.firstCol;
  const header = (col: number) => displayOf(cellAt(grid, loc.headerRow, col));

  // What the header row says: mapped columns, extra ones.
  const nameOf = (key: string) => {
    const c = headerColumns(spec).find((x) => x.key === key);
    if (c === undefined) return key;
    const t = c.type;
    const headerOf = (k: string) => spec.columns.find((x) => x.key === k)!.header;
    if (t.kind === "period") return `${headerOf(t.from)} + ${headerOf(t.to)}`;
    if (t.kind === "orderRef") return `${headerOf(t.number)} + ${headerOf(t.date)}`;
    return c.header;
  };
  const mappedCols = [...loc.columns].map(([k, col]) => ({ col, to: nameOf(k) }));
  for (const col of loc.nameColumns) mappedCols.push({ col, to: "ФИО" });
  for (const m of mappedCols.sort((a, b) => a.col - b.col))
    log.mapped.push([extraHeaderOf(header(m.col), m.col), m.to]);

  // The cells above the header row are not data; the order in a title line is taken (item 3).
  const constantsTexts =
    choice.constants?.[spec.id] ?? (off.has("orderFromTitle") ? {} : proposedConstants(grid, spec, loc));
  const titleOrder = spec.id === "pairs" ? orderAboveHeader(grid, loc.headerRow) : null;
  const constants = readConstants(spec, constantsTexts, ctx);
  const orderTaken =
    titleOrder !== null && constants.get("orderNo")?.text === titleOrder.no && constants.has("orderDate");
  for (let r = grid.firstRow; r < loc.headerRow; r++) {
    (grid.rows[r - grid.firstRow] ?? []).forEach((c, i) => {
      const cell = a1(r, firstCol + i);
      const text = displayOf(c);
      if (text === null || (orderTaken && cell === titleOrder.cell)) return;
      log.leave(cell, text, ABOVE_HEADER);
    });
  }
  log.skipped.push(
    ...[...loc.skipped, ...loc.unrecognisedRows.map((row) => ({ row, reason: NO_RECOGNISED_VALUES }))].sort(
      (x, y) => x.row - y.row,
    ),
  );

  const layout = layoutOf(spec, loc.columns, firstCol);
  const base = baseColumns(grid, spec.id, loc.headerRow, off);
  const baseLayout = base === null ? null : layoutOf(pairsSheet, base, firstCol);
  const baseConstants =
    base === null ? new Map() : readConstants(pairsSheet, choice.constants?.pairs ?? {}, ctx);
  if (base !== null)
    for (const [k, col] of [...base].sort((a, b) => a[1] - b[1]))
      log.pairsMapped.push([
        extraHeaderOf(header(col), col),
        headerColumns(pairsSheet).find((c) => c.key === k)!.header,
      ]);

  const fills = new Map<number, ImportLocation["filledDown"][number][]>();
  for (const f of loc.filledDown) fills.set(f.row, [...(fills.get(f.row) ?? []), f]);
  const keyOfCol = new Map([...loc.columns].map(([k, c]) => [c, k]));
  const headerText = (col: number) => extraHeaderOf(header(col), col);
  const outcomes = loc.rows.map((dataRow) =>
    rowValues(readRow(dataRow.row, dataRow.cells, layout, ctx), dataRow.cells, {
      spec,
      location: loc,
      firstCol,
      off,
      headerOf: headerText,
    }),
  );
  // Extra columns: the columns no template column takes, and a reading-only column whose cells
  // could not be read (they stay in a column of their own header).
  const keptCols = new Set(outcomes.flatMap((o) => [...o.kept.keys()]));
  const extraCols = [...extraSourceColumns(grid, loc), ...keptCols].sort((a, b) => a - b);
  const extraHeaders = extraCols.map(headerText);
  const extraIndex = job.extras.assign(extraHeaders);
  log.unmapped = extraHeaders;

  const rows: TargetRow[] = [];
  const pairs: PairDraft[] = [];
  const counts = new Map<string, number>();
  const baseCounts = new Map<string, number>();
  let unreadable = 0;
  let orderRows = 0;
  for (const [n, dataRow] of loc.rows.entries()) {
    const out = outcomes[n];
    unreadable += out.unreadable;
    for (const l of out.left)
      log.leave(a1(dataRow.row, l.col), displayOf(dataRow.cells[l.col - firstCol] ?? null) ?? "", l.reason);
    applyConstants(out.values, constants, counts);
    for (const f of fills.get(dataRow.row) ?? []) {
      const range = `${a1(f.range.top, f.range.left)}:${a1(f.range.bottom, f.range.right)}`;
      // Excel shows nothing under a merged range; a file may still hold a value there.
      const under = displayOf(cellAt(grid, dataRow.row, f.col));
      if (under !== null) log.leave(a1(dataRow.row, f.col), under, `под объединённой ячейкой ${range}`);
      const key = keyOfCol.get(f.col);
      const spec1 = key === undefined ? undefined : spec.columns.find((c) => c.key === key);
      const raw = dataRow.cells[f.col - firstCol] ?? null;
      const written = spec1 !== undefined ? (out.values[spec1.key] ?? null) : asItIs(raw);
      const to =
        spec1?.header ?? (loc.nameColumns.includes(f.col) ? "ФИО" : extraHeaderOf(header(f.col), f.col));
      out.conversions.add(
        a1(dataRow.row, f.col),
        displayOf(raw) ?? "",
        to,
        reportValueOf(written),
        "fillDown",
        `объединённая ячейка ${range} заполнена вниз`,
        "fillDown",
      );
    }
    if (orderTaken) orderRows++;
    if (spec.id !== "pairs") out.conversions.flushTo(log, spec.name);
    const extra = new Map<number, PlanValue>();
    extraCols.forEach((col, i) => {
      const v = keptCols.has(col)
        ? (out.kept.get(col) ?? null)
        : asItIs(dataRow.cells[col - firstCol] ?? null);
      if (v !== null) extra.set(extraIndex[i], v);
    });
    log.rows++;
    if (spec.id === "pairs")
      pairs.push(pairDraft(out, extra, log, dataRow, loc.columns, firstCol, false, loc.columns.has("no")));
    else
      rows.push({
        values: out.values,
        extra,
        source: { file: log.file, sheet: log.sheet, row: dataRow.row },
      });
    if (baseLayout !== null) {
      const pair = basePair(
        job,
        dataRow,
        baseLayout,
        base!,
        out.values.fio ?? null,
        loc.columns.get("fio") ?? loc.nameColumns[0],
      );
      if (pair !== null) {
        applyConstants(pair.values, baseConstants, baseCounts);
        unreadable += pair.unreadable;
        pairs.push(pair.draft);
      }
    }
  }
  if (orderTaken && orderRows > 0) {
    log.conversions.push({
      file: log.file,
      sheet: log.sheet,
      cell: titleOrder.cell,
      from: titleOrder.text,
      to: { "Приказ №": titleOrder.no, "Приказ от": isoOf(titleOrder.date) },
      note: `приказ из строки над таблицей, на каждой строке (${orderRows})`,
      kind: "orderFromTitle",
      target: spec.name,
      transform: "orderFromTitle",
    });
    constants.delete("orderNo");
    constants.delete("orderDate");
  }
  logConstants(log, spec, constants, counts);
  logConstants(log, pairsSheet, baseConstants, baseCounts);
  const sourced = sourcedKeys(spec, loc.columns, loc.nameColumns, constants);
  if (orderTaken) sourced.add("orderNo").add("orderDate");
  return {
    rows,
    pairs,
    unreadable,
    sourced,
    pairsSourced:
      base === null
        ? new Set()
        : sourcedKeys(pairsSheet, base, [], baseConstants).add("mentor").add("mentee"),
  };
}

function pairDraft(
  out: RowOutcome,
  extra: ReadonlyMap<number, PlanValue>,
  log: SheetLog,
  dataRow: DataRow,
  columns: ReadonlyMap<string, number>,
  firstCol: number,
  generated: boolean,
  numbered: boolean,
): PairDraft {
  const at = (key: string) => {
    const col = columns.get(key);
    return col === undefined ? null : a1(dataRow.row, col);
  };
  // On a base of mentees the mentee is the row's person, as written there (its name may be joined
  // from parts): split like any «Наставляемый», so that the next read of the written «Пары» agrees.
  const menteeCol = columns.get("mentee");
  const raw =
    generated && log.target === "mentees"
      ? (out.values.mentee ?? null)
      : menteeCol === undefined
        ? null
        : (dataRow.cells[menteeCol - firstCol] ?? null);
  const startCol = columns.get("start") ?? columns.get("term");
  return {
    values: out.values,
    conversions: out.conversions,
    startText: startCol === undefined ? "" : (displayOf(dataRow.cells[startCol - firstCol] ?? null) ?? ""),
    extra,
    log,
    row: dataRow.row,
    menteeRaw: typeof raw === "string" ? raw : null,
    menteeCell: at("mentee"),
    mentorCell: at("mentor"),
    startCell: at("start") ?? at("term"),
    generated,
    numbered,
  };
}

/** A base row that names both sides → a «Пары» row (cli.md "Import" 5). */
function basePair(
  job: ListSheetJob,
  dataRow: DataRow,
  layout: ReturnType<typeof layoutOf>,
  columns: ReadonlyMap<string, number>,
  person: PlanValue,
  personCol: number | undefined,
): { draft: PairDraft; values: Record<string, PlanValue>; unreadable: number } | null {
  const { spec, ctx, off, log, grid } = job;
  const own = spec.id === "mentors" ? "mentor" : "mentee";
  const read = readRow(dataRow.row, dataRow.cells, layout, ctx);
  const out = rowValues(read, dataRow.cells, {
    spec: pairsSheet,
    location: { columns, nameColumns: [] },
    firstCol: grid.firstCol,
    off,
    // The base's own sheet keeps every «Пары» column as an extra column: a kept cell is placed there.
    headerOf: (col) => extraHeaderOf(displayOf(cellAt(grid, job.log.headerRow, col)), col),
  });
  const other = own === "mentor" ? out.values.mentee : out.values.mentor;
  if (typeof person !== "string" || other === undefined || other === null) return null;
  out.values[own] = person;
  const cells = new Map(columns);
  if (personCol !== undefined) cells.set(own, personCol);
  const draft = pairDraft(out, new Map(), log, dataRow, cells, grid.firstCol, true, columns.has("no"));
  return { draft, values: out.values, unreadable: out.unreadable };
}
