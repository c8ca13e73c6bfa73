/**
 * Importing «Сведения» and «Настройки» (taken by name only, cli.md "Import" 1): items found by
 * their label as the reader finds them (workbook.md, «Сведения»), each value written as read; the
 * first source to give an item wins. Rows that name no item are kept as extra rows, and other
 * columns as extra columns: nothing typed is lost.
 */
import type { RawCell, SheetGrid } from "../grid";
import type { PlanValue } from "../plan/writePlan";
import { cellAt, findHeaderRow, type HeaderTarget } from "../read/headerRow";
import { itemLabelKey } from "../read/readKeyValueSheet";
import type { ItemSpec, KeyValueSheetSpec } from "../template/keyValue";
import { schoolYearLabel } from "../values/dates";
import { displayOf, isEmptyCell, ok, type Read, readText } from "../values/parse";
import { readCell, type ReadContext } from "../values/readCell";
import { parseSchoolYear } from "../values/schoolYear";
import { ExtraColumnSet, extraHeaderOf } from "./extraColumns";
import { ABOVE_HEADER } from "./listSheetImport";
import type { KeyValueTarget, SheetChoice } from "./model";
import { UNREADABLE } from "./rowValues";
import { a1, RowConversions, type SheetLog } from "./sheetLog";
import { asItIs, changesShown, keptAsText, readingNote, reportValueOf, writtenOf } from "./writtenValues";

export class KeyValueBuilder {
  readonly values: Record<string, PlanValue> = {};
  readonly extraByItem = new Map<string, Map<number, PlanValue>>();
  readonly unknownItems: { label: PlanValue; value: PlanValue; extra: Map<number, PlanValue> }[] = [];
  readonly extras = new ExtraColumnSet();
  /** Where each item was taken from («файл / лист, строка N»). */
  readonly origin = new Map<string, string>();
  given = false;

  constructor(readonly spec: KeyValueSheetSpec) {}

  result(): KeyValueTarget {
    return {
      values: this.values,
      extraByItem: this.extraByItem,
      unknownItems: this.unknownItems,
      extraColumns: this.extras.columns,
      given: this.given,
    };
  }
}

const targetsMemo = new Map<KeyValueSheetSpec, HeaderTarget[]>();
function targetsOf(spec: KeyValueSheetSpec): HeaderTarget[] {
  let t = targetsMemo.get(spec);
  if (t === undefined) {
    t = [
      { key: "label", header: spec.labelHeader, aliases: spec.labelAliases, required: true },
      { key: "value", header: spec.valueHeader, aliases: spec.valueAliases, required: true },
    ];
    targetsMemo.set(spec, t);
  }
  return t;
}

const itemsMemo = new Map<KeyValueSheetSpec, Map<string, ItemSpec>>();
function itemOfLabel(spec: KeyValueSheetSpec, label: string): ItemSpec | undefined {
  let items = itemsMemo.get(spec);
  if (items === undefined) {
    items = new Map();
    for (const it of spec.items) for (const a of it.aliases) items.set(itemLabelKey(a), it);
    for (const it of spec.items) items.set(itemLabelKey(it.label), it);
    itemsMemo.set(spec, items);
  }
  return items.get(itemLabelKey(label));
}

/** The header row and its two columns; a sheet without one is read from its first two columns. */
function layout(grid: SheetGrid, spec: KeyValueSheetSpec, headerRow: number | undefined) {
  const source =
    headerRow === undefined
      ? grid
      : { ...grid, firstRow: headerRow, rows: [grid.rows[headerRow - grid.firstRow] ?? []] };
  const match = findHeaderRow(source, targetsOf(spec), headerRow === undefined ? {} : { minRecognised: 0 });
  const label = match?.columns.get("label");
  const value = match?.columns.get("value");
  if (match && label !== undefined && value !== undefined) return { headerRow: match.row, label, value };
  return { headerRow: headerRow ?? grid.firstRow - 1, label: grid.firstCol, value: grid.firstCol + 1 };
}

