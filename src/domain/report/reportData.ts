/**
 * «Данные отчёта»: the machine-readable, depersonalised part of a school's report — its «Сведения»
 * (without «Куратор»), the as-of date and every KPI's figures — in a fixed long layout that a
 * municipality consolidates without ever receiving a name:
 *
 *   Раздел      | Показатель (id)   | Поле        | Значение
 *   Сведения    | code              | Код ОО      | ОО-01
 *   Отчёт       | asOf              | Отчётная дата | 2024-12-20
 *   Показатели  | young_mentored    | numerator   | 9
 *   Показатели  | active_groups     | byForm:Учитель – учитель | 13
 *   Распределения | mentor_load     | load        | 3        (one row per mentor, no name)
 *
 * `reportDataRows` writes it; `parseReportData` reads it back (also from files written by others).
 */
import type { SheetGrid } from "../grid";
import { kpiCatalogue } from "../kpi/catalogue";
import type { KpiValues, PoolData } from "../kpi/types";
import type { OrgInfo } from "../model/records";
import type { PlanValue } from "../plan/writePlan";
import { infoSheet } from "../template/keyValue";
import { normalizeHeader } from "../text/normalize";
import { dayFromIso, isoOf, type DayNumber } from "../values/dates";
import { displayOf, readNumber } from "../values/parse";

export const REPORT_DATA_SHEET = "Данные отчёта";
export const REPORT_DATA_TABLE = "ReportData";
export const REPORT_DATA_HEADERS = ["Раздел", "Показатель", "Поле", "Значение"] as const;
export const REPORT_DATA_VERSION = "1";

const SECTION = { info: "Сведения", report: "Отчёт", kpi: "Показатели", pool: "Распределения" } as const;

/** «Сведения» items that go upward: everything but the curator's name (personal data). */
const PUBLIC_ITEMS = infoSheet.items.filter((i) => i.key !== "curator");

export interface ReportData {
  readonly info: Readonly<Record<string, string | number | boolean | null>>;
  readonly asOf: DayNumber;
  readonly schoolYear: string;
  readonly values: KpiValues;
  readonly pool: PoolData;
}

function infoValue(info: OrgInfo, key: string): PlanValue {
  switch (key) {
    case "code":
      return info.code ?? null;
    case "name":
      return info.name ?? null;
    case "municipality":
      return info.municipality ?? null;
    case "schoolYear":
      return info.schoolYear ?? null;
    case "asOf":
      return info.asOf === undefined ? null : isoOf(info.asOf);
    case "teachers":
      return info.teachers ?? null;
    case "students":
      return info.students ?? null;
    default: {
      const i = ["docRegulation", "docProgram", "docRoadmap", "docMentorsOrder", "docPairsOrder"].indexOf(
        key,
      );
      const v = i < 0 ? undefined : info.documents[i];
      return v === undefined ? null : v ? "да" : "нет";
    }
  }
}

/** Flattens one KPI value into (field, value) pairs: numbers, nulls, and byForm/byKind counts. */
function fieldsOf(value: unknown, prefix = ""): [string, number | null][] {
  const out: [string, number | null][] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const field = prefix ? `${prefix}.${k}` : k;
    if (v === null || typeof v === "number") out.push([field, v]);
    else if (typeof v === "object") {
      if (k === "byForm" || k === "byKind")
        for (const [name, n] of Object.entries(v as object)) out.push([`${k}:${name}`, n as number]);
      else out.push(...fieldsOf(v, field));
    }
  }
  return out;
}

export function reportDataRows(
  info: OrgInfo,
  asOf: DayNumber,
  schoolYear: string,
  values: KpiValues,
  pool: PoolData,
): PlanValue[][] {
  const rows: PlanValue[][] = [[SECTION.report, "version", "Версия формата", REPORT_DATA_VERSION]];
  rows.push(
    [SECTION.report, "asOf", "Отчётная дата", isoOf(asOf)],
    [SECTION.report, "schoolYear", "Учебный год", schoolYear],
  );
  for (const item of PUBLIC_ITEMS) rows.push([SECTION.info, item.key, item.label, infoValue(info, item.key)]);
  for (const def of kpiCatalogue)
    for (const [field, v] of fieldsOf(values[def.id])) rows.push([SECTION.kpi, def.id, field, v]);
  for (const n of pool.loads) rows.push([SECTION.pool, "mentor_load", "load", n]);
  for (const n of pool.mentorScores) rows.push([SECTION.pool, "satisfaction", "mentor", n]);
  for (const n of pool.menteeScores) rows.push([SECTION.pool, "satisfaction", "mentee", n]);
  return rows;
}

/** Sets a dotted field path («mentor.mean») on a KPI value object. */
function setField(target: Record<string, unknown>, field: string, v: number | null): void {
  const colon = field.indexOf(":");
  if (colon > 0) {
    const group = field.slice(0, colon);
    const bucket = (target[group] ??= {}) as Record<string, number>;
    bucket[field.slice(colon + 1)] = v ?? 0;
    return;
  }
  const path = field.split(".");
  let obj = target;
  for (const p of path.slice(0, -1)) obj = (obj[p] ??= {}) as Record<string, unknown>;
  obj[path[path.length - 1]] = v;
}

/** Whether a sheet looks like «Данные отчёта» (by its header row). */
export function isReportDataSheet(grid: SheetGrid): boolean {
  const head = grid.rows.slice(0, 5).map((r) => r.map((c) => normalizeHeader(displayOf(c) ?? "")).join("|"));
  const want = REPORT_DATA_HEADERS.map(normalizeHeader).join("|");
  return head.some((h) => h.startsWith(want));
}

/**
 * Reads «Данные отчёта» back. Returns null when the sheet is not in this layout or lacks the
 * as-of date; missing KPI fields are read as absent (the caller validates completeness).
 */
export function parseReportData(grid: SheetGrid): ReportData | null {
  if (!isReportDataSheet(grid)) return null;
  const info: Record<string, string | number | boolean | null> = {};
  const values: Record<string, Record<string, unknown>> = {};
  const pool = { loads: [] as number[], mentorScores: [] as number[], menteeScores: [] as number[] };
  let asOf: DayNumber | null = null;
  let schoolYear = "";
  for (const row of grid.rows) {
    const [section, id, field, raw] = [0, 1, 2, 3].map((i) => row[i] ?? null);
    const s = displayOf(section);
    const key = displayOf(id);
    const f = displayOf(field);
    if (s === null || key === null || f === null) continue;
    const num = (): number | null => {
      const r = readNumber(raw);
      if (r.state === "ok") return r.value;
      const t = displayOf(raw);
      return t !== null && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(t) ? Number(t) : null;
    };
    if (s === SECTION.report && key === "asOf") asOf = dayFromIso(displayOf(raw) ?? "");
    else if (s === SECTION.report && key === "schoolYear") schoolYear = displayOf(raw) ?? "";
    else if (s === SECTION.info) info[key] = typeof raw === "number" ? raw : displayOf(raw);
    else if (s === SECTION.kpi) setField((values[key] ??= {}), f, num());
    else if (s === SECTION.pool) {
      const n = num();
      if (n === null) continue;
      if (key === "mentor_load") pool.loads.push(n);
      else if (f === "mentor") pool.mentorScores.push(n);
      else if (f === "mentee") pool.menteeScores.push(n);
    }
  }
  if (asOf === null) return null;
  for (const def of kpiCatalogue) {
    if (def.kind === "groups") {
      const g = (values[def.id] ??= {});
      g.byForm ??= {};
      g.byKind ??= {};
    }
  }
  return { info, asOf, schoolYear, values: values as unknown as KpiValues, pool };
}
