/** Sheet-level settings of a SheetPlan: visibility, tab colour, column widths, frozen rows, printing. */
import type { PageSetup, Worksheet } from "exceljs";
import type { PrintPlan, SheetPlan } from "../domain/plan/writePlan";
import { argbOf } from "./cellStyle";

// PaperSize.A4 in ExcelJS's typings is a const enum, which isolated modules cannot import.
const PAPER_A4 = 9 as PageSetup["paperSize"];

export function applySheetSetup(ws: Worksheet, plan: SheetPlan): void {
  if (plan.hidden !== undefined) ws.state = plan.hidden ? "hidden" : "visible";
  if (plan.tabColor !== undefined) ws.properties.tabColor = { argb: argbOf(plan.tabColor) };
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col).width = width;
  if (plan.freezeRows !== undefined && plan.freezeRows > 0) freezeRows(ws, plan.freezeRows);
  if (plan.print !== undefined) applyPrint(ws, plan.print);
}

function freezeRows(ws: Worksheet, rows: number): void {
  ws.views = [
    { state: "frozen", xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}`, activeCell: `A${rows + 1}` },
  ];
}

function applyPrint(ws: Worksheet, print: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_A4,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.titleRows !== undefined ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
  };
}
