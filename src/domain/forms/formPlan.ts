/**
 * The blank monitoring form (forms.md (a)) as a write plan: the sheet «Форма мониторинга» — the
 * title, the identification block (A3:B6), the header in row 8 and one row per part from row 9
 * (formParts.ts), D left for the school with a «decimal ≥ 0» validation; everything but B3:B6 and
 * D locked (no password), rows 1–8 frozen — and «Как заполнить», the instructions in Russian.
 */
import {
  type CellBlock,
  type CellValidationPlan,
  DATE_FORMAT,
  type PlanValue,
  type SheetPlan,
  TEXT_FORMAT,
  type WritePlan,
} from "../plan/writePlan";
import { type DayNumber, isoOf } from "../values/dates";
import { formParts } from "./formParts";

export const FORM_SHEET = "Форма мониторинга";
export const FORM_HELP_SHEET = "Как заполнить";
export const FORM_TITLE = "Мониторинг реализации целевой модели наставничества: итоговые значения ОО";
export const FORM_HEADERS = ["Показатель (id)", "Часть", "Наименование", "Значение", "Единица"] as const;
/** The identification items, label in A and value in B, from row 3. */
export const FORM_ITEMS = ["Код ОО", "Наименование ОО", "Муниципалитет", "Отчётная дата"] as const;
export const FORM_HEADER_ROW = 8;
export const FORM_FIRST_ROW = 9;

const INPUT_FILL = "#FFF2CC";
const COUNT_FORMAT = "General";
const MEAN_FORMAT = "0.00";
// The widest label that still reads on one line; longer ones wrap.
const MAX_LABEL_WIDTH = 90;

export interface FormOptions {
  readonly municipality?: string;
  readonly asOf?: DayNumber;
}

const HELP: readonly string[] = [
  "Как заполнить форму мониторинга",
  "",
  "1. На листе «Форма мониторинга» заполните жёлтые ячейки: «Код ОО», «Наименование ОО», «Муниципалитет» и «Отчётная дата» (ДД.ММ.ГГГГ) — дату, на которую посчитаны значения.",
  "2. В столбце «Значение» укажите числа. Количества — целые числа от 0 («36» или «36 чел.»); средние оценки — от 1 до 10.",
  "3. Если по показателю сведений нет, оставьте все его строки пустыми: показатель будет отмечен «нет данных» и не войдёт в свод.",
  "4. Если показатель заполняете, заполните все его строки: пустая строка заполненного показателя — замечание, и показатель не войдёт в свод. Пустые строки «в том числе форма …» и «в том числе вид …» считаются нулями.",
  "5. Числитель доли не может быть больше знаменателя (например, молодых специалистов с наставником не больше, чем всего молодых специалистов).",
  "6. Средняя оценка указывается вместе с числом оценок; если оценок нет, поставьте 0 в строке числа оценок, а среднюю оставьте пустой.",
  "7. Столбцы «Показатель (id)» и «Часть» не меняйте: по ним строки находит программа свода. Строки можно переставлять.",
  "8. Лист защищён без пароля, чтобы случайно не изменить подписи; снять защиту: «Рецензирование» → «Снять защиту листа».",
  "",
  "Форма заполняется итоговыми числами: списков и ФИО в ней нет.",
];

function identification(opts: FormOptions): CellBlock[] {
  const values: PlanValue[] = [
    null,
    null,
    opts.municipality ?? null,
    opts.asOf === undefined ? null : { date: isoOf(opts.asOf) },
  ];
  return [
    {
      row: 3,
      col: 1,
      values: FORM_ITEMS.map((label) => [label]),
      numberFormat: TEXT_FORMAT,
      style: { bold: true, border: true },
    },
    ...values.map((v, i): CellBlock => ({
      row: 3 + i,
      col: 2,
      values: [[v]],
      numberFormat: i === 3 ? DATE_FORMAT : TEXT_FORMAT,
      style: { fill: INPUT_FILL, border: true },
    })),
  ];
}

const width = (texts: readonly string[], min: number, max: number) =>
  Math.min(max, Math.max(min, ...texts.map((t) => t.length + 2)));

