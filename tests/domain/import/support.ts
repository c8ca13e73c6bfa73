/**
 * Builders for the import tests: source sheets as people write them (rows of raw cells, hidden rows,
 * merged ranges), the import run at a fixed date, and the written tables read back by header.
 */
import {
  rawDate,
  type CellRect,
  type RawCell,
  type SheetGrid,
  type WorkbookGrid,
} from "../../../src/domain/grid";
import { importPlan } from "../../../src/domain/import/importPlan";
import { importWorkbooks } from "../../../src/domain/import/importWorkbooks";
import type { ImportOptions, ImportResult, ImportSource } from "../../../src/domain/import/model";
import type { PlanValue, TablePlan, WritePlan } from "../../../src/domain/plan/writePlan";
import { asRawCell } from "../../matching/support";
import { day } from "../builders";

export { rawDate, day };
export type { RawCell };

/** The import date of these tests (as bazy_r145 of the samples: 15.10.2024). */
export const A = "2024-10-15";

export function sheet(
  name: string,
  rows: readonly (readonly RawCell[])[],
  extra: {
    hiddenRows?: number[];
    merges?: CellRect[];
    filterActive?: boolean;
    firstRow?: number;
    firstCol?: number;
  } = {},
): SheetGrid {
  return { name, firstRow: extra.firstRow ?? 1, firstCol: extra.firstCol ?? 1, rows, ...extra };
}

export const book = (file: string, ...sheets: SheetGrid[]): ImportSource => ({
  file,
  grid: { sheets, date1904: false },
});

export function run(sources: readonly ImportSource[], opts: Partial<ImportOptions> = {}): ImportResult {
  return importWorkbooks(sources, { asOf: day(A), ...opts });
}

/** A merged range from its A1 address («A3:A6»). */
export function merge(address: string): CellRect {
  const [a, b] = address.split(":");
  const at = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), col };
  };
  const p = at(a);
  const q = at(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** The table a written sheet holds. */
export function tableOf(plan: WritePlan, sheetName: string): TablePlan {
  const s = plan.sheets.find((x) => x.name === sheetName);
  if (!s) throw new Error(`no sheet ${sheetName}`);
  return s.tables![0] as TablePlan;
}

/** The written rows of a sheet as records by header (only non-empty values). */
export function written(result: ImportResult, sheetName: string): Record<string, PlanValue>[] {
  const t = tableOf(importPlan(result.book), sheetName);
  return t.rows.map((r) =>
    Object.fromEntries(t.headers.map((h, i) => [h, r[i] ?? null]).filter(([, v]) => v !== null)),
  );
}

/** The workbook a plan writes, as the reader would see it (tables at A1, hidden «Справочники»). */
export function gridOfPlan(plan: WritePlan): WorkbookGrid {
  return {
    date1904: false,
    sheets: plan.sheets.map((s) => {
      const t = s.tables?.[0];
      if (t !== undefined && !("kind" in t && t.kind !== "new")) {
        const table = t as TablePlan;
        return sheet(s.name, [table.headers, ...table.rows.map((r) => r.map(asRawCell))]);
      }
      const rows: RawCell[][] = [];
      for (const b of s.blocks ?? [])
        b.values.forEach((r, i) => {
          rows[b.row - 1 + i] = r.map(asRawCell);
        });
      return sheet(
        s.name,
        Array.from(rows, (r) => r ?? []),
      );
    }),
  };
}

/** The tables of a plan, for comparing two writes. */
export const tablesOf = (plan: WritePlan) =>
  plan.sheets.map((s) => {
    const t = s.tables?.[0] as TablePlan | undefined;
    return { name: s.name, headers: t?.headers ?? [], rows: t?.rows ?? [] };
  });
