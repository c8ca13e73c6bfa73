/**
 * Appending rows to a catalogue sheet («Пары» for accepted matches, «Срезы» for snapshots) below
 * its last row, never over an existing one. With the template's table (or any table on that
 * sheet) the rows are added to the table in its own column order; a sheet without a table gets
 * them as plain cells under its last used row, each value in the column its header was found in.
 */
import type { SheetGrid } from "../grid";
import type { StructureSnapshot, TableSnapshot } from "../port/workbookPort";
import { columnFormat } from "../structure/templatePlan";
import type { ColumnSpec } from "../template/columns";
import { normalizeHeader } from "../text/normalize";
import { displayOf } from "../values/parse";
import type { PlanValue, SheetPlan } from "./writePlan";

export interface AppendTarget {
  /** The template's table name (found first, wherever it is). */
  readonly table: string;
  readonly columns: readonly ColumnSpec[];
}

/** Values by column key; keys the sheet has no column for are dropped. */
export type KeyedRow = Readonly<Record<string, PlanValue>>;

/** Number format of the catalogue column with this key (none for an unknown column). */
function formatOf(target: AppendTarget, key: string | undefined): string | null {
  const spec = target.columns.find((c) => c.key === key);
  return spec ? columnFormat(spec) : null;
}

function keyByHeader(target: AppendTarget): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of target.columns)
    for (const h of [...c.aliases, c.header]) map.set(normalizeHeader(h), c.key);
  return map;
}

export function targetTable(
  snapshot: StructureSnapshot,
  target: AppendTarget,
  sheetInFile: string | null,
): TableSnapshot | undefined {
  return (
    snapshot.tables.find((t) => t.name === target.table) ??
    snapshot.tables.find((t) => sheetInFile !== null && t.sheet === sheetInFile)
  );
}

export function appendToTable(
  table: TableSnapshot,
  target: AppendTarget,
  rows: readonly KeyedRow[],
): SheetPlan {
  const lookup = keyByHeader(target);
  const seen = new Set<string>();
  // A header named twice takes the value once, in its leftmost column (as the reader does).
  const keys = table.headers.map((h) => {
    const k = lookup.get(normalizeHeader(h));
    return k === undefined || seen.has(k) ? undefined : (seen.add(k), k);
  });
  const formats: Record<string, string> = {};
  table.headers.forEach((h, i) => {
    const f = formatOf(target, keys[i]);
    if (f) formats[h] = f;
  });
  const appendRows = rows.map((r) => keys.map((k) => (k === undefined ? null : (r[k] ?? null))));
  return {
    name: table.sheet,
    mode: "update",
    tables: [{ kind: "existing", name: table.name, appendColumns: [], appendRows, formats }],
  };
}

function lastUsedRow(g: SheetGrid): number {
  for (let i = g.rows.length - 1; i >= 0; i--)
    if (g.rows[i].some((c) => displayOf(c) !== null)) return g.firstRow + i;
  return g.firstRow;
}

/** Rows as plain cells under the sheet's last used row, in the columns the headers were found in. */
export function appendBelowRange(
  grid: SheetGrid,
  target: AppendTarget,
  columns: ReadonlyMap<string, number>,
  rows: readonly KeyedRow[],
): SheetPlan {
  const cols = [...columns.values()];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const keyAt = new Map([...columns].map(([k, c]) => [c, k]));
  const span = Array.from({ length: last - first + 1 }, (_, i) => keyAt.get(first + i));
  const values = rows.map((r) => span.map((k): PlanValue => (k === undefined ? null : (r[k] ?? null))));
  const numberFormat = span.map((k) => formatOf(target, k));
  return {
    name: grid.name,
    mode: "update",
    blocks: [{ row: lastUsedRow(grid) + 1, col: first, values, numberFormat }],
  };
}
