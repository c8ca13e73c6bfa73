/**
 * «Данные отчёта»: the machine-readable, depersonalised part of a school's report — its «Сведения»
 * (without «Куратор»), the as-of date and every KPI's figures — in a fixed long layout that a
 * municipality consolidates without ever receiving a name:
 *
 *   Раздел      | Показатель (id)   | Поле        | Значение
 *   Сведения    | code              | Код ОО      | ОО-01
 *   Отчёт       | asOf              | Отчётная дата | 2024-12-20
 *   Отчёт       | issues            | Ошибок      | 3        (version 2: the workbook's issue counts
 *   Отчёт       | issues            | Предупреждений | 5      at export; absent in older exports)
 *   Показатели  | young_mentored    | numerator   | 9
 *   Показатели  | active_groups     | byForm:Учитель – учитель | 13
 *   Распределения | mentor_load     | load        | 3        (one row per mentor, no name)
 *   Срезы       | young_mentored    | 2024-10-01:numerator   | 7   (the school's snapshots up to D,
 *   Срезы       | young_mentored    | 2024-10-01:denominator | 9    each measure's two figures)
 *
 * `reportDataRows` writes it; `parseReportData` reads it back (also from files written by others).
 * An export written before «Срезы» existed simply has no such rows: its history is empty. (A
 * count's denominator row is empty; the format version stays 1, as readers skip sections they do
 * not know.)
 */
import type { SheetGrid } from "../grid";
import { kpiCatalogue } from "../kpi/catalogue";
import type { KpiValues, PoolData } from "../kpi/types";
import type { OrgInfo } from "../model/records";
import type { PlanValue } from "../plan/writePlan";
import { snapshotHistory, type Snapshot } from "../snapshots/history";
import { measureByCode, snapshotMeasures } from "../snapshots/measures";
import type { SnapshotRow } from "../snapshots/readSnapshots";
import { infoSheet } from "../template/keyValue";
import { normalizeHeader } from "../text/normalize";
import { dayFromIso, isoOf, type DayNumber } from "../values/dates";
import { displayOf, readNumber } from "../values/parse";

export const REPORT_DATA_SHEET = "Данные отчёта";
export const REPORT_DATA_TABLE = "ReportData";
export const REPORT_DATA_HEADERS = ["Раздел", "Показатель", "Поле", "Значение"] as const;
export const REPORT_DATA_VERSION = "1";

const SECTION = {
  info: "Сведения",
  report: "Отчёт",
  kpi: "Показатели",
  pool: "Распределения",
  snapshots: "Срезы",
} as const;

/** «Поле» of a snapshot row: the date, then which figure («2024-10-01:numerator»). */
const SNAPSHOT_FIELD = /^(\d{4}-\d{2}-\d{2}):(numerator|denominator)$/;

/** «Сведения» items that go upward: everything but the curator's name (personal data). */
const PUBLIC_ITEMS = infoSheet.items.filter((i) => i.key !== "curator");

/** The numbers of error- and warning-level issues of the school's workbook at export. */
export interface IssueCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** «Поле» of the two «Отчёт» / `issues` rows (cli.md, version 2). */
const ISSUE_FIELDS = { errors: "Ошибок", warnings: "Предупреждений" } as const;

