/**
 * «Данные свода»: the machine-readable part of a consolidation workbook (beyond the spec), from
 * which a higher level — the region consolidating its municipalities' consolidations — re-pools
 * exactly. One fact per row, as «Данные отчёта» has them; one block of rows per pooled school:
 *
 *   № ОО | Раздел        | Показатель     | Поле            | Значение
 *   3    | ОО            | code           | Код ОО          | ЭР-03
 *   3    | ОО            | ownAsOf        | Собственная отчётная дата | 2024-12-02
 *   3    | Показатели    | young_mentored | numerator       | 2        (empty = null: a part a form lacks)
 *   3    | Показатели    | active_groups  | byForm          | 2        (present: the number of keys below)
 *   3    | Показатели    | active_groups  | byForm:Учитель – учитель | 2
 *   3    | Распределения | mentor_load    | load            | 1        (one row per mentor, no name)
 *   3    | Распределения | mentor_load    | mentees         | 8        (a form: Σ mentees over mentors)
 *   3    | Не в своде    | teachers_involved | C004         | нет численности: …
 *
 * Depersonalised like the export: codes, names of schools and numbers only, never a person's name.
 * Only pooled schools are written: a replaced file has already lost, an unreadable one has nothing.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import type { KpiFigures } from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import { type PlanValue, type SheetPlan, TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { isoOf } from "../values/dates";
import type { ConsolidatedFile, Consolidation } from "./consolidate";

export const SVOD_DATA_SHEET = "Данные свода";
export const SVOD_DATA_TABLE = "SvodData";
export const SVOD_DATA_HEADERS = ["№ ОО", "Раздел", "Показатель", "Поле", "Значение"] as const;

export const SVOD_SECTION = {
  school: "ОО",
  kpi: "Показатели",
  pool: "Распределения",
  excluded: "Не в своде",
} as const;

/** The school items of a block: key → «Поле». */
export const SCHOOL_FIELDS = {
  file: "Файл",
  source: "Источник",
  code: "Код ОО",
  name: "Наименование ОО",
  municipality: "Муниципалитет",
  kind: "Вид",
  status: "Статус",
  errors: "Ошибок",
  warnings: "Предупреждений",
  asOf: "Отчётная дата",
  ownAsOf: "Собственная отчётная дата",
  schoolYear: "Учебный год",
  modified: "Изменён",
} as const;
export type SchoolField = keyof typeof SCHOOL_FIELDS;

/** A code field of an exclusion row when the exclusion has no issue code. */
export const NOT_GIVEN_FIELD = "нет данных";
export const NO_CODE_FIELD = "—";

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** A KPI's figures as (field, value) rows; byForm / byKind present as a count of their keys. */
export function figureFields(value: unknown, prefix = ""): [string, number | null][] {
  const out: [string, number | null][] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const field = prefix ? `${prefix}.${k}` : k;
    if (v === null || typeof v === "number") {
      out.push([field, v]);
    } else if (k === "byForm" || k === "byKind") {
      const entries = Object.entries(v as Record<string, number>);
      out.push([k, entries.length]);
      for (const [name, n] of entries) out.push([`${k}:${name}`, n]);
    } else if (typeof v === "object") {
      out.push(...figureFields(v, field));
    }
  }
  return out;
}

function schoolRows(f: ConsolidatedFile, no: number): PlanValue[][] {
  const items: Record<SchoolField, PlanValue> = {
    file: f.origin?.file ?? baseName(f.file),
    source: f.origin?.via.length ? f.origin.via.join(" › ") : null,
    code: f.school?.code ?? null,
    name: f.school?.name ?? null,
    municipality: f.school?.municipality ?? null,
    kind: f.kind,
    status: f.status,
    errors: f.errors,
    warnings: f.warnings,
    asOf: f.asOf === null ? null : isoOf(f.asOf),
    ownAsOf: f.ownAsOf === null ? null : isoOf(f.ownAsOf),
    schoolYear: f.schoolYear,
    modified: f.modified === null ? null : new Date(f.modified).toISOString(),
  };
  const rows: PlanValue[][] = (Object.keys(SCHOOL_FIELDS) as SchoolField[]).map((key) => [
    no,
    SVOD_SECTION.school,
    key,
    SCHOOL_FIELDS[key],
    items[key],
  ]);
  const values = f.kpis!.values as KpiFigures;
  for (const def of kpiCatalogue)
    for (const [field, v] of figureFields(values[def.id]))
      rows.push([no, SVOD_SECTION.kpi, def.id, field, v]);
  const pool = f.kpis!.pool;
  if (pool === null) {
    rows.push([no, SVOD_SECTION.pool, "mentor_load", "mentees", f.kpis!.mentees ?? null]);
  } else {
    for (const n of pool.loads) rows.push([no, SVOD_SECTION.pool, "mentor_load", "load", n]);
    for (const n of pool.mentorScores) rows.push([no, SVOD_SECTION.pool, "satisfaction", "mentor", n]);
    for (const n of pool.menteeScores) rows.push([no, SVOD_SECTION.pool, "satisfaction", "mentee", n]);
  }
  for (const id of kpiCatalogue.map((d) => d.id) as KpiId[]) {
    const e = f.excluded[id];
    if (e === undefined) continue;
    const code = e.code ?? (e.notGiven ? NOT_GIVEN_FIELD : NO_CODE_FIELD);
    rows.push([no, SVOD_SECTION.excluded, id, code, e.reason]);
  }
  return rows;
}

export function svodDataRows(c: Consolidation): PlanValue[][] {
  const rows: PlanValue[][] = [];
  let no = 0;
  for (const f of c.files) if (f.pooled) rows.push(...schoolRows(f, ++no));
  return rows;
}

/**
 * Text columns as text, «Значение» in General: numbers stay numbers in full precision, and text
 * values (codes, dates as ISO, reasons) are written as strings.
 */
export function svodDataSheet(c: Consolidation): SheetPlan {
  return {
    name: SVOD_DATA_SHEET,
    mode: "replace",
    tables: [
      {
        name: SVOD_DATA_TABLE,
        row: 1,
        col: 1,
        headers: SVOD_DATA_HEADERS,
        rows: svodDataRows(c),
        columnFormats: [null, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, null],
        style: TABLE_STYLE,
      },
    ],
    columnWidths: [8, 16, 20, 28, 40].map((width, i) => ({ col: i + 1, width })),
    freezeRows: 1,
  };
}
