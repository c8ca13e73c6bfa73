/**
 * One parsed file → its consolidation input. The CLI and the task pane both read a file into a
 * WorkbookGrid and call this; the grid can be dropped as soon as it returns.
 */
import { evaluateWorkbook } from "../engine";
import type { WorkbookGrid } from "../grid";
import { findSheet } from "../read/findSheets";
import { infoSheet } from "../template/keyValue";
import { listSheets } from "../template/sheets";
import { aggregateInput, reportDataSheetOf } from "./fromReport";
import { workbookInput } from "./fromWorkbook";
import type { ConsolidationInput, InputOptions } from "./input";
import { productFormSheet, readProductForm } from "../forms/readForm";

/** Whether any input sheet of template v1 is there (by name or alias). */
function hasTemplateSheets(grid: WorkbookGrid): boolean {
  return [infoSheet, ...listSheets].some((spec) => findSheet(grid, spec) !== null);
}

/**
 * What a file is: a workbook with «Данные отчёта» and no template sheet is a school's
 * depersonalised export; one with the sheet «Форма мониторинга» (and its header row) is a filled
 * product form (forms.md); any other is a school workbook (one that also holds its own report is
 * still read in full).
 */
export function consolidationInput(
  file: string,
  grid: WorkbookGrid,
  opts: InputOptions = {},
): ConsolidationInput {
  const report = reportDataSheetOf(grid);
  if (report !== null && !hasTemplateSheets(grid)) return aggregateInput(file, report, opts);
  const form = productFormSheet(grid);
  if (form !== null) return readProductForm(file, grid, form, opts);
  return workbookInput(file, evaluateWorkbook(grid, opts.asOf === undefined ? {} : { asOf: opts.asOf }), opts);
}
