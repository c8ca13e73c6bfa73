/**
 * The engine's front door, shared by the CLI, the task pane and consolidation: one school
 * workbook's grids in; its model, issues and KPIs out.
 */
import { analyze, type Analysis } from "./analysis/analysis";
import type { WorkbookGrid } from "./grid";
import type { Issue } from "./issues";
import { computeKpis } from "./kpi/compute";
import type { SchoolKpis } from "./kpi/types";
import { readSchoolWorkbook, type SchoolWorkbook } from "./read/readWorkbook";
import { validate } from "./rules/validate";
import { type DayNumber, dayFromYmd } from "./values/dates";

export interface SchoolResult {
  readonly wb: SchoolWorkbook;
  /** D: the override, else «Отчётная дата»; null when neither is readable. */
  readonly asOf: DayNumber | null;
  readonly analysis: Analysis;
  readonly issues: readonly Issue[];
  /** Null when there is no D. */
  readonly kpis: SchoolKpis | null;
  /** Why KPIs could not be computed (Russian), when `kpis` is null. */
  readonly error: string | null;
}

export interface EvaluateOptions {
  /** Overrides «Отчётная дата» (the CLI's --as-of, the pane's date picker). */
  readonly asOf?: DayNumber;
}

export const NO_AS_OF_ERROR =
  "Не указана или не читается «Отчётная дата» на листе «Сведения»: показатели не рассчитаны. Укажите дату или задайте её явно.";

export function evaluateWorkbook(grid: WorkbookGrid, opts: EvaluateOptions = {}): SchoolResult {
  const wb = readSchoolWorkbook(grid, opts);
  return evaluateSchool(wb, opts);
}

export function evaluateSchool(wb: SchoolWorkbook, opts: EvaluateOptions = {}): SchoolResult {
  const asOf = opts.asOf ?? wb.info.asOf ?? null;
  // Without D the date-free rules still run; the stand-in date is never shown or counted.
  const analysis = analyze(wb, asOf ?? dayFromYmd(2000, 1, 1));
  const issues = validate(analysis, asOf !== null);
  const kpis = asOf === null ? null : computeKpis(analysis);
  return { wb, asOf, analysis, issues, kpis, error: asOf === null ? NO_AS_OF_ERROR : null };
}
