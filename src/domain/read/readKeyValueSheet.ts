/**
 * Reading «Сведения» / «Настройки»: items found by their label, in any order; the first row naming
 * an item wins; unknown items are ignored. Labels are compared after two clean-ups (a leading
 * «в т.ч.», «в том числе» or «из них» and a trailing parenthesised remark removed) and header
 * normalisation, applied alike to the cell and to every item name and alias (workbook.md).
 */
import type { SheetGrid } from "../grid";
import type { Issue } from "../issues";
import type { ItemRead } from "../model/records";
import type { KeyValueSheetSpec } from "../template/keyValue";
import { cleanText, lowerYo, normalizeHeader } from "../text/normalize";
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
  { key: "label", header: spec.labelHeader, aliases: spec.labelAliases, required: true },
  { key: "value", header: spec.valueHeader, aliases: spec.valueAliases, required: true },
]);

const LEADING_REMARKS = ["в т.ч.", "в т. ч.", "в том числе", "из них"];

/**
 * An item label as compared: «в т.ч. обучающихся в возрасте от 10 лет (5-11 кл.)» → «обучающихся в
 * возрасте от 10 лет» → header normalisation. Linear: prefix tests and one scan for the remark.
 */
export function itemLabelKey(label: string): string {
  let t = cleanText(label);
  const lower = lowerYo(t);
  for (const lead of LEADING_REMARKS) {
    if (lower.startsWith(`${lead} `)) {
      t = t.slice(lead.length + 1);
      break;
    }
  }
  if (t.endsWith(")")) {
    // The remark starts at the «(» that opens the last parenthesised group.
    let depth = 0;
    for (let i = t.length - 1; i >= 0; i--) {
      if (t[i] === ")") depth++;
      else if (t[i] === "(" && --depth === 0) {
        if (i > 0) t = t.slice(0, i);
        break;
      }
    }
  }
  return normalizeHeader(t);
}

/** item label key (cleaned and normalised, names and aliases alike) → item key. */
const itemKeysOf = memoBySpec((spec: KeyValueSheetSpec) => {
  const keys = new Map<string, string>();
  for (const it of spec.items) for (const a of it.aliases) keys.set(itemLabelKey(a), it.key);
  for (const it of spec.items) keys.set(itemLabelKey(it.label), it.key);
  return keys;
});

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
      `На листе «${spec.name}» нет столбца «${header}». Верните заголовки «${spec.labelHeader}» и «${spec.valueHeader}» в строку заголовков.`,
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
    const key = label === null ? undefined : byLabel.get(itemLabelKey(label));
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
