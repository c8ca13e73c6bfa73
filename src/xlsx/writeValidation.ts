/**
 * Data validation on a table column's data body. It reaches VALIDATION_ROWS rows below the header
 * (or the table's end, if longer), so rows people type under the table are checked too.
 */
import type { DataValidation, Worksheet } from "exceljs";
import type { CellValidationPlan, ValidationPlan, ValidationRule } from "../domain/plan/writePlan";
import { rangeAddress } from "./address";
import { utcDateOfIso } from "./rawDates";

/** Rows below the header that get the validation even when the table is shorter. */
export const VALIDATION_ROWS = 500;

// Excel refuses a file whose validation texts exceed these lengths.
const MAX_TITLE = 32;
const MAX_PROMPT = 255;
const MAX_ERROR = 225;
// Excel's limit for an inline list («"a,b,c"») in a validation formula.
const MAX_LITERAL_LIST = 255;

/** Where a table sits: header row, first column, headers, number of data rows. */
export interface TableLocation {
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly bodyRows: number;
}

/** Why a literal list cannot be an Excel dropdown, or null when it can. */
export function literalListProblem(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(",") || v.includes('"')))
    return "значение списка содержит запятую или кавычку";
  if (values.join(",").length + 2 > MAX_LITERAL_LIST) return "список длиннее 255 символов";
  return null;
}

type Messages = Pick<ValidationPlan, "prompt" | "error">;

/** Validation on a table column's data body, down to VALIDATION_ROWS rows below the header. */
export function writeValidation(ws: Worksheet, v: ValidationPlan, table: TableLocation): void {
  const j = table.headers.indexOf(v.column);
  if (j < 0) throw new Error(`В таблице «${v.table}» нет столбца «${v.column}» для проверки данных`);
  const col = table.col + j;
  const last = table.row + Math.max(table.bodyRows, VALIDATION_ROWS);
  dataValidationsOf(ws).add(rangeAddress(table.row + 1, col, last, col), validationOf(v.rule, v));
}

/** Validation on a fixed range, e.g. one value cell of «Сведения». */
export function writeCellValidation(ws: Worksheet, v: CellValidationPlan): void {
  // Always as a range («B10:B10»): ExcelJS merges single cells with alike rules into ranges after
  // sorting their addresses as text, so B10 came before B9 and B9:B10 overlapped B10 (issue 12).
  // A range is written as it is.
  const range = v.range.replace(/\$/g, "");
  const validations = dataValidationsOf(ws);
  if (range.includes(":")) validations.add(range, validationOf(v.rule, v));
  else {
    delete validations.model[range]; // the rule the cell had (update of an existing sheet) is replaced
    validations.add(`${range}:${range}`, validationOf(v.rule, v));
  }
}

function validationOf(rule: ValidationRule, messages: Messages): DataValidation {
  const { prompt, error } = messages;
  return {
    ...ruleOf(rule),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(prompt
      ? {
          showInputMessage: true,
          promptTitle: cut(prompt.title, MAX_TITLE),
          prompt: cut(prompt.message, MAX_PROMPT),
        }
      : {}),
    ...(error ? { errorTitle: cut(error.title, MAX_TITLE), error: cut(error.message, MAX_ERROR) } : {}),
  };
}

function ruleOf(rule: ValidationRule): Pick<DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "list":
      return {
        type: "list",
        formulae: [
          typeof rule.source === "string" ? rule.source.replace(/^=/, "") : `"${rule.source.join(",")}"`,
        ],
      };
    case "date":
      return { type: "date", operator: "between", formulae: [dateOf(rule.min), dateOf(rule.max)] };
    case "wholeNumber":
      return { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return rule.max === undefined
        ? { type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
  }
}

function dateOf(iso: string): Date {
  const d = utcDateOfIso(iso);
  if (d === null) throw new Error(`Неверная дата в проверке данных: «${iso}»`);
  return d;
}

function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

interface DataValidations {
  add(address: string, validation: DataValidation): void;
  /** By address. (Its own `remove` leaves the address with no rule, which ExcelJS then writes.) */
  readonly model: Record<string, DataValidation>;
}

/** ExcelJS has `worksheet.dataValidations` at run time but leaves it out of its typings. */
function dataValidationsOf(ws: Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}