export function formSheetPlan(opts: FormOptions = {}): SheetPlan {
  const last = FORM_FIRST_ROW + formParts.length - 1;
  const rows = formParts.map((p): PlanValue[] => [p.id, p.token, p.label, p.prefilled, p.unit]);
  const labelWidth = width(
    formParts.map((p) => p.label),
    20,
    MAX_LABEL_WIDTH,
  );
  const dValidation: CellValidationPlan = {
    range: `D${FORM_FIRST_ROW}:D${last}`,
    rule: { kind: "decimal", min: 0 },
    prompt: {
      title: "Значение",
      message: "Число от 0: количество — целое, средняя оценка — от 1 до 10. Нет сведений — оставьте пустым.",
    },
    error: {
      title: "Нужно число",
      message: "Введите число 0 или больше. Нет сведений — оставьте ячейку пустой.",
    },
  };
  return {
    name: FORM_SHEET,
    mode: "replace",
    blocks: [
      {
        row: 1,
        col: 1,
        values: [[FORM_TITLE]],
        numberFormat: TEXT_FORMAT,
        style: { bold: true, fontSize: 14 },
      },
      {
        row: 2,
        col: 1,
        values: [
          [
            "Заполните жёлтые ячейки; по показателю без сведений оставьте строки пустыми. Подробнее — на листе «Как заполнить».",
          ],
        ],
        numberFormat: TEXT_FORMAT,
        style: { italic: true },
      },
      ...identification(opts),
      {
        row: FORM_HEADER_ROW,
        col: 1,
        values: [[...FORM_HEADERS]],
        numberFormat: TEXT_FORMAT,
        style: { bold: true, fill: "#DDEBF7", border: true },
      },
      // A, B, C and E as text; D by role (counts as typed, means with two decimals), filled yellow.
      {
        row: FORM_FIRST_ROW,
        col: 1,
        values: rows.map((r) => [r[0], r[1], r[2]]),
        numberFormat: TEXT_FORMAT,
        style: { border: true, wrap: true },
      },
      ...formParts.map((p, i): CellBlock => ({
        row: FORM_FIRST_ROW + i,
        col: 4,
        values: [[p.prefilled]],
        numberFormat: p.role === "mean" ? MEAN_FORMAT : COUNT_FORMAT,
        style: { fill: INPUT_FILL, border: true },
      })),
      {
        row: FORM_FIRST_ROW,
        col: 5,
        values: rows.map((r) => [r[4]]),
        numberFormat: TEXT_FORMAT,
        style: { border: true },
      },
    ],
    cellValidations: [
      dValidation,
      {
        range: "B6",
        rule: { kind: "date", min: "2000-01-01", max: "2100-12-31" },
        prompt: { title: "Отчётная дата", message: "Дата, на которую посчитаны значения: ДД.ММ.ГГГГ." },
        error: { title: "Нужна дата", message: "Введите дату в виде ДД.ММ.ГГГГ." },
      },
    ],
    columnWidths: [
      { col: 1, width: width([FORM_HEADERS[0], ...FORM_ITEMS, ...formParts.map((p) => p.id)], 12, 40) },
      { col: 2, width: width([FORM_HEADERS[1], ...formParts.map((p) => p.token)], 12, 60) },
      { col: 3, width: labelWidth },
      { col: 4, width: 14 },
      { col: 5, width: 10 },
    ],
    freezeRows: FORM_HEADER_ROW,
    protection: { unlocked: ["B3:B6", `D${FORM_FIRST_ROW}:D${last}`] },
    print: {
      orientation: "portrait",
      fitToWidth: true,
      titleRows: `$${FORM_HEADER_ROW}:$${FORM_HEADER_ROW}`,
    },
  };
}

function helpSheetPlan(): SheetPlan {
  return {
    name: FORM_HELP_SHEET,
    mode: "replace",
    blocks: [
      { row: 1, col: 1, values: [[HELP[0]]], numberFormat: TEXT_FORMAT, style: { bold: true, fontSize: 14 } },
      {
        row: 2,
        col: 1,
        values: HELP.slice(1).map((l) => [l === "" ? null : l]),
        numberFormat: TEXT_FORMAT,
        style: { wrap: true },
      },
    ],
    columnWidths: [{ col: 1, width: 110 }],
  };
}

/** The blank form: «Форма мониторинга» first and shown, then «Как заполнить». */
export function formPlan(opts: FormOptions = {}): WritePlan {
  return { sheets: [formSheetPlan(opts), helpSheetPlan()], activate: FORM_SHEET };
}
