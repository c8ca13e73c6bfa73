/**
 * What of a WritePlan the file writer cannot write (charts it writes itself: chartParts.ts):
 * tables kept in place from an existing file (`existing`, `fromRange`: the add-in's job; ExcelJS
 * cannot edit a table it has loaded reliably), validation on such tables, and inline dropdown
 * lists Excel would reject. The writer skips them silently; the CLI tells the user.
 */
import type { AnyTablePlan, SheetPlan, TablePlan, ValidationPlan, WritePlan } from "../domain/plan/writePlan";
import { literalListProblem } from "./writeValidation";

export interface UnsupportedPart {
  readonly sheet: string;
  readonly kind: "table" | "validation";
  /** The table's name, or «Table[Column]» / the range for a validation. */
  readonly name: string;
  /** Russian, for people. */
  readonly message: string;
}

export function isNewTable(t: AnyTablePlan): t is TablePlan {
  return t.kind === undefined || t.kind === "new";
}

export function unsupportedParts(plan: WritePlan): UnsupportedPart[] {
  return plan.sheets.flatMap((sheet) => [...tableParts(sheet), ...validationParts(sheet)]);
}

function tableParts(sheet: SheetPlan): UnsupportedPart[] {
  return (sheet.tables ?? [])
    .filter((t) => !isNewTable(t))
    .map((t) => ({
      sheet: sheet.name,
      kind: "table",
      name: t.name,
      message: `Таблица «${t.name}» на листе «${sheet.name}» не перестроена: исправлять существующие таблицы умеет только надстройка в Excel.`,
    }));
}

function validationParts(sheet: SheetPlan): UnsupportedPart[] {
  const out: UnsupportedPart[] = [];
  for (const v of sheet.validations ?? []) {
    const problem = skippedValidationReason(sheet, v);
    if (problem !== null) {
      out.push({
        sheet: sheet.name,
        kind: "validation",
        name: `${v.table}[${v.column}]`,
        message: `Проверка данных для столбца «${v.column}» на листе «${sheet.name}» не записана: ${problem}.`,
      });
    }
  }
  for (const v of sheet.cellValidations ?? []) {
    const problem = listProblem(v.rule);
    if (problem !== null) {
      out.push({
        sheet: sheet.name,
        kind: "validation",
        name: v.range,
        message: `Проверка данных для ячеек ${v.range} на листе «${sheet.name}» не записана: ${problem}.`,
      });
    }
  }
  return out;
}

/** Why the writer skips a table-column validation, or null when it writes it. */
export function skippedValidationReason(sheet: SheetPlan, v: ValidationPlan): string | null {
  const table = sheet.tables?.find((t) => t.name === v.table);
  if (table !== undefined && !isNewTable(table)) return `таблица «${v.table}» не перестроена`;
  return listProblem(v.rule);
}

/** Why a rule cannot be written, or null. */
export function listProblem(rule: ValidationPlan["rule"]): string | null {
  return rule.kind === "list" && typeof rule.source !== "string" ? literalListProblem(rule.source) : null;
}
