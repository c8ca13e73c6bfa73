/**
 * A read monitoring form (the product's own or a region's through a mapping) as a consolidation
 * input of kind `form` (forms.md): its identification fills `school` and its own date; the figures
 * are taken as they are, at the form's own date (an override only stands in for a missing date).
 */
import type { ConsolidationInput, InputOptions } from "../consolidation/input";
import { statusOf } from "../consolidation/input";
import type { Issue } from "../issues";
import type { Place } from "../rules/define";
import { type DayNumber, schoolYearLabel, schoolYearStartOf } from "../values/dates";
import { formFigures, type FormReading } from "./formFigures";

/** One identification item as found: its text (null when empty or absent) and its cell. */
export interface FormItem {
  readonly text: string | null;
  readonly at: Place;
}

export interface FormIdentification {
  readonly code: FormItem | null;
  readonly name: string | null;
  readonly municipality: string | null;
  /** The form's own «Отчётная дата», when readable. */
  readonly asOf: DayNumber | null;
  /** Where the date is (or should be), for the message when it is missing. */
  readonly asOfWhere: string;
}

export const NO_FORM_DATE = (where: string) =>
  `В форме не указана или не читается «Отчётная дата» (${where}): показатели не учтены в своде. Укажите дату или задайте её через --as-of.`;

/** O001 on an empty «Код ОО» of a form: an error like any (rules.md), the form is its own school. */
export function formCodeMissing(at: Place): Issue {
  return {
    sheet: at.sheet,
    sheetInFile: at.sheetInFile,
    row: at.row,
    column: at.column,
    col: at.col,
    code: "O001",
    severity: "error",
    message:
      "В форме не указан «Код ОО»: без кода файл нельзя сопоставить с другими файлами этой ОО. Укажите код ОО.",
    value: null,
  };
}

export function formInput(
  file: string,
  id: FormIdentification,
  reading: FormReading,
  ownIssues: readonly Issue[],
  opts: InputOptions,
): ConsolidationInput {
  const figures = formFigures(reading);
  const asOf = id.asOf ?? opts.asOf ?? null;
  const issues = [...ownIssues, ...figures.issues];
  const code = id.code?.text ? { text: id.code.text, at: id.code.at } : null;
  return {
    file,
    kind: "form",
    status: statusOf(true, issues),
    school: { code: id.code?.text ?? null, name: id.name, municipality: id.municipality },
    code,
    declaredYear: null,
    asOf,
    ownAsOf: id.asOf,
    modified: opts.modified ?? null,
    schoolYear: asOf === null ? null : schoolYearLabel(schoolYearStartOf(asOf)),
    kpis: asOf === null ? null : { values: figures.values, pool: null, mentees: figures.mentees },
    unpooled: figures.unpooled,
    infoDenominators: null,
    carried: null,
    hint: null,
    error: asOf === null ? NO_FORM_DATE(id.asOfWhere) : null,
    issues,
    persons: [],
    snapshots: [],
  };
}
