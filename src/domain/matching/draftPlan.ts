/**
 * The write plan that puts accepted draft rows on «Пары»: appended below the last row, never over
 * an existing one. With the template's table (or any table on that sheet) the rows are added to
 * the table in its own column order; a sheet without a table gets them as plain cells under its
 * last used row, each value in the column the reader found for it.
 */
import { normalizeHeader } from "../text/normalize";
import type { SheetGrid } from "../grid";
import type { PlanValue, SheetPlan, WritePlan } from "../plan/writePlan";
import type { StructureSnapshot, TableSnapshot } from "../port/workbookPort";
import { columnFormat } from "../structure/templatePlan";
import { pairsSheet } from "../template/sheets";
import { displayOf } from "../values/parse";
import type { SchoolResult } from "../engine";
import type { DraftRow } from "./draftRows";

export class DraftPlanError extends Error {}

/** Catalogue key of each header text, canonical or alias (workbook.md, header aliases). */
const keyByHeader = new Map<string, string>();
for (const c of pairsSheet.columns)
  for (const h of [...c.aliases, c.header]) keyByHeader.set(normalizeHeader(h), c.key);
const indexByKey = new Map(pairsSheet.columns.map((c, i) => [c.key, i]));

function pairsTable(snapshot: StructureSnapshot, sheetInFile: string | null): TableSnapshot | undefined {
  return (
    snapshot.tables.find((t) => t.name === pairsSheet.table) ??
    snapshot.tables.find((t) => sheetInFile !== null && t.sheet === sheetInFile)
  );
}

function intoTable(table: TableSnapshot, rows: readonly DraftRow[]): SheetPlan {
  const order = table.headers.map((h) => keyByHeader.get(normalizeHeader(h)));
  const seen = new Set<string>();
  // A header named twice takes the value once, in its leftmost column (as the reader does).
  const keys = order.map((k) => (k === undefined || seen.has(k) ? undefined : (seen.add(k), k)));
  const formats: Record<string, string> = {};
  table.headers.forEach((h, i) => {
    const k = keys[i];
    const f = k === undefined ? null : columnFormat(pairsSheet.columns[indexByKey.get(k)!]);
    if (f) formats[h] = f;
  });
  const appendRows = rows.map((r) =>
    keys.map((k) => (k === undefined ? null : r.values[indexByKey.get(k)!])),
  );
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

function belowRange(
  grid: SheetGrid,
  columns: ReadonlyMap<string, number>,
  rows: readonly DraftRow[],
): SheetPlan {
  const cols = [...columns.values()];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const keyAt = new Map([...columns].map(([k, c]) => [c, k]));
  const span = Array.from({ length: last - first + 1 }, (_, i) => keyAt.get(first + i));
  const values = rows.map((r) =>
    span.map((k): PlanValue => (k === undefined ? null : r.values[indexByKey.get(k)!])),
  );
  const numberFormat = span.map((k) =>
    k === undefined ? null : columnFormat(pairsSheet.columns[indexByKey.get(k)!]),
  );
  return {
    name: grid.name,
    mode: "update",
    blocks: [{ row: lastUsedRow(grid) + 1, col: first, values, numberFormat }],
  };
}

export function draftPlan(
  snapshot: StructureSnapshot,
  result: SchoolResult,
  rows: readonly DraftRow[],
): WritePlan {
  const sheet = result.wb.sheets.pairs;
  const table = pairsTable(snapshot, sheet?.nameInFile ?? null);
  if (table) return { sheets: [intoTable(table, rows)], activate: table.sheet };
  const grid = snapshot.sheets.find((s) => s.name === sheet?.nameInFile)?.grid;
  if (!sheet || !grid || sheet.columns.size === 0)
    throw new DraftPlanError(
      `В книге нет листа «${pairsSheet.name}» с заголовками столбцов. Нажмите «Создать структуру», затем повторите.`,
    );
  return { sheets: [belowRange(grid, sheet.columns, rows)], activate: grid.name };
}
