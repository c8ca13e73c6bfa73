/** «Сведения» (O001–O004, and F002/F004 on its items) and «Настройки» (F002/F004). */
import type { Analysis } from "../analysis/analysis";
import { involvedCount, studentsDenominator } from "../kpi/coverage";
import { readSettings } from "../read/readSettings";
import { infoSheet, settingsSheet, type ItemSpec } from "../template/keyValue";
import { dayFromYmd, ruDateOf } from "../values/dates";
import { readDate, readNumber, readYesNo } from "../values/parse";
import { parseSchoolYear } from "../values/schoolYear";
import { atInfoItem, atSettingItem, defineRule, q, type Finding } from "./define";

/** Rules on «Сведения» speak only when the sheet was found with its headers. */
const infoReadable = (a: Analysis) =>
  a.wb.info.nameInFile !== null && !a.wb.structureIssues.some((i) => i.sheet === infoSheet.name);

function itemState(a: Analysis, spec: ItemSpec): "empty" | "ok" | "bad" | "range" {
  const raw = a.wb.info.items.get(spec.key)?.raw ?? null;
  const t = spec.type;
  if (t.kind === "date") return readDate(raw, a.wb.date1904).state;
  if (t.kind === "yesno") return readYesNo(raw, t.documentRef).state;
  if (t.kind === "number") {
    const r = readNumber(raw, t.unit);
    if (r.state !== "ok") return r.state;
    return Number.isInteger(r.value) && r.value >= t.min ? "ok" : "range";
  }
  return raw === null || (typeof raw === "string" && raw.trim() === "") ? "empty" : "ok";
}

export const infoRequired = defineRule(
  "O001",
  "error",
  infoSheet.name,
  "Не заполнен обязательный пункт «Сведений»",
  function* (a) {
    if (!infoReadable(a)) return;
    for (const spec of infoSheet.items) {
      if (!spec.required || itemState(a, spec) !== "empty") continue;
      const item = a.wb.info.items.get(spec.key);
      yield {
        at: atInfoItem(a, item),
        message: item
          ? `На листе «Сведения» не заполнено «${spec.label}». Укажите значение в столбце «Значение».`
          : `На листе «Сведения» нет строки «${spec.label}». Добавьте строку с этим показателем и значением.`,
      };
    }
  },
);

export const infoUnreadable = defineRule(
  "F002",
  "error",
  infoSheet.name,
  "Значение «Сведений» не читается",
  function* (a) {
    if (!infoReadable(a)) return;
    for (const spec of infoSheet.items) {
      if (itemState(a, spec) !== "bad") continue;
      const at = atInfoItem(a, a.wb.info.items.get(spec.key));
      const expected =
        spec.type.kind === "date"
          ? "дату вида 20.12.2024"
          : spec.type.kind === "yesno"
            ? "«да» или «нет»"
            : "целое число (например 42 или «42 чел.»)";
      yield { at, message: `«${spec.label}»: значение ${q(at.value)} не читается. Введите ${expected}.` };
    }
  },
);

export const infoOutOfRange = defineRule(
  "F004",
  "error",
  infoSheet.name,
  "Численность отрицательная или дробная",
  function* (a) {
    if (!infoReadable(a)) return;
    for (const spec of infoSheet.items) {
      if (itemState(a, spec) !== "range") continue;
      const at = atInfoItem(a, a.wb.info.items.get(spec.key));
      yield {
        at,
        message: `«${spec.label}»: значение ${q(at.value)} должно быть целым неотрицательным числом.`,
      };
    }
  },
);

/** The first calendar year of a valid «Учебный год» (any spelling of workbook.md), or null. */
export const schoolYearFirst = parseSchoolYear;

export const badSchoolYear = defineRule(
  "O002",
  "error",
  infoSheet.name,
  "Учебный год записан неверно",
  function* (a) {
    const year = a.wb.info.schoolYear;
    if (!infoReadable(a) || year === undefined || schoolYearFirst(year) !== null) return;
    yield {
      at: atInfoItem(a, a.wb.info.items.get("schoolYear")),
      message: `Учебный год ${q(year)} записан неверно: нужно два соседних года, например «2024/2025» или «2024-2025».`,
    };
  },
);

export const asOfOutsideYear = defineRule(
  "O003",
  "warning",
  infoSheet.name,
  "Отчётная дата вне учебного года",
  function* (a) {
    const first = a.wb.info.schoolYearFirst;
    const d = a.wb.info.asOf;
    if (!infoReadable(a) || first === undefined || d === undefined) return;
    const from = dayFromYmd(first, 9, 1);
    const to = dayFromYmd(first + 1, 8, 31);
    if (d >= from && d <= to) return;
    yield {
      at: atInfoItem(a, a.wb.info.items.get("asOf")),
      message: `Отчётная дата ${q(ruDateOf(d))} не попадает в учебный год ${first}/${first + 1} (${ruDateOf(from)} – ${ruDateOf(to)}). Исправьте дату или учебный год.`,
    };
  },
);

export const moreThanStaff = defineRule(
  "O004",
  "error",
  infoSheet.name,
  "Вовлечённых больше, чем численность",
  function* (a) {
    if (!infoReadable(a)) return;
    const students = studentsDenominator(a);
    const checks = [
      {
        key: "teachers",
        total: a.wb.info.teachers,
        n: () => involvedCount(a, "pedagogical"),
        who: "педагогов",
      },
      {
        key: students.key,
        total: students.value,
        n: () => involvedCount(a, "student"),
        who: students.key === "students10" ? "обучающихся в возрасте от 10 лет" : "обучающихся",
      },
    ];
    for (const c of checks) {
      if (c.total === undefined) continue;
      const n = c.n();
      if (n <= c.total) continue;
      const label = infoSheet.items.find((i) => i.key === c.key)!.label;
      yield {
        at: atInfoItem(a, a.wb.info.items.get(c.key)),
        message: `В наставничество вовлечено ${n} ${c.who}, а «${label}» — ${c.total}. Проверьте численность или списки участников.`,
      };
    }
  },
);

export const settingsProblems = defineRule(
  "F002",
  "error",
  settingsSheet.name,
  "Значение настройки не читается",
  function* (a) {
    for (const p of readSettings(a.wb.settingItems).problems) {
      if (p.code !== "F002") continue;
      const at = atSettingItem(a, p.item);
      yield {
        at,
        message: `Настройка «${p.spec.label}»: значение ${q(at.value)} не читается, применено значение по умолчанию ${q(formatDefault(p.spec.default))}.`,
      };
    }
  },
);

export const settingsRange = defineRule(
  "F004",
  "error",
  settingsSheet.name,
  "Значение настройки вне диапазона",
  function* (a) {
    for (const p of readSettings(a.wb.settingItems).problems) {
      if (p.code !== "F004") continue;
      const at = atSettingItem(a, p.item);
      const f: Finding = {
        at,
        message: `Настройка «${p.spec.label}»: значение ${q(at.value)} вне диапазона ${p.spec.min}–${p.spec.max}, применено значение по умолчанию ${q(formatDefault(p.spec.default))}.`,
      };
      yield f;
    }
  },
);

const formatDefault = (v: number | boolean) => (typeof v === "boolean" ? (v ? "да" : "нет") : v);
