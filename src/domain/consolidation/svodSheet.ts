/**
 * «Свод»: one row per file in the order given — who, which file, what kind, its status and issue
 * counts, its date, and every KPI figure — as a sortable table `Svod`, with the pooled «Итого»
 * row below it. «Итого» is written as numbers, not formulas: a pooled mean is not a sum of means.
 */
import { kpiDef } from "../kpi/catalogue";
import { type CellBlock, DATE_FORMAT, type PlanValue, type SheetPlan, TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { isoOf, ruDateOf } from "../values/dates";
import type { ConsolidatedFile, Consolidation } from "./consolidate";
import { COUNT_FORMAT, kpiColumns } from "./kpiColumns";
import { kindLabels, statusLabels, SVOD_SHEET, SVOD_TABLE } from "./labels";

const FIXED = [
  { header: "Код ОО", format: TEXT_FORMAT, width: 12 },
  { header: "Наименование", format: TEXT_FORMAT, width: 36 },
  { header: "Файл", format: TEXT_FORMAT, width: 28 },
  { header: "Вид", format: TEXT_FORMAT, width: 14 },
  { header: "Статус", format: TEXT_FORMAT, width: 14 },
  { header: "Ошибок", format: COUNT_FORMAT, width: 10 },
  { header: "Предупреждений", format: COUNT_FORMAT, width: 10 },
  { header: "Отчётная дата", format: DATE_FORMAT, width: 12 },
] as const;

export const SVOD_HEADERS: readonly string[] = [
  ...FIXED.map((c) => c.header),
  ...kpiColumns.map((c) => c.header),
];
const FORMATS: readonly string[] = [...FIXED.map((c) => c.format), ...kpiColumns.map((c) => c.format)];

/** Rows of the layout: title, note, the KPI titles above their columns, then the table. */
export const SVOD_TABLE_ROW = 4;

function fileRow(f: ConsolidatedFile): PlanValue[] {
  const values = f.kpis?.values;
  return [
    f.school?.code ?? null,
    f.school?.name ?? null,
    f.file,
    kindLabels[f.kind],
    statusLabels[f.status],
    f.errors,
    f.warnings,
    f.asOf === null ? null : { date: isoOf(f.asOf) },
    ...kpiColumns.map((c) => (values ? c.get(values) : null)),
  ];
}

/** The full KPI title over the first column of its group, so the short headers stay readable. */
function titleBand(): PlanValue[] {
  let last = "";
  return [
    ...FIXED.map(() => null),
    ...kpiColumns.map((c) => {
      if (c.id === last) return null;
      last = c.id;
      return kpiDef(c.id).title;
    }),
  ];
}

export function svodSheet(c: Consolidation): SheetPlan {
  const rows = c.files.map(fileRow);
  const total: PlanValue[] = [
    "Итого",
    `${c.total.schools} ОО с показателями: суммы числителей и знаменателей`,
    null,
    null,
    null,
    c.files.reduce((s, f) => s + f.errors, 0),
    c.files.reduce((s, f) => s + f.warnings, 0),
    null,
    ...kpiColumns.map((col) => col.get(c.total.values)),
  ];
  const dates = c.asOf === null ? "" : ` Последняя отчётная дата — ${ruDateOf(c.asOf)}.`;
  const blocks: CellBlock[] = [
    { row: 1, col: 1, values: [["Свод по наставничеству"]], style: { bold: true, fontSize: 14 } },
    {
      row: 2,
      col: 1,
      values: [
        [
          `Файлов: ${c.files.length}, с показателями: ${c.total.schools}; каждая ОО — на свою отчётную дату.${dates} ` +
            "«Итого» — суммы числителей и знаменателей по ОО, а не среднее долей.",
        ],
      ],
      numberFormat: TEXT_FORMAT,
      style: { italic: true },
    },
    {
      row: 3,
      col: 1,
      values: [titleBand()],
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
