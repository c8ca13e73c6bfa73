/**
 * «Свод»: one row per file in the order given — who, which file, what kind, its status and issue
 * counts, its date, whether it is in the total (and why not: a newer file of the school, C001), the
 * KPIs it leaves out of the total with the reason, and every KPI figure — as a sortable table
 * `Svod`, with the pooled «Итого» row below it. A KPI a form does not give reads «нет данных».
 * «Итого» is written as numbers, not formulas: a pooled mean is not a sum of means.
 */
import type { KpiId } from "../kpi/types";
import { type CellBlock, DATE_FORMAT, type PlanValue, type SheetPlan, TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { isoOf, ruDateOf } from "../values/dates";
import type { ConsolidatedFile, Consolidation } from "./consolidate";
import { COUNT_FORMAT, kpiColumns, kpiTitleBand } from "./kpiColumns";
import { kindLabels, statusText, SVOD_SHEET, SVOD_TABLE } from "./labels";
import { exclusionLines, NO_DATA } from "./exclusions";
import { baseName } from "./fileNames";

const FIXED = [
  { header: "Код ОО", format: TEXT_FORMAT, width: 12 },
  { header: "Наименование", format: TEXT_FORMAT, width: 36 },
  { header: "Муниципалитет", format: TEXT_FORMAT, width: 24 },
  { header: "Файл", format: TEXT_FORMAT, width: 28 },
  { header: "Вид", format: TEXT_FORMAT, width: 14 },
  { header: "Статус", format: TEXT_FORMAT, width: 16 },
  { header: "Ошибок", format: COUNT_FORMAT, width: 10 },
  { header: "Предупреждений", format: COUNT_FORMAT, width: 10 },
  { header: "Отчётная дата", format: DATE_FORMAT, width: 12 },
  { header: "В итоге", format: TEXT_FORMAT, width: 24 },
  { header: "Не включено в итог", format: TEXT_FORMAT, width: 48 },
] as const;

export const SVOD_HEADERS: readonly string[] = [
  ...FIXED.map((c) => c.header),
  ...kpiColumns.map((c) => c.header),
];
const FORMATS: readonly string[] = [...FIXED.map((c) => c.format), ...kpiColumns.map((c) => c.format)];

/** Rows of the layout: title, note, the KPI titles above their columns, then the table. */
export const SVOD_TABLE_ROW = 4;

/** «да», or why the file is not in the total. */
export function pooledText(f: ConsolidatedFile): string {
  if (f.pooled) return "да";
  if (f.supersededBy !== null) return `нет: заменён файлом «${baseName(f.supersededBy)}»`;
  if (f.status === "unreadable") return "нет: файл не читается";
  return `нет: ${f.error ?? "показатели не рассчитаны"}`;
}

/** «Педагоги в наставничестве: нет численности … (C004); знаменатель равен 0: …» */
export function excludedText(f: ConsolidatedFile): string | null {
  const lines = exclusionLines(f.excluded);
  return lines.length === 0 ? null : lines.join("; ");
}

function fileRow(f: ConsolidatedFile): PlanValue[] {
  const values = f.kpis?.values;
  let last: KpiId | null = null;
  return [
    f.school?.code ?? null,
    f.school?.name ?? null,
    f.school?.municipality ?? null,
    f.file,
    kindLabels[f.kind],
    statusText(f.status, f.errors),
    f.errors,
    f.warnings,
    f.asOf === null ? null : { date: isoOf(f.asOf) },
    pooledText(f),
    excludedText(f),
    ...kpiColumns.map((c) => {
      const first = c.id !== last;
      last = c.id;
      if (values === undefined) return null;
      // A KPI a form does not give: «нет данных» once, over the first column of its group.
      if (f.unpooled[c.id]?.notGiven) return first ? NO_DATA : null;
      return c.get(values);
    }),
  ];
}

export function svodSheet(c: Consolidation): SheetPlan {
  const rows = c.files.map(fileRow);
  const pooled = c.files.filter((f) => f.pooled);
  const total: PlanValue[] = [
    "Итого",
    `${c.total.schools} ОО в итоге: суммы числителей и знаменателей`,
    null,
    null,
    null,
    null,
    pooled.reduce((s, f) => s + (f.errors ?? 0), 0),
    pooled.reduce((s, f) => s + (f.warnings ?? 0), 0),
    null,
    null,
    null,
    ...kpiColumns.map((col) => col.get(c.total.values)),
  ];
  const dates = c.asOf === null ? "" : ` Последняя отчётная дата — ${ruDateOf(c.asOf)}.`;
  const superseded = c.files.filter((f) => f.supersededBy !== null).length;
  const replaced = superseded === 0 ? "" : ` Заменены более новыми файлами тех же ОО: ${superseded}.`;
  const blocks: CellBlock[] = [
    { row: 1, col: 1, values: [["Свод по наставничеству"]], style: { bold: true, fontSize: 14 } },
    {
      row: 2,
      col: 1,
      values: [
        [
          `Файлов: ${c.files.length}, в итоге: ${c.total.schools} ОО (по одному файлу на ОО); каждая ОО — на свою отчётную дату.${replaced}${dates} ` +
            "«Итого» — суммы числителей и знаменателей по ОО, а не среднее долей; что не вошло в итог — в столбцах «В итоге» и «Не включено в итог».",
        ],
      ],
      numberFormat: TEXT_FORMAT,
      style: { italic: true },
    },
    {
      row: 3,
      col: 1,
      values: [kpiTitleBand(FIXED.length)],
      numberFormat: TEXT_FORMAT,
      style: { bold: true, fontColor: "#1F6F5C" },
    },
    {
      row: SVOD_TABLE_ROW + Math.max(rows.length, 1) + 2,
      col: 1,
      values: [total],
      numberFormat: FORMATS,
      style: { bold: true, border: true, fill: "#E2EFDA" },
    },
  ];
  return {
    name: SVOD_SHEET,
    mode: "replace",
    blocks,
    tables: [
      {
        name: SVOD_TABLE,
        row: SVOD_TABLE_ROW,
        col: 1,
        headers: SVOD_HEADERS,
        rows,
        columnFormats: FORMATS,
        style: TABLE_STYLE,
      },
    ],
    columnWidths: [...FIXED.map((f) => f.width), ...kpiColumns.map(() => 14)].map((width, i) => ({
      col: i + 1,
      width,
    })),
    freezeRows: SVOD_TABLE_ROW,
  };
}
