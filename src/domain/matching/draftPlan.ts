/**
 * The write plan that puts accepted draft rows on «Пары»: appended below the last row, never over
 * an existing one (plan/appendRows.ts).
 */
import type { SchoolResult } from "../engine";
import { appendBelowRange, appendToTable, targetTable, type KeyedRow } from "../plan/appendRows";
import type { WritePlan } from "../plan/writePlan";
import type { StructureSnapshot } from "../port/workbookPort";
import { pairsSheet } from "../template/sheets";
import type { DraftRow } from "./draftRows";

export class DraftPlanError extends Error {}

const keyed = (r: DraftRow): KeyedRow =>
  Object.fromEntries(pairsSheet.columns.map((c, i) => [c.key, r.values[i]]));

export function draftPlan(
  snapshot: StructureSnapshot,
  result: SchoolResult,
  rows: readonly DraftRow[],
): WritePlan {
  const sheet = result.wb.sheets.pairs;
  const table = targetTable(snapshot, pairsSheet, sheet?.nameInFile ?? null);
  if (table) return { sheets: [appendToTable(table, pairsSheet, rows.map(keyed))], activate: table.sheet };
  const grid = snapshot.sheets.find((s) => s.name === sheet?.nameInFile)?.grid;
  if (!sheet || !grid || sheet.columns.size === 0)
    throw new DraftPlanError(
      `В книге нет листа «${pairsSheet.name}» с заголовками столбцов. Нажмите «Создать структуру», затем повторите.`,
    );
  return {
    sheets: [appendBelowRange(grid, pairsSheet, sheet.columns, rows.map(keyed))],
    activate: grid.name,
  };
}
