/**
 * F001–F006: every cell of the list sheets read against its column's type (rules.md, "Cells").
 * One pass over the cells finds F001–F005 together; each rule then reports its own code. F004 on
 * «Дата рождения» (an age derived outside 5–80) needs D and is its own rule.
 */
import { AGE_MAX, AGE_MIN, type Analysis, fullYears } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import { checkedColumns, type RowRead } from "../model/sheetRead";
import type { ColumnSpec, UnitGroup } from "../template/columns";
import { listSheets } from "../template/sheets";
import { addYears, dayFromYmd, ruDateOf } from "../values/dates";
import { isFullName } from "../text/fullName";
import { yearsText } from "../values/numberText";
import { displayOf } from "../values/parse";
import { atCell, defineRule, q, type Finding, type RuleDef } from "./define";
import { ruleRows } from "./rows";

type CellCode = "F001" | "F002" | "F003" | "F004" | "F005";

const typeName: Record<string, string> = {
  date: "дату (ДД.ММ.ГГГГ)",
  number: "число",
  yesno: "«да» или «нет»",
};

const unreadableHint: Record<string, string> = {
  date: " Такой даты нет в календаре или формат не распознан; введите дату вида 20.12.2024.",
  number: " Введите число без лишних слов, например 3 или 0,5.",
  yesno: " Выберите «да» или «нет» из списка.",
};

/** The units a number column accepts, for the F002 hint. */
const unitHint: Record<UnitGroup, string> = {
  years: " Введите число лет, например 3, «3 года» или «2 г. 6 мес.».",
  months: " Введите число месяцев, например 6 или «6 мес.».",
  count: " Введите целое число, например 42 или «42 чел.».",
  score: " Введите оценку числом от 1 до 10, например 9 или «9 баллов».",
  percent: " Введите число процентов, например 70 или «70 %».",
  none: unreadableHint.number,
};

const EARLIEST_PLAUSIBLE = dayFromYmd(2000, 1, 1);

/** The hint of an unreadable cell of a column. */
function hintOf(col: ColumnSpec): string {
  const t = col.type;
  if (t.kind === "number") return unitHint[t.unit];
  if (t.kind === "date" && (t.readings.monthYear || t.readings.period))
    return " Введите дату вида 20.12.2024, месяц и год («сентябрь 2024») или период «с 01.09.2024 по 31.05.2025».";
  if (t.kind === "date" && t.readings.yearAlone)
    return " Введите дату рождения вида 12.04.2012 или год рождения, например «2012 г.р.».";
  return unreadableHint[t.kind] ?? "";
}

/** The code and message for a row's cell in a column found on its sheet, or null when the cell is fine. */
function checkCell(
  col: ColumnSpec,
  row: RowRead,
  latest: number,
  ownCol: number | undefined,
): [CellCode, string] | null {
  const kind = col.type.kind;
  const r = row.read(col.key)!;
  if (r.state === "empty") {
    return col.required
      ? ["F001", `Не заполнен обязательный столбец «${col.header}». Заполните ячейку.`]
      : null;
  }
  if (r.state === "bad") {
    // Reported on the cell it should have come from (a period that is not one).
    if (r.quiet) return null;
    const cell = row.cell(col.key)!;
    const shown = displayOf(cell.raw);
    if (cell.col !== ownCol) {
      return [
        "F002",
        `Срок ${q(shown)} не удаётся прочитать как период, поэтому «${col.header}» не заполнена. Запишите срок как «с 01.09.2024 по 31.05.2025» или заполните даты начала и окончания.`,
      ];
    }
    if (col.type.kind === "enum") {
      return [
        "F003",
        `В столбце «${col.header}» значение ${q(shown)} не из списка. Выберите одно из: ${col.type.spec.values.join("; ")}.`,
      ];
    }
    return [
      "F002",
      `В столбце «${col.header}» значение ${q(shown)} не удаётся прочитать как ${typeName[kind]}.${hintOf(col)}`,
    ];
  }
  if (col.type.kind === "number") {
    const n = r.value as number;
    const { min, max, integer } = col.type;
    if (n >= min && n <= max && (!integer || Number.isInteger(n))) return null;
    return [
      "F004",
      `В столбце «${col.header}» значение ${q(n)} вне допустимого: нужно ${integer ? "целое число" : "число"} от ${min} до ${max}. Исправьте значение.`,
    ];
  }
  // «Дата рождения» has no plausible-date bounds: the ages 5–80 of F004 are its bounds.
  if (col.type.kind === "date" && !col.type.readings.yearAlone) {
    const d = r.value as number;
    if (d >= EARLIEST_PLAUSIBLE && d <= latest) return null;
    const why =
      d < EARLIEST_PLAUSIBLE
        ? "раньше 01.01.2000"
        : `позже ${ruDateOf(latest)} (более двух лет после отчётной даты)`;
    return ["F005", `Дата ${q(ruDateOf(d))} в столбце «${col.header}» ${why}. Проверьте год.`];
  }
  return null;
}

