/**
 * Reading «Сведения» / «Настройки»: items found by their label (header normalisation), in any
 * order; the first row naming an item wins; unknown items are ignored.
 */
import type { SheetGrid } from "../grid";
import type { Issue } from "../issues";
import type { ItemRead } from "../model/records";
import type { KeyValueSheetSpec } from "../template/keyValue";
import { normalizeHeader } from "../text/normalize";
import { displayOf } from "../values/parse";
import { findHeaderRow, type HeaderTarget } from "./headerRow";
import { structureIssue } from "./structureIssues";

export interface KeyValueResult {
  readonly found: boolean;
  readonly items: ReadonlyMap<string, ItemRead>;
  readonly issues: readonly Issue[];
}

/** The two header targets of a key–value sheet; one list per spec, so the header index is reused. */
const targetsOf = memoBySpec((spec: KeyValueSheetSpec): HeaderTarget[] => [
  {
    key: "label",
    header: spec.labelHeader,
    aliases: ["Наименование показателя", "Параметр", "Показатель"],
    required: true,
  },
  { key: "value", header: spec.valueHeader, aliases: [], required: true },
]);

/** normalised item label → item key. */
const itemKeysOf = memoBySpec(
  (spec: KeyValueSheetSpec) => new Map(spec.items.map((it) => [normalizeHeader(it.label), it.key])),
);

function memoBySpec<T>(make: (spec: KeyValueSheetSpec) => T): (spec: KeyValueSheetSpec) => T {
  const memo = new WeakMap<KeyValueSheetSpec, T>();
  return (spec) => {
    let v = memo.get(spec);
    if (v === undefined) {
      v = make(spec);
      memo.set(spec, v);
    }
    return v;
  };
}

export function readKeyValueSheet(grid: SheetGrid, spec: KeyValueSheetSpec): KeyValueResult {
  const targets = targetsOf(spec);
  const match = findHeaderRow(grid, targets);
  const missing = (header: string): Issue =>
    structureIssue(
      "S002",
      spec.name,
      grid.name,
      header,
      `На листе «${spec.name}» нет столбца «${header}». Верните заголовки «${spec.labelHeader}» и «${spec.valueHeader}» в первую строку.`,
    );
  if (!match) return { found: true, items: new Map(), issues: targets.map((t) => missing(t.header)) };
  const labelCol = match.columns.get("label");
  const valueCol = match.columns.get("value");
  const issues: Issue[] = [];
  if (labelCol === undefined) issues.push(missing(spec.labelHeader));
  if (valueCol === undefined) issues.push(missing(spec.valueHeader));
  const items = new Map<string, ItemRead>();
  if (labelCol === undefined || valueCol === undefined) return { found: true, items, issues };
  const byLabel = itemKeysOf(spec);
  for (let i = match.row - grid.firstRow + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    const label = displayOf(cells[labelCol - grid.firstCol] ?? null);
    const key = label === null ? undefined : byLabel.get(normalizeHeader(label));
    if (key === undefined || items.has(key)) continue;
    items.set(key, {
      key,
      row: grid.firstRow + i,
      col: valueCol,
      raw: cells[valueCol - grid.firstCol] ?? null,
    });
  }
  return { found: true, items, issues };
}
