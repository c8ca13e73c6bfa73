/** Sheet-level settings of a SheetPlan: visibility, tab colour, column widths, row heights, frozen rows, printing. */
import type { PageSetup, Worksheet } from "exceljs";
import type { PrintPlan, SheetPlan } from "../domain/plan/writePlan";
import { parseRect } from "../domain/plan/chartSource";
import { argbOf } from "./cellStyle";

// PaperSize.A4 in ExcelJS's typings is a const enum, which isolated modules cannot import.
const PAPER_A4 = 9 as PageSetup["paperSize"];

export function applySheetSetup(ws: Worksheet, plan: SheetPlan): void {
  if (plan.hidden !== undefined) ws.state = plan.hidden ? "hidden" : "visible";
  if (plan.tabColor !== undefined) ws.properties.tabColor = { argb: argbOf(plan.tabColor) };
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col).width = width;
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row).height = height;
  for (const range of plan.wrap ?? []) wrapRange(ws, range);
  if (plan.freezeRows !== undefined && plan.freezeRows > 0) freezeRows(ws, plan.freezeRows);
  if (plan.print !== undefined) applyPrint(ws, plan.print);
}

function wrapRange(ws: Worksheet, a1: string): void {
  const r = parseRect(a1);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      // ExcelJS, not Office.js: the cell's alignment is read in memory, no sync involved.
      const alignment = ws.getCell(row, col).alignment;
      ws.getCell(row, col).alignment = { ...alignment, wrapText: true, vertical: "top" };
    }
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
    ...(print.margins !== undefined ? { margins: { ...print.margins, header: 0.3, footer: 0.3 } } : {}),
  };
  // «&C»: the footer text is centred, as the Office.js adapter sets it (centerFooter).
  if (print.footer !== undefined) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footer}` };
  // ExcelJS breaks after a row; the plan names the row that starts the page.
  for (const row of print.breaksBefore ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
}
