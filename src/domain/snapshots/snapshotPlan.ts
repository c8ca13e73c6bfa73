/**
 * «Зафиксировать срез»: the KPI figures at D appended to «Срезы» — one row per measure — creating
 * the sheet with its table on first use. Existing rows are never touched; a date fixed again gets
 * new rows below, which the history then prefers (history.ts). The plan does not switch sheets:
 * fixing a snapshot is a side note to the work the user is doing.
 */
import type { SchoolResult } from "../engine";
import { findSheet } from "../read/findSheets";
import { findHeaderRow } from "../read/headerRow";
import { appendBelowRange, appendToTable, targetTable, type KeyedRow } from "../plan/appendRows";
import type { SheetPlan, WritePlan } from "../plan/writePlan";
import { gridOfSnapshot, type StructureSnapshot } from "../port/workbookPort";
import { columnFormat, TABLE_STYLE } from "../structure/templatePlan";
import { snapshotsSheet } from "../template/snapshotsSheet";
import { isoOf, type DayNumber } from "../values/dates";
import { figureValue, snapshotMeasures, unitLabels } from "./measures";

export class SnapshotPlanError extends Error {}

/** The rows of one snapshot, in the measure catalogue's order. */
export function snapshotRows(result: SchoolResult, fixedOn: DayNumber): KeyedRow[] {
  if (result.kpis === null || result.asOf === null)
    throw new SnapshotPlanError(result.error ?? "Показатели не рассчитаны: срез не зафиксирован.");
  const values = result.kpis.values;
  const asOf = result.asOf;
  return snapshotMeasures.map((m) => {
    const f = m.of(values);
    const v = figureValue(m.unit, f);
    return {
      date: { date: isoOf(asOf) },
      code: m.code,
      title: m.title,
      numerator: f.numerator,
      denominator: f.denominator,
      // For people: a share as a percentage, like the cards; the reader recomputes from the figures.
      value: v === null ? null : m.unit === "share" ? Math.round(v * 1000) / 10 : Math.round(v * 100) / 100,
      unit: unitLabels[m.unit],
      fixedOn: { date: isoOf(fixedOn) },
    };
  });
}

function newSheet(rows: readonly KeyedRow[]): SheetPlan {
  const cols = snapshotsSheet.columns;
  return {
    name: snapshotsSheet.name,
    mode: "create",
    tables: [
      {
        name: snapshotsSheet.table,
        row: 1,
        col: 1,
        headers: cols.map((c) => c.header),
        rows: rows.map((r) => cols.map((c) => r[c.key] ?? null)),
        columnFormats: cols.map(columnFormat),
        style: TABLE_STYLE,
      },
    ],
    columnWidths: cols.map((c, i) => ({ col: i + 1, width: c.width })),
    freezeRows: 1,
  };
}

export function snapshotPlan(
  snapshot: StructureSnapshot,
  result: SchoolResult,
  fixedOn: DayNumber,
): WritePlan {
  const rows = snapshotRows(result, fixedOn);
  const grid = findSheet(gridOfSnapshot(snapshot), snapshotsSheet);
  const table = targetTable(snapshot, snapshotsSheet, grid?.name ?? null);
  if (table) return { sheets: [appendToTable(table, snapshotsSheet, rows)] };
  if (!grid) return { sheets: [newSheet(rows)] };
  const header = grid.rows.length === 0 ? null : findHeaderRow(grid, snapshotsSheet.columns);
  if (!header)
    throw new SnapshotPlanError(
      `На листе «${grid.name}» нет строки заголовков срезов. Переименуйте этот лист или удалите его, и срез будет записан на новый лист «${snapshotsSheet.name}».`,
    );
  return { sheets: [appendBelowRange(grid, snapshotsSheet, header.columns, rows)] };
}
