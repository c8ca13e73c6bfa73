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
import { consolidationFileInput, svodDataSheetOf } from "./fromSvodData";
import { workbookInput } from "./fromWorkbook";
import type { ConsolidationInput, InputOptions } from "./input";
import { FORM_SHEET } from "../forms/formPlan";
import { productFormSheet, readProductForm } from "../forms/readForm";
import { readMappedForm } from "../forms/readMappedForm";
import { REPORT_DATA_SHEET } from "../report/reportData";
import { normalizeSheetName } from "../text/normalize";

/**
 * forms.md (b): with a mapping, a file is read through it when it has neither «Сведения» (by name
 * or alias), nor «Данные отчёта», nor «Форма мониторинга».
 */
function isForeignForm(grid: WorkbookGrid): boolean {
  const names = new Set(grid.sheets.map((s) => normalizeSheetName(s.name)));
  return (
    findSheet(grid, infoSheet) === null &&
    !names.has(normalizeSheetName(REPORT_DATA_SHEET)) &&
    !names.has(normalizeSheetName(FORM_SHEET))
  );
}

/** Whether any input sheet of template v1 is there (by name or alias). */
function hasTemplateSheets(grid: WorkbookGrid): boolean {
  return [infoSheet, ...listSheets].some((spec) => findSheet(grid, spec) !== null);
}

/**
 * What a file is: a workbook with «Данные свода» is a municipality's consolidation (the regional
 * level: one input per school inside it); a workbook with «Данные отчёта» and no template sheet is a school's
 * depersonalised export; one with the sheet «Форма мониторинга» (and its header row) is a filled
 * product form (forms.md); any other is a school workbook (one that also holds its own report is
 * still read in full).
 */
export function consolidationInput(
  file: string,
  grid: WorkbookGrid,
  opts: InputOptions = {},
): ConsolidationInput {
  const svod = svodDataSheetOf(grid);
  if (svod !== null) return consolidationFileInput(file, svod, opts);
  const report = reportDataSheetOf(grid);
  if (report !== null && !hasTemplateSheets(grid)) return aggregateInput(file, report, opts);
  const form = productFormSheet(grid);
  if (form !== null) return readProductForm(file, grid, form, opts);
  if (opts.formMap !== undefined && isForeignForm(grid))
    return readMappedForm(file, grid, opts.formMap, opts);
  return workbookInput(
    file,
    evaluateWorkbook(grid, opts.asOf === undefined ? {} : { asOf: opts.asOf }),
    opts,
  );
}
