/**
 * The sheets the add-in writes itself (workbook.md: never read back as input). «Перенести лист»
 * does not offer them, and live checks ignore edits on them.
 */
import { CHECKS_SHEET } from "../checks/checksSheetPlan";
import { PROBLEMS_SHEET, SVOD_SHEET, TOTALS_SHEET, TRENDS_SHEET } from "../consolidation/labels";
import { MONITORING_SHEET } from "../report/monitoringPlan";
import { REPORT_DATA_SHEET } from "../report/reportData";
import { LOOKUPS_SHEET } from "../structure/lookups";

export const GENERATED_SHEETS: readonly string[] = [
  LOOKUPS_SHEET,
  CHECKS_SHEET,
  MONITORING_SHEET,
  REPORT_DATA_SHEET,
  SVOD_SHEET,
  TOTALS_SHEET,
  TRENDS_SHEET,
  PROBLEMS_SHEET,
];
