/**
 * F001–F006: every cell of the list sheets read against its column's type (rules.md, "Cells").
 * One pass over the cells finds F001–F005 together; each rule then reports its own code.
 */
import type { Analysis } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { RowRead } from "../model/sheetRead";
import type { ColumnSpec } from "../template/columns";
import { listSheets } from "../template/sheets";
import { addYears, dayFromYmd, ruDateOf } from "../values/dates";
import { displayOf } from "../values/parse";
import { atCell, defineRule, q, type Finding } from "./define";
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

const EARLIEST_PLAUSIBLE = dayFromYmd(2000, 1, 1);

/** The code and message for a row's cell in a column found on its sheet, or null when the cell is fine. */
function checkCell(col: ColumnSpec, row: RowRead, latest: number): [CellCode, string] | null {
  const kind = col.type.kind;
  const r = row.read(col.key)!;
  if (r.state === "empty") {
    return col.required
      ? ["F001", `Не заполнен обязательный столбец «${col.header}». Заполните ячейку.`]
      : null;
  }
  if (r.state === "bad") {
    const shown = displayOf(row.cell(col.key)!.raw);
    if (col.type.kind === "enum") {
      return [
        "F003",
        `В столбце «${col.header}» значение ${q(shown)} не из списка. Выберите одно из: ${col.type.spec.values.join("; ")}.`,
      ];
    }
    return [
      "F002",
      `В столбце «${col.header}» значение ${q(shown)} не удаётся прочитать как ${typeName[kind]}.${unreadableHint[kind]}`,
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
  if (kind === "date") {
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
    const checked = spec.columns.filter((c) => read.columns.has(c.key) && canFail(c));
    for (const row of ruleRows(a, spec.id)) {
      for (const col of checked) {
        const found = checkCell(col, row, latest);
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

// A full name: ≥ 2 words of letters separated by single spaces, an inner hyphen or apostrophe
// allowed in a word. Tested on the whole name at once (no split into word arrays: every person of
// every file passes here). Initials («Иванов И.И.») fail because «.» is not a letter.
const NAME_WORD = String.raw`\p{L}+(?:['’-]\p{L}+)*`;
const FULL_NAME = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD})+$`, "u");
// Most names are Cyrillic: a plain character class answers them without the Unicode tables.
const CYRILLIC_WORD = "[А-Яа-яЁё]+(?:['’-][А-Яа-яЁё]+)*";
const CYRILLIC_FULL_NAME = new RegExp(`^${CYRILLIC_WORD}(?: ${CYRILLIC_WORD})+$`);

/** A full name: ≥ 2 words of letters (inner hyphen or apostrophe allowed), not only initials after the first. */
export function isFullName(name: string): boolean {
  return CYRILLIC_FULL_NAME.test(name) || FULL_NAME.test(name);
}

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
