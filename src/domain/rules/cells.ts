/** F001–F006: every cell of the list sheets read against its column's type (rules.md, "Cells"). */
import type { Analysis } from "../analysis/analysis";
import type { ColumnSpec } from "../template/columns";
import { listSheets, type ListSheetId } from "../template/sheets";
import { addYears, dayFromYmd, ruDateOf } from "../values/dates";
import { atCell, defineRule, q, type Finding } from "./define";
import { ruleRows } from "./rows";

function* eachCell(a: Analysis): Generator<{ sheet: ListSheetId; col: ColumnSpec; row: import("../model/sheetRead").RowRead }> {
  for (const spec of listSheets) {
    const read = a.wb.sheets[spec.id];
    if (!read) continue;
    const present = spec.columns.filter((c) => read.columns.has(c.key));
    for (const row of ruleRows(a, spec.id)) for (const col of present) yield { sheet: spec.id, col, row };
  }
}

const typeName: Record<string, string> = {
  date: "дату (ДД.ММ.ГГГГ)",
  number: "число",
  yesno: "«да» или «нет»",
};

export const requiredEmpty = defineRule("F001", "error", "*", "Не заполнена обязательная ячейка", function* (a) {
  for (const { sheet, col, row } of eachCell(a)) {
    if (!col.required || row.cells[col.key].read.state !== "empty") continue;
    yield {
      at: atCell(a, sheet, row, col.key),
      message: `Не заполнен обязательный столбец «${col.header}» (строка ${row.row}). Заполните ячейку.`,
    };
  }
});

export const unreadable = defineRule("F002", "error", "*", "Значение не читается как дата, число или да/нет", function* (a) {
  for (const { sheet, col, row } of eachCell(a)) {
    const kind = col.type.kind;
    if (!(kind in typeName) || row.cells[col.key].read.state !== "bad") continue;
    const at = atCell(a, sheet, row, col.key);
    const hint =
      kind === "date"
        ? " Такой даты нет в календаре или формат не распознан; введите дату вида 20.12.2024."
        : kind === "number"
          ? " Введите число без лишних слов, например 3 или 0,5."
          : " Выберите «да» или «нет» из списка.";
    yield { at, message: `В столбце «${col.header}» значение ${q(at.value)} не удаётся прочитать как ${typeName[kind]}.${hint}` };
  }
});

export const notAllowed = defineRule("F003", "error", "*", "Значения нет в списке допустимых", function* (a) {
  for (const { sheet, col, row } of eachCell(a)) {
    if (col.type.kind !== "enum" || row.cells[col.key].read.state !== "bad") continue;
    const at = atCell(a, sheet, row, col.key);
    yield {
      at,
      message: `В столбце «${col.header}» значение ${q(at.value)} не из списка. Выберите одно из: ${col.type.spec.values.join("; ")}.`,
    };
  }
});

export const outOfRange = defineRule("F004", "error", "*", "Число вне допустимого диапазона", function* (a) {
  for (const { sheet, col, row } of eachCell(a)) {
    const cell = row.cells[col.key];
    if (col.type.kind !== "number" || cell.read.state !== "ok") continue;
    const n = cell.read.value as number;
    const { min, max, integer } = col.type;
    if (n >= min && n <= max && (!integer || Number.isInteger(n))) continue;
    const what = integer ? "целое число" : "число";
    yield {
      at: atCell(a, sheet, row, col.key),
      message: `В столбце «${col.header}» значение ${q(n)} вне допустимого: нужно ${what} от ${min} до ${max}. Исправьте значение.`,
    };
  }
});

const EARLIEST_PLAUSIBLE = dayFromYmd(2000, 1, 1);

export const implausibleDate = defineRule("F005", "warning", "*", "Неправдоподобная дата", function* (a) {
  const latest = addYears(a.asOf, 2);
  for (const { sheet, col, row } of eachCell(a)) {
    const cell = row.cells[col.key];
    if (col.type.kind !== "date" || cell.read.state !== "ok") continue;
    const d = cell.read.value as number;
    if (d >= EARLIEST_PLAUSIBLE && d <= latest) continue;
    const why = d < EARLIEST_PLAUSIBLE ? "раньше 01.01.2000" : `позже ${ruDateOf(latest)} (более двух лет после отчётной даты)`;
    yield {
      at: atCell(a, sheet, row, col.key),
      message: `Дата ${q(ruDateOf(d))} в столбце «${col.header}» ${why}. Проверьте год.`,
    };
  }
});

const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;
const INITIAL = /^\p{L}\.(?:\p{L}\.)?$/u;

/** A full name: ≥ 2 words of letters (inner hyphen or apostrophe allowed), not only initials after the first. */
export function isFullName(name: string): boolean {
  const words = name.split(" ");
  if (words.length < 2 || !words.every((w) => NAME_WORD.test(w))) return false;
  return !words.slice(1).every((w) => INITIAL.test(w));
}

export const notFullName = defineRule("F006", "warning", "*", "ФИО записано не полностью", function* (a) {
  for (const sheet of ["mentors", "mentees"] as const) {
    for (const p of sheet === "mentors" ? a.mentors : a.mentees) {
      if (p.name === undefined || isFullName(p.name)) continue;
      const f: Finding = {
        at: atCell(a, sheet, p.src, "fio"),
        message: `ФИО ${q(p.name)} записано не полностью или с лишними символами. Укажите фамилию, имя и отчество полностью, например «Иванова Анна Петровна».`,
      };
      yield f;
    }
  }
});
