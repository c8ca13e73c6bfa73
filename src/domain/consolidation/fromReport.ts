/**
 * A depersonalised «Данные отчёта» export (the report issue's machine-readable sheet) as a
 * consolidation input: figures only, no persons. Its KPIs were computed by the school at its own
 * date and cannot be recomputed here, so an --as-of override does not move them.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { Issue } from "../issues";
import { kpiDef } from "../kpi/catalogue";
import { REPORT_DATA_HEADERS, REPORT_DATA_SHEET, isReportDataSheet, parseReportData } from "../report/reportData";
import type { Place } from "../rules/define";
import { infoSheet } from "../template/keyValue";
import { normalizeSheetName } from "../text/normalize";
import { schoolYearLabel, schoolYearStartOf } from "../values/dates";
import { displayOf } from "../values/parse";
import { type ConsolidationInput, statusOf } from "./input";
import { reportFigures } from "./reportFigures";

const VALUE_COL = REPORT_DATA_HEADERS.indexOf("Значение");
const ID_HEADER = REPORT_DATA_HEADERS[1];

/** The «Данные отчёта» sheet of a workbook, when it has that name and layout. */
export function reportDataSheetOf(grid: WorkbookGrid): SheetGrid | null {
  const name = normalizeSheetName(REPORT_DATA_SHEET);
  const sheet = grid.sheets.find((s) => normalizeSheetName(s.name) === name);
  return sheet && isReportDataSheet(sheet) ? sheet : null;
}

/** The «Значение» cell of a «Сведения» item inside «Данные отчёта», for C001/C002 to point at. */
function infoItemAt(sheet: SheetGrid, key: string): Place | null {
  const i = sheet.rows.findIndex((r) => displayOf(r[0] ?? null) === infoSheet.name && displayOf(r[1] ?? null) === key);
  if (i < 0) return null;
  return {
    sheet: REPORT_DATA_SHEET,
    sheetInFile: sheet.name,
    row: sheet.firstRow + i,
    column: REPORT_DATA_HEADERS[VALUE_COL],
    col: sheet.firstCol + VALUE_COL,
    value: displayOf(sheet.rows[i][VALUE_COL] ?? null),
  };
}

function incomplete(sheet: SheetGrid, message: string): Issue {
  return {
    sheet: REPORT_DATA_SHEET,
    sheetInFile: sheet.name,
    row: null,
    column: ID_HEADER,
    col: null,
    code: "S002",
    severity: "error",
    message,
    value: null,
  };
}

const text = (v: string | number | boolean | null | undefined): string | null =>
  v === null || v === undefined || String(v).trim() === "" ? null : String(v).trim();

export function aggregateInput(file: string, sheet: SheetGrid): ConsolidationInput {
  const data = parseReportData(sheet);
  const info = data?.info ?? {};
  const item = (key: string) => {
    const t = text(info[key]);
    const at = infoItemAt(sheet, key);
    return t === null || at === null ? null : { text: t, at };
  };
  const hasInfo = ["code", "name", "municipality"].some((k) => k in info);
  const base = {
    file,
    kind: "aggregate" as const,
    school: hasInfo ? { code: text(info.code), name: text(info.name), municipality: text(info.municipality) } : null,
    code: item("code"),
    declaredYear: item("schoolYear"),
    persons: [],
  };
  const fail = (message: string): ConsolidationInput => {
    const issues = [incomplete(sheet, message)];
    return { ...base, status: statusOf(true, issues), asOf: null, schoolYear: null, kpis: null, error: message, issues };
  };
  if (data === null) {
    return fail(
      `В «${REPORT_DATA_SHEET}» нет отчётной даты: показатели этой ОО не учтены в своде. Сформируйте отчёт ОО заново.`,
    );
  }
  const figures = reportFigures(data.values as unknown as Record<string, unknown>);
  if (!figures.ok) {
    const titles = figures.missing.map((id) => `«${kpiDef(id).title}»`);
    const shown = titles.slice(0, 3).join(", ") + (titles.length > 3 ? ` и ещё ${titles.length - 3}` : "");
    return fail(
      `В «${REPORT_DATA_SHEET}» не хватает данных показателей ${shown}: показатели этой ОО не учтены в своде. Сформируйте отчёт ОО заново.`,
    );
  }
  return {
    ...base,
    status: "ok",
    asOf: data.asOf,
    schoolYear: data.schoolYear || schoolYearLabel(schoolYearStartOf(data.asOf)),
    kpis: { values: figures.values, pool: data.pool },
    error: null,
    issues: [],
  };
}
