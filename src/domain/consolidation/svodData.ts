/**
 * «Данные свода»: the machine-readable part of a consolidation workbook (beyond the spec), from
 * which a higher level — the region consolidating its municipalities' consolidations — re-pools
 * exactly. One row per pooled school (a replaced file has already lost, an unreadable one has
 * nothing), in a table `SvodData`:
 *
 * - who and which file: «№ ОО», «Файл» (the school's own file), «Источник» (the consolidations it
 *   came through, «свод-МО.xlsx › …»), «Код ОО», «Наименование ОО», «Муниципалитет», «Вид»
 *   (workbook / aggregate / form), «Статус», «Ошибок», «Предупреждений», «Отчётная дата» (the D
 *   used), «Собственная отчётная дата», «Учебный год», «Изменён» (the file's modification time) —
 *   what deciding between two files of a school needs;
 * - one column per part of every KPI, named `id.part` (`young_mentored.numerator`,
 *   `satisfaction.mentor.mean`), empty = null; `active_groups.byForm` / `.byKind` as JSON objects;
 * - «Нагрузки наставников», «Оценки наставников», «Оценки наставляемых»: the per-mentor loads and
 *   per-row ratings as numbers joined by «;» (a form has none: «Сумма нагрузок» instead);
 * - «Не в своде»: the KPIs left out of the total and why, as JSON (`{"teachers_involved":
 *   {"code":"C004","reason":"…"}}`), so that they stay out at the next level.
 *
 * Depersonalised like the export: codes, names of schools and numbers, never a person's name.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import { noFigures } from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import { type PlanValue, type SheetPlan, TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { isoOf } from "../values/dates";
import type { ConsolidatedFile, Consolidation } from "./consolidate";
import { baseName } from "./fileNames";

export const SVOD_DATA_SHEET = "Данные свода";
export const SVOD_DATA_TABLE = "SvodData";

/** The school columns: key → header. */
export const SCHOOL_COLUMNS = {
  no: "№ ОО",
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
export type SchoolColumn = keyof typeof SCHOOL_COLUMNS;

export const POOL_COLUMNS = {
  loads: "Нагрузки наставников",
  mentees: "Сумма нагрузок",
  mentorScores: "Оценки наставников",
  menteeScores: "Оценки наставляемых",
  excluded: "Не в своде",
} as const;

/** A KPI part column: its header (`id.part`), the KPI and the path into its figures. */
export interface FigureColumn {
  readonly header: string;
  readonly id: KpiId;
  readonly path: readonly string[];
  /** byForm / byKind: a JSON object of counts. */
  readonly json: boolean;
}

function partsOf(value: unknown, path: string[] = []): { path: string[]; json: boolean }[] {
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    v !== null && typeof v === "object"
      ? partsOf(v, [...path, k])
      : [{ path: [...path, k], json: k === "byForm" || k === "byKind" }],
  );
}

/** Every KPI's parts, in catalogue order: one column each. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = kpiCatalogue.flatMap((def) =>
  partsOf(noFigures(def.id)).map(({ path, json }) => ({
    header: `${def.id}.${path.join(".")}`,
    id: def.id,
    path,
    json,
  })),
);

export const SVOD_DATA_HEADERS: readonly string[] = [
  ...Object.values(SCHOOL_COLUMNS),
  ...FIGURE_COLUMNS.map((c) => c.header),
  ...Object.values(POOL_COLUMNS),
];

const list = (xs: readonly number[]) => (xs.length === 0 ? null : xs.join(";"));

export function figureAt(values: unknown, c: FigureColumn): PlanValue {
  let v: unknown = (values as Record<string, unknown>)[c.id];
  for (const p of c.path) v = v === null || v === undefined ? null : (v as Record<string, unknown>)[p];
  if (v === null || v === undefined) return null;
  return c.json ? JSON.stringify(v) : (v as number);
}

function schoolRow(f: ConsolidatedFile, no: number): PlanValue[] {
  const school: Record<SchoolColumn, PlanValue> = {
    no,
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
  const kpis = f.kpis!;
  const excluded = Object.keys(f.excluded).length === 0 ? null : JSON.stringify(f.excluded);
  return [
    ...(Object.keys(SCHOOL_COLUMNS) as SchoolColumn[]).map((k) => school[k]),
    ...FIGURE_COLUMNS.map((c) => figureAt(kpis.values, c)),
    kpis.pool === null ? null : list(kpis.pool.loads),
    kpis.pool === null ? (kpis.mentees ?? null) : null,
    kpis.pool === null ? null : list(kpis.pool.mentorScores),
    kpis.pool === null ? null : list(kpis.pool.menteeScores),
    excluded,
  ];
}

export function svodDataRows(c: Consolidation): PlanValue[][] {
  let no = 0;
  return c.files.filter((f) => f.pooled).map((f) => schoolRow(f, ++no));
}

/**
 * Text columns as text; numbers in General, so that they stay numbers in full precision; the
 * lists and JSON as text.
 */
export function svodDataSheet(c: Consolidation): SheetPlan {
  const text = new Set<string>([
    SCHOOL_COLUMNS.file,
    SCHOOL_COLUMNS.source,
    SCHOOL_COLUMNS.code,
    SCHOOL_COLUMNS.name,
    SCHOOL_COLUMNS.municipality,
    SCHOOL_COLUMNS.kind,
    SCHOOL_COLUMNS.status,
    SCHOOL_COLUMNS.asOf,
    SCHOOL_COLUMNS.ownAsOf,
    SCHOOL_COLUMNS.schoolYear,
    SCHOOL_COLUMNS.modified,
    POOL_COLUMNS.loads,
    POOL_COLUMNS.mentorScores,
    POOL_COLUMNS.menteeScores,
    POOL_COLUMNS.excluded,
    ...FIGURE_COLUMNS.filter((f) => f.json).map((f) => f.header),
  ]);
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
        columnFormats: SVOD_DATA_HEADERS.map((h) => (text.has(h) ? TEXT_FORMAT : null)),
        style: TABLE_STYLE,
      },
    ],
    columnWidths: SVOD_DATA_HEADERS.map((h, i) => ({
      col: i + 1,
      width: Math.min(40, Math.max(10, h.length + 2)),
    })),
    freezeRows: 1,
  };
}
