/**
 * Reading the open workbook in two syncs whatever its size: first the sheet and table names,
 * then every sheet's used range (values and number formats) and every table's position and
 * headers in one batch.
 */
import type { SheetGrid, WorkbookGrid } from "../domain/grid";
import type { StructureSnapshot, TableSnapshot } from "../domain/port/workbookPort";
import { topLeftOf } from "./address";
import { rawRows } from "./cells";

interface PendingSheet {
  readonly name: string;
  readonly visible: boolean;
  readonly used: Excel.Range;
}

interface PendingTable {
  readonly name: string;
  readonly sheet: string;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/**
 * The 1900 date system is assumed: the JavaScript API of the supported hosts does not expose the
 * workbook's date system, and every Excel since 2011 creates 1900-based workbooks on all platforms.
 */
const DATE_1904 = false;

export async function readStructureIn(context: Excel.RequestContext): Promise<StructureSnapshot> {
  const date1904 = DATE_1904;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  const pendingSheets: PendingSheet[] = sheets.items.map((ws) => {
    // An empty sheet has no used range: the OrNullObject form answers instead of failing the batch.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,address");
    return { name: ws.name, visible: ws.visibility === Excel.SheetVisibility.visible, used };
  });
  const pendingTables: PendingTable[] = tables.items.map((t) => {
    const header = t.getHeaderRowRange();
    header.load("values,address");
    const body = t.getRange();
    body.load("rowCount");
    return { name: t.name, sheet: t.worksheet.name, header, body };
  });
  await context.sync();

  const grids: SheetGrid[] = pendingSheets.map((p) => {
    if (p.used.isNullObject) return { name: p.name, firstRow: 1, firstCol: 1, rows: [] };
    const { row, col } = topLeftOf(p.used.address);
    return { name: p.name, firstRow: row, firstCol: col, rows: rawRows(p.used.values, p.used.numberFormat, date1904) };
  });
  const tableSnapshots: TableSnapshot[] = pendingTables.map((p) => {
    const { row, col } = topLeftOf(p.header.address);
    return {
      name: p.name,
      sheet: p.sheet,
      row,
      col,
      headers: (p.header.values[0] ?? []).map((v) => String(v ?? "")),
      rowCount: Math.max(0, p.body.rowCount - 1),
    };
  });
  return {
    sheets: pendingSheets.map((p, i) => ({ name: p.name, visible: p.visible, grid: grids[i] })),
    tables: tableSnapshots,
    date1904,
  };
}

export async function readWorkbookIn(context: Excel.RequestContext): Promise<WorkbookGrid> {
  const s = await readStructureIn(context);
  return { sheets: s.sheets.map((x) => x.grid), date1904: s.date1904 };
}