export interface ReportData {
  readonly info: Readonly<Record<string, string | number | boolean | null>>;
  readonly asOf: DayNumber;
  readonly schoolYear: string;
  readonly values: KpiValues;
  readonly pool: PoolData;
  /** The school's snapshots, oldest first; empty for an export without the «Срезы» section. */
  readonly snapshots: readonly Snapshot[];
  /** The issue counts the export carries; null when it lacks either row (an export of version 1). */
  readonly issueCounts: IssueCounts | null;
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
  /** The snapshots to carry upward (the report's: those up to D), oldest first. */
  snapshots: readonly Snapshot[] = [],
  /** The workbook's issue counts at export; the consolidation shows the export's status from them. */
  issueCounts?: IssueCounts,
): PlanValue[][] {
  const rows: PlanValue[][] = [[SECTION.report, "version", "Версия формата", REPORT_DATA_VERSION]];
  rows.push(
    [SECTION.report, "asOf", "Отчётная дата", isoOf(asOf)],
    [SECTION.report, "schoolYear", "Учебный год", schoolYear],
  );
  if (issueCounts !== undefined)
    rows.push(
      [SECTION.report, "issues", ISSUE_FIELDS.errors, issueCounts.errors],
      [SECTION.report, "issues", ISSUE_FIELDS.warnings, issueCounts.warnings],
    );
  for (const item of PUBLIC_ITEMS) rows.push([SECTION.info, item.key, item.label, infoValue(info, item.key)]);
  for (const def of kpiCatalogue)
    for (const [field, v] of fieldsOf(values[def.id])) rows.push([SECTION.kpi, def.id, field, v]);
  for (const n of pool.loads) rows.push([SECTION.pool, "mentor_load", "load", n]);
  for (const n of pool.mentorScores) rows.push([SECTION.pool, "satisfaction", "mentor", n]);
  for (const n of pool.menteeScores) rows.push([SECTION.pool, "satisfaction", "mentee", n]);
  for (const s of snapshots) {
    const date = isoOf(s.date);
    for (const m of snapshotMeasures) {
      const f = s.figures.get(m.code);
      if (f === undefined) continue;
      rows.push(
        [SECTION.snapshots, m.code, `${date}:numerator`, f.numerator],
        [SECTION.snapshots, m.code, `${date}:denominator`, f.denominator],
      );
    }
  }
  return rows;
}

/** A snapshot figure being read: the rows of one date and measure, numerator and denominator apart. */
interface PendingFigure {
  readonly row: number;
  readonly date: DayNumber;
  readonly code: string;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * The history from the «Срезы» rows. A figure whose date or code is unknown, or whose numerator is
 * not a non-negative number, is left out — as `readSnapshots` leaves out such a row of the sheet.
 */
function historyOf(pending: ReadonlyMap<string, PendingFigure>): Snapshot[] {
  const rows: SnapshotRow[] = [];
  for (const p of pending.values()) {
    const den = p.denominator ?? null;
    if (p.numerator === undefined || p.numerator === null || p.numerator < 0) continue;
    if (den !== null && den < 0) continue;
    rows.push({ row: p.row, date: p.date, code: p.code, numerator: p.numerator, denominator: den });
  }
  return snapshotHistory(rows);
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
  const snapshots = new Map<string, PendingFigure>();
  let asOf: DayNumber | null = null;
  let schoolYear = "";
  const counts: { errors?: number | null; warnings?: number | null } = {};
  for (const [i, row] of grid.rows.entries()) {
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
    else if (s === SECTION.report && key === "issues") {
      const which = f === ISSUE_FIELDS.errors ? "errors" : f === ISSUE_FIELDS.warnings ? "warnings" : null;
      const n = num();
      if (which !== null) counts[which] = n !== null && Number.isInteger(n) && n >= 0 ? n : null;
    } else if (s === SECTION.info) info[key] = typeof raw === "number" ? raw : displayOf(raw);
    else if (s === SECTION.kpi) setField((values[key] ??= {}), f, num());
    else if (s === SECTION.pool) {
      const n = num();
      if (n === null) continue;
      if (key === "mentor_load") pool.loads.push(n);
      else if (f === "mentor") pool.mentorScores.push(n);
      else if (f === "mentee") pool.menteeScores.push(n);
    } else if (s === SECTION.snapshots) {
      const m = SNAPSHOT_FIELD.exec(f);
      const date = m === null ? null : dayFromIso(m[1]);
      if (m === null || date === null || !measureByCode.has(key)) continue;
      const slot = `${date}|${key}`;
      let p = snapshots.get(slot);
      if (!p) snapshots.set(slot, (p = { row: grid.firstRow + i, date, code: key }));
      p[m[2] as "numerator" | "denominator"] = num();
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
  return {
    info,
    asOf,
    schoolYear,
    values: values as unknown as KpiValues,
    pool,
    snapshots: historyOf(snapshots),
    issueCounts:
      typeof counts.errors === "number" && typeof counts.warnings === "number"
        ? { errors: counts.errors, warnings: counts.warnings }
        : null,
  };
}
