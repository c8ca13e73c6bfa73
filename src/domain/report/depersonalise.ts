/**
 * The report goes upward depersonalised (cli.md): no ФИО may appear on its sheets or in its
 * charts. The report is built from counts only, so this is a second line of defence: every text a
 * plan would write is searched for every name of the school's workbook before anything is written.
 */
import type { PlanValue, SheetPlan, WritePlan } from "../plan/writePlan";
import type { SchoolWorkbook } from "../read/readWorkbook";
import { personKey } from "../text/normalize";
import { displayOf } from "../values/parse";

/** Every ФИО of the workbook: mentors, mentees, both names of every «Пары» row, and «Куратор». */
export function personalValues(wb: SchoolWorkbook): string[] {
  const names = new Map<string, string>();
  const add = (name: string | null | undefined) => {
    if (name === undefined || name === null) return;
    const key = personKey(name);
    if (key !== "" && !names.has(key)) names.set(key, name);
  };
  for (const m of wb.mentors) add(m.name);
  for (const m of wb.mentees) add(m.name);
  for (const p of wb.pairs) {
    add(p.mentorName);
    add(p.menteeName);
  }
  add(displayOf(wb.info.items.get("curator")?.raw ?? null));
  return [...names.values()];
}

/** A text where it would be written: the sheet and what it is (cell, table, chart title…). */
export interface PlanText {
  readonly sheet: string;
  readonly where: string;
  readonly text: string;
}

function valueText(v: PlanValue): string | null {
  if (typeof v === "string") return v;
  if (v !== null && typeof v === "object" && "link" in v) return v.text;
  if (v !== null && typeof v === "object" && "formula" in v) return v.formula;
  if (v !== null && typeof v === "object" && "asText" in v) return v.asText;
  return null;
}

/** Every text a sheet plan writes or shows: its name, cells, tables, charts and formats. */
export function sheetPlanTexts(s: SheetPlan): PlanText[] {
  const out: PlanText[] = [{ sheet: s.name, where: "название листа", text: s.name }];
  const cells = (where: string, rows: readonly (readonly PlanValue[])[]) => {
    for (const row of rows) {
      for (const v of row) {
        const text = valueText(v);
        if (text !== null) out.push({ sheet: s.name, where, text });
      }
    }
  };
  for (const b of s.blocks ?? []) cells("ячейка", b.values);
  for (const t of s.tables ?? []) {
    out.push({ sheet: s.name, where: "имя таблицы", text: t.name });
    if (t.kind === "existing" || t.kind === "fromRange") {
      cells(`таблица ${t.name}`, [t.appendColumns, ...(t.appendRows ?? [])]);
    } else {
      cells(`заголовок таблицы ${t.name}`, [t.headers]);
      cells(`таблица ${t.name}`, t.rows);
    }
  }
  for (const c of s.charts ?? []) {
    out.push(
      { sheet: s.name, where: "имя диаграммы", text: c.name },
      { sheet: s.name, where: "заголовок диаграммы", text: c.title },
    );
    if (c.axisTitles?.category)
      out.push({ sheet: s.name, where: "подпись оси", text: c.axisTitles.category });
    if (c.axisTitles?.value) out.push({ sheet: s.name, where: "подпись оси", text: c.axisTitles.value });
  }
  for (const cf of s.conditionalFormats ?? []) {
    for (const r of cf.rules) {
      out.push({
        sheet: s.name,
        where: "условное форматирование",
        text: "equals" in r ? r.equals : r.formula,
      });
    }
  }
  return out;
}

// Words of a text in comparison form: ФИО key, punctuation as spaces, so «Иванова А.П.» is «иванова а п».
const words = (s: string) =>
  ` ${personKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

export class PersonalDataError extends Error {
  constructor(
    readonly found: PlanText,
    readonly personName: string,
  ) {
    super(
      `Отчёт не сформирован: в нём оказалось ФИО «${personName}» (лист «${found.sheet}», ${found.where}: «${found.text}»). Отчёт для вышестоящей организации должен быть обезличен.`,
    );
  }
}

/**
 * Throws PersonalDataError when a text of the plan contains a name of the workbook as whole words
 * (case, ё/е, spacing and punctuation ignored). A one-word name (a surname alone) is matched only
 * as the whole text, so that «Иванов» does not flag a municipality called «Ивановский район».
 *
 * Linear in the names and in the texts: the names go into a set, and each text is looked up by its
 * runs of consecutive words of the lengths names have — never every text against every name (that
 * took minutes for a school of 100,000 people).
 */
export function assertDepersonalised(plan: WritePlan, wb: SchoolWorkbook): void {
  // Comparison form → the first name of the workbook with it (that is the one reported).
  const names = new Map<string, { name: string; order: number }>();
  const lengths = new Set<number>();
  personalValues(wb).forEach((name, order) => {
    const key = words(name).trim();
    if (key === "" || names.has(key)) return;
    names.set(key, { name, order });
    const n = key.split(" ").length;
    if (n > 1) lengths.add(n);
  });
  if (names.size === 0) return;
  for (const found of plan.sheets.flatMap(sheetPlanTexts)) {
    const hay = words(found.text).trim();
    if (hay === "") continue;
    let hit = names.get(hay);
    const ws = hay.split(" ");
    for (const n of lengths) {
      for (let i = 0; i + n <= ws.length; i++) {
        const name = n === ws.length ? undefined : names.get(ws.slice(i, i + n).join(" "));
        if (name && (!hit || name.order < hit.order)) hit = name;
      }
    }
    if (hit) throw new PersonalDataError(found, hit.name);
  }
}