function readItem(raw: RawCell, item: ItemSpec, ctx: ReadContext): Read<unknown> {
  if (item.type.kind !== "schoolYear") return readCell(raw, item.type, ctx);
  const t = readText(raw);
  if (t.state !== "ok") return t;
  const first = parseSchoolYear(t.value);
  return first === null ? { state: "bad" } : ok(schoolYearLabel(first));
}

export function importKeyValueSheet(
  grid: SheetGrid,
  choice: SheetChoice,
  ctx: ReadContext,
  log: SheetLog,
  into: KeyValueBuilder,
): number {
  const spec = into.spec;
  into.given = true;
  const { headerRow, label, value } = layout(grid, spec, choice.headerRow);
  log.headerRow = headerRow;
  const header = (col: number) =>
    headerRow < grid.firstRow ? null : displayOf(cellAt(grid, headerRow, col));
  log.mapped.push(
    [extraHeaderOf(header(label), label), spec.labelHeader],
    [extraHeaderOf(header(value), value), spec.valueHeader],
  );

  const below = grid.rows.slice(Math.max(0, headerRow - grid.firstRow + 1));
  const extraCols = new Set<number>();
  for (const cells of [grid.rows[headerRow - grid.firstRow] ?? [], ...below])
    cells.forEach((c, i) => {
      const col = grid.firstCol + i;
      if (col !== label && col !== value && !isEmptyCell(c)) extraCols.add(col);
    });
  const extraList = [...extraCols].sort((a, b) => a - b);
  const headers = extraList.map((c) => extraHeaderOf(header(c), c));
  const index = into.extras.assign(headers);
  log.unmapped = headers;

  for (let r = grid.firstRow; r < headerRow; r++)
    (grid.rows[r - grid.firstRow] ?? []).forEach((c, i) => {
      const text = displayOf(c);
      if (text !== null) log.leave(a1(r, grid.firstCol + i), text, ABOVE_HEADER);
    });

  let unreadable = 0;
  below.forEach((cells, n) => {
    const row = headerRow + 1 + n;
    if (cells.every(isEmptyCell)) return;
    log.rows++;
    const at = (col: number): RawCell => cells[col - grid.firstCol] ?? null;
    const extra = new Map<number, PlanValue>();
    extraList.forEach((col, i) => {
      const v = asItIs(at(col));
      if (v !== null) extra.set(index[i], v);
    });
    const labelText = displayOf(at(label));
    const item = labelText === null ? undefined : itemOfLabel(spec, labelText);
    if (item === undefined) {
      into.unknownItems.push({ label: asItIs(at(label)), value: asItIs(at(value)), extra });
      log.written++;
      return;
    }
    const earlier = into.origin.get(item.key);
    if (earlier !== undefined) {
      cells.forEach((c, i) => {
        const text = displayOf(c);
        if (text !== null)
          log.leave(a1(row, grid.firstCol + i), text, `«${item.label}» уже взят: ${earlier}`);
      });
      return;
    }
    into.origin.set(item.key, `${log.file} / ${log.sheet}, строка ${row}`);
    into.extraByItem.set(item.key, extra);
    log.written++;
    const raw = at(value);
    const read = readItem(raw, item, ctx);
    if (read.state === "empty") return;
    const conv = new RowConversions();
    const cell = a1(row, value);
    const from = displayOf(raw) ?? "";
    if (read.state === "bad") {
      const v = keptAsText(raw);
      into.values[item.key] = v;
      unreadable++;
      conv.add(cell, from, item.label, reportValueOf(v), "unreadable", UNREADABLE);
    } else {
      const v = item.type.kind === "schoolYear" ? (read.value as string) : writtenOf(read.value, item.type);
      into.values[item.key] = v;
      if (changesShown(raw, v))
        conv.add(cell, from, item.label, reportValueOf(v), "value", readingNote(raw, item.type, read));
    }
    conv.flushTo(log, spec.name);
  });
  return unreadable;
}
