/**
 * A TablePlan as a real Excel table (ListObject). An Excel table needs at least one data row, so a
 * table without rows gets one empty row for people to type into.
 */
import type { TableProperties, Worksheet } from "exceljs";
import type { PlanValue, TablePlan } from "../domain/plan/writePlan";
import { cellAddress } from "./address";
import { NO_STYLE } from "./cellStyle";
import { excelValueOf, formatCell } from "./planCell";

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";
const TABLE_STYLE = /^TableStyle(Light|Medium|Dark)\d{1,2}$/;

type TableTheme = NonNullable<NonNullable<TableProperties["style"]>["theme"]>;

/** The data rows as written: the plan's, or one empty row. */
export function tableBodyRows(t: TablePlan): readonly (readonly PlanValue[])[] {
  return t.rows.length > 0 ? t.rows : [t.headers.map(() => null)];
}

export function writeTable(ws: Worksheet, t: TablePlan): void {
  const rows = tableBodyRows(t).map((r) => t.headers.map((_, j) => r[j] ?? null));
  const style = t.style !== undefined && TABLE_STYLE.test(t.style) ? t.style : DEFAULT_TABLE_STYLE;
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: cellAddress(t.row, t.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: style as TableTheme, showRowStripes: true },
    columns: t.headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((r) => r.map(excelValueOf)),
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(t.row + 1 + i);
    r.forEach((value, j) =>
      formatCell(row.getCell(t.col + j), value, t.columnFormats?.[j] ?? null, NO_STYLE),
    );
  });
}
