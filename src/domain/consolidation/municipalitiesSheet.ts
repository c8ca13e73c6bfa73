/**
 * «Итоги по МО» (the regional level, beyond the spec): one row per municipality — its pooled
 * schools and every KPI figure pooled over them, as «Свод» shows a school — and the regional total
 * below. Sums of numerators and denominators, never averages of the municipalities' shares.
 */
import { type CellBlock, type PlanValue, type SheetPlan, TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import type { Consolidation, PooledTotal } from "./consolidate";
import { COUNT_FORMAT, kpiColumns, kpiTitleBand } from "./kpiColumns";

export const MUNICIPALITIES_SHEET = "Итоги по МО";
export const MUNICIPALITIES_TABLE = "SvodMunicipalities";
const TABLE_ROW = 4;
const FIXED = [
  { header: "Муниципалитет", format: TEXT_FORMAT, width: 36 },
  { header: "ОО в итоге", format: COUNT_FORMAT, width: 10 },
] as const;

export const MUNICIPALITIES_HEADERS: readonly string[] = [
  ...FIXED.map((f) => f.header),
  ...kpiColumns.map((c) => c.header),
];
const FORMATS = [...FIXED.map((f) => f.format), ...kpiColumns.map((c) => c.format)];

const row = (name: string, t: PooledTotal): PlanValue[] => [
  name,
  t.schools,
  ...kpiColumns.map((c) => c.get(t.values)),
];

/** Null on a municipal run: there is only one municipality's total, on «Итоги». */
export function municipalitiesSheet(c: Consolidation): SheetPlan | null {
  if (c.municipalities.length === 0) return null;
  const rows = c.municipalities.map((m) => row(m.municipality ?? "Муниципалитет не указан", m.total));
  const blocks: CellBlock[] = [
    {
      row: 1,
      col: 1,
      values: [[`Итоги по муниципалитетам: ${c.municipalities.length}, ОО в итоге: ${c.total.schools}`]],
      style: { bold: true, fontSize: 14 },
    },
    {
      row: 2,
      col: 1,
      values: [
        [
          "Каждая ОО учтена один раз (самый новый файл — свой или из свода муниципалитета; см. «Свод», столбец «В итоге»). Суммы числителей и знаменателей, а не среднее долей.",
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
      row: TABLE_ROW + rows.length + 2,
      col: 1,
      values: [row("Итого по региону", c.total)],
      numberFormat: FORMATS,
      style: { bold: true, border: true, fill: "#E2EFDA" },
    },
  ];
  return {
    name: MUNICIPALITIES_SHEET,
    mode: "replace",
    blocks,
    tables: [
      {
        name: MUNICIPALITIES_TABLE,
        row: TABLE_ROW,
        col: 1,
        headers: MUNICIPALITIES_HEADERS,
        rows,
        columnFormats: FORMATS,
        style: TABLE_STYLE,
      },
    ],
    columnWidths: [...FIXED.map((f) => f.width), ...kpiColumns.map(() => 14)].map((width, i) => ({
      col: i + 1,
      width,
    })),
    freezeRows: TABLE_ROW,
  };
}
