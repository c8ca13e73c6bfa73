/**
 * The upward report as write plans: the full report (for the export workbook and `nastavnik
 * report`) and «Мониторинг» alone (rebuilt inside the school's own workbook). Both are checked
 * for personal data before they are returned.
 */
import type { SchoolResult } from "../engine";
import type { WritePlan } from "../plan/writePlan";
import type { DayNumber } from "../values/dates";
import { assertDepersonalised } from "./depersonalise";
import { MONITORING_SHEET, monitoringSheetPlan } from "./monitoringPlan";
import { reportDataSheetPlan } from "./reportDataPlan";
import { isReportable, reportModel, type ReportableResult } from "./reportModel";

export const NOT_REPORTABLE = "Отчёт не сформирован: показатели не рассчитаны, нет отчётной даты.";

function reportable(result: SchoolResult): ReportableResult {
  if (!isReportable(result)) throw new Error(result.error ?? NOT_REPORTABLE);
  return result;
}

function checked(plan: WritePlan, result: SchoolResult): WritePlan {
  assertDepersonalised(plan, result.wb);
  return plan;
}

/** «Мониторинг» and «Данные отчёта», as a new workbook holds them. */
export function reportPlan(result: SchoolResult, generatedOn: DayNumber): WritePlan {
  const r = reportable(result);
  const plan = {
    sheets: [monitoringSheetPlan(reportModel(r, generatedOn)), reportDataSheetPlan(r)],
    activate: MONITORING_SHEET,
  };
  return checked(plan, r);
}

/** «Мониторинг» alone, replacing the previous one (with its tables and charts) in the school's workbook. */
export function monitoringOnlyPlan(result: SchoolResult, generatedOn: DayNumber): WritePlan {
  const r = reportable(result);
  return checked(
    { sheets: [monitoringSheetPlan(reportModel(r, generatedOn))], activate: MONITORING_SHEET },
    r,
  );
}
