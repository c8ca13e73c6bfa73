/**
 * Data validation generated from the catalogue: dropdowns for enums, да/нет and person
 * references, date and number rules, each with a Russian input prompt and error alert.
 */
import type { CellValidationPlan, ValidationPlan, ValidationRule } from "../plan/writePlan";
import type { ColumnType } from "../template/columns";
import type { ItemSpec } from "../template/keyValue";
import { listSheet } from "../template/sheets";
import { yesNo } from "../template/enums";
import { lookupSource } from "./lookups";

// Excel limits a validation prompt's title to 32 characters and its message to 255.
const TITLE_MAX = 32;
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2099-12-31";

interface Generated {
  readonly rule: ValidationRule;
  readonly message: string;
  readonly error: string;
}

function forType(type: ColumnType | ItemSpec["type"]): Generated | null {
  switch (type.kind) {
    case "enum":
      return {
        rule: { kind: "list", source: lookupSource(type.spec) },
        message: "Выберите значение из списка.",
        error: `Допустимы только значения из списка «${type.spec.name}».`,
      };
    case "yesno":
      return {
        rule: { kind: "list", source: lookupSource(yesNo) },
        message: "Выберите «да» или «нет».",
        error: "Введите «да» или «нет».",
      };
    case "personRef": {
      const target = listSheet(type.of);
      return {
        // A structured reference inside INDIRECT grows with the table: new people appear in the
        // dropdown without re-running the add-in.
        rule: { kind: "list", source: `=INDIRECT("${target.table}[ФИО]")` },
        message: `Выберите ФИО с листа «${target.name}».`,
        error: `ФИО должно быть с листа «${target.name}». Сначала добавьте человека туда.`,
      };
    }
    case "date":
      return {
        rule: { kind: "date", min: EARLIEST_DATE, max: LATEST_DATE },
        message: "Дата в формате ДД.ММ.ГГГГ, например 01.09.2024.",
        error: "Введите дату в формате ДД.ММ.ГГГГ (не ранее 2000 года).",
      };
    case "number":
      return {
        rule: type.integer
          ? { kind: "wholeNumber", min: type.min, max: type.max }
          : { kind: "decimal", min: type.min, max: type.max },
        message: `${type.integer ? "Целое число" : "Число"} от ${type.min} до ${type.max}.`,
        error: `Нужно ${type.integer ? "целое число" : "число"} от ${type.min} до ${type.max}.`,
      };
    default:
      return null;
  }
}

/** The validation of a table column, or null for free text. */
export function columnValidation(
  table: string,
  column: { header: string; type: ColumnType; hint: string },
): ValidationPlan | null {
  const g = forType(column.type);
  if (!g) return null;
  return {
    table,
    column: column.header,
    rule: g.rule,
    prompt: { title: clip(column.header, TITLE_MAX), message: clip(column.hint || g.message, 255) },
    error: { title: "Недопустимое значение", message: clip(g.error, 255) },
  };
}

/** The validation of one value cell of «Сведения» / «Настройки». */
export function itemValidation(range: string, item: ItemSpec): CellValidationPlan | null {
  const g = forType(item.type);
  if (!g) return null;
  return {
    range,
    rule: g.rule,
    prompt: { title: clip(item.title ?? item.label, TITLE_MAX), message: clip(item.hint || g.message, 255) },
    error: { title: "Недопустимое значение", message: clip(g.error, 255) },
  };
}
