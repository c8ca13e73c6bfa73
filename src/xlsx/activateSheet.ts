/**
 * Which sheet Excel shows on opening. Exactly one sheet may be tab-selected: two selected tabs
 * open as a group, and whatever the user types then goes into both sheets.
 */
import type { Workbook, Worksheet, WorksheetView } from "exceljs";

// ExcelJS writes `tabSelected` but leaves it out of its typings.
type View = Partial<WorksheetView> & { tabSelected?: boolean };

export function activateSheet(wb: Workbook, name: string | undefined): void {
  const sheets = wb.worksheets;
  if (sheets.length === 0) return;
  const visible = (ws: Worksheet): boolean => ws.state === undefined || ws.state === "visible";
  const wanted = name?.toLowerCase();
  let index =
    wanted === undefined ? -1 : sheets.findIndex((ws) => ws.name.toLowerCase() === wanted && visible(ws));
  if (index < 0) index = Math.max(0, sheets.findIndex(visible));
  sheets.forEach((ws, i) => setTabSelected(ws, i === index));
  wb.views = [
    { x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab: index, visibility: "visible" },
  ];
}

function setTabSelected(ws: Worksheet, selected: boolean): void {
  const views = ws.views as View[];
  if (views.length === 0) {
    if (selected) ws.views = [{ state: "normal", tabSelected: true } as View as WorksheetView];
    return;
  }
  ws.views = views.map((v, i) => (i === 0 ? { ...v, tabSelected: selected } : v)) as WorksheetView[];
}
