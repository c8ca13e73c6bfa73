/**
 * A depersonalised «Данные отчёта» export (the report issue's machine-readable sheet) as a
 * consolidation input: figures only, no persons. Its KPIs were computed by the school at its own
 * date and cannot be recomputed here, so an --as-of override does not move them.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { Issue } from "../issues";
import { kpiDef } from "../kpi/catalogue";
import type { KpiId, KpiValues, PoolData } from "../kpi/types";
import {
  REPORT_DATA_HEADERS,
  REPORT_DATA_SHEET,
  isReportDataSheet,
  parseReportData,
} from "../report/reportData";
import type { Place } from "../rules/define";
import { infoSheet } from "../template/keyValue";
import { normalizeSheetName } from "../text/normalize";
import { schoolYearLabel, schoolYearStartOf } from "../values/dates";
import { displayOf } from "../values/parse";
import {
  denominatorItemKey,
  type InfoDenominatorKpi,
  INFO_DENOMINATORS,
  infoDenominatorLabel,
} from "./exclusions";
import { type ConsolidationInput, type InputOptions, inputSnapshots, statusOf } from "./input";
import { reportFigures } from "./reportFigures";

const VALUE_COL = REPORT_DATA_HEADERS.indexOf("Значение");
const ID_HEADER = REPORT_DATA_HEADERS[1];

/** The «Данные отчёта» sheet of a workbook, when it has that name and layout. */
export function reportDataSheetOf(grid: WorkbookGrid): SheetGrid | null {
  const name = normalizeSheetName(REPORT_DATA_SHEET);
  const sheet = grid.sheets.find((s) => normalizeSheetName(s.name) === name);
  return sheet && isReportDataSheet(sheet) ? sheet : null;
}

/**
 * The «Сведения» items inside «Данные отчёта», each with its «Значение» cell (for C001/C002 to
 * point at). Read here rather than from `parseReportData`, which gives nothing for an export
 * without its date — and such a file still has to say which school it is.
 */
function infoItems(sheet: SheetGrid): Map<string, { text: string; at: Place }> {
  const items = new Map<string, { text: string; at: Place }>();
  sheet.rows.forEach((r, i) => {
    const key = displayOf(r[1] ?? null);
    if (displayOf(r[0] ?? null) !== infoSheet.name || key === null || items.has(key)) return;
    const text = displayOf(r[VALUE_COL] ?? null);
    if (text === null) return;
    const at: Place = {
      sheet: REPORT_DATA_SHEET,
      sheetInFile: sheet.name,
      row: sheet.firstRow + i,
      column: REPORT_DATA_HEADERS[VALUE_COL],
      col: sheet.firstCol + VALUE_COL,
      value: text,
    };
    items.set(key, { text, at });
  });
  return items;
}

/**
 * An export that cannot be pooled. S002 (a required column is missing) is the nearest code of
 * rules.md: the missing rows are to «Данные отчёта» what a missing column is to a list sheet.
 */
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

/**
 * Pooled means are recomputed from the per-mentor loads and per-row ratings (kpi.md, Aggregation):
 * an export whose distribution rows do not match its counts would distort them silently.
 */
function unpoolable(values: KpiValues, pool: PoolData): KpiId[] {
  const out: KpiId[] = [];
  if (pool.loads.length !== values.mentor_load.mentors) out.push("mentor_load");
  const s = values.satisfaction;
  if (pool.mentorScores.length !== s.mentor.n || pool.menteeScores.length !== s.mentee.n)
    out.push("satisfaction");
  return out;
}

/** The «Сведения» rows behind the C004 KPIs' denominators (row null when the export lacks the item). */
function infoDenominators(sheet: SheetGrid, info: Map<string, { text: string; at: Place }>) {
  const out: Partial<Record<InfoDenominatorKpi, { label: string; at: Place }>> = {};
  for (const id of Object.keys(INFO_DENOMINATORS) as InfoDenominatorKpi[]) {
    const key = denominatorItemKey(id, (k) => info.get(k)?.text ?? null);
    const at: Place = info.get(key)?.at ?? {
      sheet: REPORT_DATA_SHEET,
      sheetInFile: sheet.name,
      row: null,
      column: REPORT_DATA_HEADERS[VALUE_COL],
      col: null,
      value: null,
    };
    out[id] = { label: infoDenominatorLabel(id, key), at };
  }
  return out;
}

export function aggregateInput(file: string, sheet: SheetGrid, opts: InputOptions = {}): ConsolidationInput {
  const data = parseReportData(sheet);
  const info = infoItems(sheet);
  const text = (key: string) => info.get(key)?.text ?? null;
  const base = {
    file,
    kind: "aggregate" as const,
    ownAsOf: data?.asOf ?? null,
    modified: opts.modified ?? null,
    unpooled: {},
    infoDenominators: infoDenominators(sheet, info),
    carried: data?.issueCounts ?? null,
    hint: null,
    school:
      info.size === 0 ? null : { code: text("code"), name: text("name"), municipality: text("municipality") },
    code: info.get("code") ?? null,
    declaredYear: info.get("schoolYear") ?? null,
    persons: [],
    // The school fixed these itself, each on its date: they count even when today's figures cannot.
    snapshots: data === null ? [] : inputSnapshots(data.snapshots.filter((s) => s.date <= data.asOf)),
  };
  const fail = (message: string): ConsolidationInput => {
    const issues = [incomplete(sheet, message)];
    return {
      ...base,
      status: statusOf(true, issues),
      asOf: null,
      schoolYear: null,
      kpis: null,
      error: message,
      issues,
    };
  };
  if (data === null) {
    return fail(
      `В «${REPORT_DATA_SHEET}» нет отчётной даты: показатели этой ОО не учтены в своде. Сформируйте отчёт ОО заново.`,
    );
  }
  const figures = reportFigures(data.values as unknown as Record<string, unknown>);
  const missing = figures.ok ? unpoolable(figures.values, data.pool) : figures.missing;
  if (!figures.ok || missing.length > 0) {
    const titles = missing.map((id) => `«${kpiDef(id).title}»`);
    const shown = titles.slice(0, 3).join(", ") + (titles.length > 3 ? ` и ещё ${titles.length - 3}` : "");
    return fail(
      `В «${REPORT_DATA_SHEET}» не хватает данных показателей ${shown}: показатели этой ОО не учтены в своде. Сформируйте отчёт ОО заново.`,
    );
  }
  return {
    ...base,
    status: data.issueCounts === null ? "unchecked" : data.issueCounts.errors > 0 ? "errors" : "ok",
    asOf: data.asOf,
    schoolYear: data.schoolYear || schoolYearLabel(schoolYearStartOf(data.asOf)),
    kpis: { values: figures.values, pool: data.pool },
    error: null,
    issues: [],
  };
}
