/**
 * Translating a WritePlan into an ExcelJS workbook: sheets, values, formats, styles, tables,
 * validation, conditional formats, widths, frozen rows and print setup. What ExcelJS cannot
 * express (charts, tables kept in place from an existing file) is skipped: see unsupportedParts.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { PlanValue, SheetPlan, TablePlan, WritePlan } from "../domain/plan/writePlan";
import { applySheetSetup } from "./sheetSetup";
import { isNewTable, listProblem, skippedValidationReason } from "./unsupported";
import { writeBlock } from "./writeBlock";
import { writeConditionalFormat } from "./writeConditionalFormat";
import { tableBodyRows, writeTable } from "./writeTable";
import { type TableLocation, writeCellValidation, writeValidation } from "./writeValidation";
import { activateSheet } from "./activateSheet";
import { withXmlSafeTexts } from "./xmlText";
import { writeProtection } from "./writeProtection";

export function applyPlanToWorkbook(given: WritePlan, wb: Workbook): Workbook {
  const plan = withXmlSafeTexts(given);
  for (const sheet of plan.sheets) applySheetPlan(wb, sheet);
  activateSheet(wb, plan.activate);
  // Formulas are written without results (ExcelJS does not calculate): have Excel calculate on open.
  if (plan.sheets.some(hasFormulas)) wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

function hasFormulas(sheet: SheetPlan): boolean {
  const isFormula = (v: PlanValue): boolean => typeof v === "object" && v !== null && "formula" in v;
  const inRows = (rows: readonly (readonly PlanValue[])[]): boolean => rows.some((r) => r.some(isFormula));
  return (
    (sheet.blocks ?? []).some((b) => inRows(b.values)) ||
    (sheet.tables ?? []).some((t) => isNewTable(t) && inRows(t.rows))
  );
}

function applySheetPlan(wb: Workbook, plan: SheetPlan): void {
  const ws = plan.mode === "update" ? existingSheet(wb, plan.name) : freshSheet(wb, plan);
  applySheetSetup(ws, plan);
  for (const block of plan.blocks ?? []) writeBlock(ws, block);
  for (const table of plan.tables ?? []) if (isNewTable(table)) writeTable(ws, table);
  for (const v of plan.validations ?? []) {
    if (skippedValidationReason(plan, v) === null) writeValidation(ws, v, tableLocation(plan, v.table));
  }
  for (const v of plan.cellValidations ?? []) if (listProblem(v.rule) === null) writeCellValidation(ws, v);
  let priority = 1;
  for (const cf of plan.conditionalFormats ?? []) priority = writeConditionalFormat(ws, cf, priority);
  if (plan.protection !== undefined) writeProtection(ws, plan.protection);
}

/** Worksheet order is kept in ExcelJS's `orderNo`, which its typings leave out. */
type Ordered = Worksheet & { orderNo: number };

function findSheet(wb: Workbook, name: string): Worksheet | undefined {
  const key = name.toLowerCase(); // Excel sheet names are unique regardless of case
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

function existingSheet(wb: Workbook, name: string): Worksheet {
  const ws = findSheet(wb, name);
  if (ws === undefined) throw new Error(`Листа «${name}» нет в книге`);
  return ws;
}

/** A new empty sheet; `replace` takes the old sheet's place in the tab order. */
function freshSheet(wb: Workbook, plan: SheetPlan): Worksheet {
  const existing = findSheet(wb, plan.name) as Ordered | undefined;
  if (existing !== undefined && plan.mode === "create") {
    throw new Error(`Лист «${existing.name}» уже есть в книге`);
  }
  const orderNo = existing?.orderNo;
  if (existing !== undefined) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(plan.name) as Ordered;
  if (orderNo !== undefined) ws.orderNo = orderNo;
  return ws;
}

function tableLocation(plan: SheetPlan, name: string): TableLocation {
  const t = plan.tables?.find((x): x is TablePlan => x.name === name && isNewTable(x));
  if (t === undefined)
    throw new Error(`Проверка данных ссылается на таблицу «${name}», которой нет на листе «${plan.name}»`);
  return { row: t.row, col: t.col, headers: t.headers, bodyRows: tableBodyRows(t).length };
}