/** Text never fails to read: an optional text column has nothing to check (a third of all cells). */
const canFail = (c: ColumnSpec) => c.required || !TEXT_KINDS.has(c.type.kind);
const TEXT_KINDS = new Set<ColumnSpec["type"]["kind"]>(["text", "person", "personRef"]);

const cellFindings = perAnalysis((a: Analysis): Record<CellCode, Finding[]> => {
  const out: Record<CellCode, Finding[]> = { F001: [], F002: [], F003: [], F004: [], F005: [] };
  const latest = addYears(a.asOf, 2);
  for (const spec of listSheets) {
    const read = a.wb.sheets[spec.id];
    if (!read) continue;
    const checked = checkedColumns(read).filter(canFail);
    for (const row of ruleRows(a, spec.id)) {
      for (const col of checked) {
        const found = checkCell(col, row, latest, read.columns.get(col.key));
        if (found) out[found[0]].push({ at: atCell(a, spec.id, row, col.key), message: found[1] });
      }
    }
  }
  return out;
});

const cellRule = (code: CellCode, severity: "error" | "warning", title: string) =>
  defineRule(code, severity, "*", title, (a) => cellFindings(a)[code]);

export const requiredEmpty = cellRule("F001", "error", "Не заполнена обязательная ячейка");
export const unreadable = cellRule("F002", "error", "Значение не читается как дата, число или да/нет");
export const notAllowed = cellRule("F003", "error", "Значения нет в списке допустимых");
export const outOfRange = cellRule("F004", "error", "Число вне допустимого диапазона");
export const implausibleDate = cellRule("F005", "warning", "Неправдоподобная дата");

export { isFullName };

/**
 * F004 on «Дата рождения»: the age at D derived from it (when «Возраст, лет» is empty, unreadable
 * or out of range) is outside 5–80.
 */
export const birthDateOutOfRange: RuleDef = {
  code: "F004",
  severity: "error",
  sheet: "Наставляемые",
  title: "Возраст по дате рождения вне допустимого",
  needsAsOf: true,
  check(a) {
    const out: Finding[] = [];
    for (const m of a.mentees) {
      if (m.birthDate === undefined || a.ageAt(m) !== undefined) continue;
      const years = fullYears(m.birthDate, a.asOf);
      out.push({
        at: atCell(a, "mentees", m.src, "birthDate"),
        message: `По дате рождения ${q(displayOf(m.src.cell("birthDate")!.raw))} на ${ruDateOf(a.asOf)} получается ${yearsText(years)}: вне допустимого от ${AGE_MIN} до ${AGE_MAX}. Проверьте дату рождения.`,
      });
    }
    return out;
  },
};

export const notFullName = defineRule("F006", "warning", "*", "ФИО записано не полностью", (a) => {
  const out: Finding[] = [];
  for (const sheet of ["mentors", "mentees"] as const) {
    for (const p of sheet === "mentors" ? a.mentors : a.mentees) {
      if (p.name === undefined || isFullName(p.name)) continue;
      out.push({
        at: atCell(a, sheet, p.src, "fio"),
        message: `ФИО ${q(p.name)} записано не полностью или с лишними символами. Укажите фамилию, имя и отчество полностью, например «Иванова Анна Петровна».`,
      });
    }
  }
  return out;
});
