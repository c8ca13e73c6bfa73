/**
 * School workbooks with a KPI history, for the trend tests of the report and the consolidation:
 * «Срезы» as «Зафиксировать срез» writes it — the engine's own rows (`snapshotRows`) of the school
 * evaluated at each date — laid out under the sheet's headers, spelled out here from the template.
 */
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import type { RawCell, WorkbookGrid } from "../../src/domain/grid";
import type { PlanValue, SheetPlan } from "../../src/domain/plan/writePlan";
import { snapshotMeasures } from "../../src/domain/snapshots/measures";
import { snapshotRows } from "../../src/domain/snapshots/snapshotPlan";
import { day, rawDate, rawSheet } from "../domain/builders";

export const SNAPSHOT_HEADERS = [
  "Дата среза",
  "Код показателя",
  "Показатель",
  "Числитель",
  "Знаменатель",
  "Значение",
  "Единица",
  "Зафиксировано",
] as const;
const KEYS = ["date", "code", "title", "numerator", "denominator", "value", "unit", "fixedOn"] as const;

const cell = (v: PlanValue): RawCell => {
  if (v !== null && typeof v === "object") {
    if ("date" in v) return rawDate(v.date);
    throw new Error("unexpected plan value in a snapshot row");
  }
  return v;
};

/** The school evaluated at a date (the figures a snapshot of that date holds). */
export const at = (grid: WorkbookGrid, iso: string): SchoolResult =>
  evaluateWorkbook(grid, { asOf: day(iso) });

/** The rows one snapshot of the school at `iso` adds to «Срезы», as cells. */
export function snapshotCells(grid: WorkbookGrid, iso: string, fixedOn = "2025-01-20"): RawCell[][] {
  return snapshotRows(at(grid, iso), day(fixedOn)).map((r) => KEYS.map((k) => cell(r[k] ?? null)));
}

/** The workbook with a «Срезы» sheet holding a snapshot at each date (the grid without «Срезы» is evaluated). */
export function withSnapshots(grid: WorkbookGrid, dates: readonly string[]): WorkbookGrid {
  const rows = dates.flatMap((d) => snapshotCells(grid, d));
  return { ...grid, sheets: [...grid.sheets, rawSheet("Срезы", SNAPSHOT_HEADERS, rows)] };
}

/** One hand-written «Срезы» row (a date, a code, the figures). */
export function snapshotRow(
  iso: string,
  code: string,
  numerator: number,
  denominator: number | null,
): RawCell[] {
  return [rawDate(iso), code, null, numerator, denominator, null, null, null];
}

/** Every measure's figure of a school at a date, by code: what a snapshot of that day must hold. */
export function figuresAt(grid: WorkbookGrid, iso: string) {
  const values = at(grid, iso).kpis!.values;
  return new Map(snapshotMeasures.map((m) => [m.code, m.of(values)]));
}

/** «Срезы» as a sheet plan with its table (dates as date cells), for writing into a real .xlsx. */
export function snapshotsSheetPlan(grid: WorkbookGrid, dates: readonly string[]): SheetPlan {
  const rows = dates.flatMap((d) =>
    snapshotRows(at(grid, d), day("2025-01-20")).map((r) => KEYS.map((k) => r[k] ?? null)),
  );
  return {
    name: "Срезы",
    mode: "create",
    tables: [{ name: "Snapshots", row: 1, col: 1, headers: SNAPSHOT_HEADERS, rows }],
  };
}
