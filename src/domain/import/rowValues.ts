/**
 * One data row of a source sheet → the values of one target row (cli.md "Import" 3): each cell
 * read by its column's declaration, the values one cell gives other columns (a period, an order,
 * «Форма (вид)») put in place, the name parts joined, and every change listed with its cell.
 */
import type { RawCell } from "../grid";
import type { RowRead } from "../model/sheetRead";
import type { PlanValue } from "../plan/writePlan";
import type { ColumnSpec } from "../template/columns";
import type { ListSheetSpec } from "../template/sheets";
import { displayOf, isEmptyCell } from "../values/parse";
import type { ImportLocation } from "./locate";
import type { ConversionKind } from "./model";
import { a1, cellsA1, RowConversions } from "./sheetLog";
import type { TransformId } from "./transforms";
import { changesShown, keptAsText, readingNote, reportValueOf, writtenOf } from "./writtenValues";

export const UNREADABLE = "не прочитано";

export interface RowOutcome {
  readonly values: Record<string, PlanValue>;
  /** Cells of reading-only columns kept as typed, in an extra column of their own header. */
  readonly kept: ReadonlyMap<number, PlanValue>;
  readonly conversions: RowConversions;
  /** Cells of recognised columns left out, with the reason (an order whose columns are filled). */
  readonly left: { col: number; reason: string }[];
  readonly unreadable: number;
}

interface Context {
  readonly spec: ListSheetSpec;
  readonly location: Pick<ImportLocation, "columns" | "nameColumns">;
  readonly firstCol: number;
  readonly off: ReadonlySet<TransformId>;
  /** The source header of a column (the extra column a kept cell goes to). */
  readonly headerOf: (col: number) => string;
}

/** What a cell that filled other columns did: the kind of its conversion. */
function fillKind(spec: ListSheetSpec, key: string | undefined): ConversionKind {
  const c =
    key === undefined ? undefined : [...spec.columns, ...spec.readingColumns].find((x) => x.key === key);
  if (c === undefined) return "value";
  if (c.type.kind === "orderRef") return "order";
  if (c.type.kind === "enum") return "formKind";
  return "period";
}

const KIND_NOTES: Partial<Record<ConversionKind, string>> = {
  period: "период",
  order: "приказ",
  formKind: "форма и вид",
};

const KIND_TRANSFORMS: Partial<Record<ConversionKind, TransformId>> = {
  period: "splitPeriod",
  order: "splitOrder",
};

export function rowValues(read: RowRead, cells: readonly RawCell[], ctx: Context): RowOutcome {
  const { spec, location, firstCol, off } = ctx;
  const keyOfCol = new Map([...location.columns].map(([k, c]) => [c, k]));
  const values: Record<string, PlanValue> = {};
  const conv = new RowConversions();
  const used = new Set<number>();
  let unreadable = 0;
  const rawAt = (col: number): RawCell => cells[col - firstCol] ?? null;
  const shown = (col: number) => displayOf(rawAt(col)) ?? "";
  const record = (col: number, c: ColumnSpec, v: PlanValue, kind: ConversionKind, note: string) => {
    used.add(col);
    conv.add(
      a1(read.row, col),
      shown(col),
      c.header,
      reportValueOf(v),
      kind,
      note,
      KIND_TRANSFORMS[kind] ?? null,
    );
  };

  for (const c of spec.columns) {
    const cell = read.cell(c.key);
    if (cell === undefined) continue;
    const own = location.columns.get(c.key);
    const filled = own === undefined || cell.col !== own;
    const r = cell.read;
    if (r.state === "empty") continue;
    if (r.state === "bad") {
      // A period that cannot be read is kept in its own column, below.
      if (filled) continue;
      const v = keptAsText(cell.raw);
      values[c.key] = v;
      unreadable++;
      record(cell.col, c, v, "unreadable", UNREADABLE);
      continue;
    }
    // An empty cell that reads as a default («План» «Статус») stays empty: the user wrote nothing.
    if (!filled && isEmptyCell(cell.raw)) continue;
    const sourceKey = keyOfCol.get(cell.col);
    const periodInDate = c.type.kind === "date" && r.fills !== undefined;
    if (off.has("splitPeriod") && (periodInDate || (filled && fillKind(spec, sourceKey) === "period"))) {
      if (filled) continue;
      // Not split: the period is written as the user typed it.
      const v = keptAsText(cell.raw);
      values[c.key] = v;
      record(cell.col, c, v, "asWritten", "срок не разделён");
      continue;
    }
    const v = writtenOf(r.value, c.type);
    values[c.key] = v;
    if (filled) {
      const kind = fillKind(spec, sourceKey);
      record(cell.col, c, v, kind, KIND_NOTES[kind] ?? "");
    } else if (periodInDate) record(cell.col, c, v, "period", "период");
    else if (changesShown(cell.raw, v)) record(cell.col, c, v, "value", readingNote(cell.raw, c.type, r));
    else used.add(cell.col);
  }

  joinName(read.row, rawAt, location.nameColumns, values, conv, used);

  const left: { col: number; reason: string }[] = [];
  const kept = new Map<number, PlanValue>();
  for (const [key, col] of location.columns) {
    if (used.has(col) || isEmptyCell(rawAt(col))) continue;
    const c = spec.readingColumns.find((x) => x.key === key);
    if (c === undefined) continue;
    const r = read.cell(key)!.read;
    // A period that is none («1 год»), an order with neither «№» nor a date: kept as typed in the
    // cell's own column (an extra column), where the next read finds it again.
    if (r.state === "bad" || (r.state === "ok" && r.fills === undefined)) {
      const v = keptAsText(rawAt(col));
      kept.set(col, v);
      unreadable++;
      const why = c.type.kind === "orderRef" ? `${UNREADABLE}: нет № и даты приказа` : UNREADABLE;
      const transform = c.type.kind === "orderRef" ? "splitOrder" : "splitPeriod";
      conv.add(
        a1(read.row, col),
        shown(col),
        ctx.headerOf(col),
        reportValueOf(v),
        "unreadable",
        why,
        transform,
      );
      continue;
    }
    left.push({ col, reason: "столбцы, которые заполняет эта ячейка, уже заполнены" });
  }
  return { values, kept, conversions: conv, left, unreadable };
}

/** «Иванова» + «Мария» + «Петровна» → «Иванова Мария Петровна» (empty parts left out). */
function joinName(
  row: number,
  rawAt: (col: number) => RawCell,
  cols: readonly number[],
  values: Record<string, PlanValue>,
  conv: RowConversions,
  used: Set<number>,
): void {
  if (cols.length === 0) return;
  const filled = cols.filter((c) => displayOf(rawAt(c)) !== null);
  if (filled.length === 0) return;
  const name = filled.map((c) => displayOf(rawAt(c))).join(" ");
  values.fio = name;
  for (const c of filled) used.add(c);
  conv.add(
    cellsA1(row, filled),
    filled.map((c) => displayOf(rawAt(c))).join(" + "),
    "ФИО",
    name,
    "joinName",
    "ФИО из трёх столбцов",
    "joinName",
  );
}
