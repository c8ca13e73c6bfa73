/**
 * Excel.DataValidation on a range. Validation lives per cell in Excel; the fake stores it as
 * rectangles that are split when a sub-range changes, and reads a range back as one rule, "None"
 * or "Inconsistent" exactly as Excel reports it. Rules are stored in Excel's read-back form
 * (formulas as "=…" strings, a range source as "=$A$2:$A$9").
 */
import { parseAddress, rectIntersection, type Rect } from "./address";
import { dateToSerial } from "./cellValues";
import { officeErrors } from "./errors";
import { subtractRect } from "./model/rects";
import { DEFAULT_VALIDATION, type SheetModel, type ValidationData } from "./model/sheet";
import type { WorkbookModel } from "./model/workbook";
import { defineProps, FakeClientObject, type ContextLike, type Mirror } from "./proxy/clientObject";
import { rangeParts, type RangeTarget } from "./range";

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  list: "List",
  date: "Date",
  time: "Time",
  custom: "Custom",
};

/** Applies `change` to the validation of every cell of `rect`, splitting stored rectangles. */
export function updateValidation(
  sheet: SheetModel,
  rect: Rect,
  change: (d: ValidationData) => ValidationData | null,
): void {
  const next: typeof sheet.validations = [];
  let uncovered: Rect[] = [rect];
  for (const entry of sheet.validations) {
    const overlap = rectIntersection(entry.rect, rect);
    if (!overlap) {
      next.push(entry);
      continue;
    }
    for (const outside of subtractRect(entry.rect, rect)) next.push({ rect: outside, data: entry.data });
    const changed = change(entry.data);
    if (changed) next.push({ rect: overlap, data: changed });
    uncovered = uncovered.flatMap((u) => subtractRect(u, overlap));
  }
  for (const u of uncovered) {
    const changed = change(DEFAULT_VALIDATION);
    if (changed) next.push({ rect: u, data: changed });
  }
  sheet.validations = next;
}

/** The validation of a whole range: one data, "none" or "mixed". */
export function readValidation(sheet: SheetModel, rect: Rect): ValidationData | "none" | "mixed" {
  let covered = 0;
  let found: ValidationData | null = null;
  let json = "";
  for (const entry of sheet.validations) {
    const overlap = rectIntersection(entry.rect, rect);
    if (!overlap) continue;
    covered += overlap.rowCount * overlap.colCount;
    const j = JSON.stringify(entry.data);
    if (found && j !== json) return "mixed";
    found = entry.data;
    json = j;
  }
  if (!found) return "none";
  return covered === rect.rowCount * rect.colCount ? found : "mixed";
}

function isRangeProxy(v: unknown): v is FakeClientObject<RangeTarget> {
  return v instanceof FakeClientObject && v._typeName === "Range";
}

/** A range argument as Excel reads it back: "=$A$2:$A$9", sheet-qualified when on another sheet. */
function rangeFormula(
  model: WorkbookModel,
  own: SheetModel,
  range: FakeClientObject<RangeTarget>,
  location: string,
): string {
  const t = range._t(location);
  const sheet = model.requireSheet(t.sheetId, location);
  const ref = model.absoluteReference(sheet, t.rect);
  return sheet.id === own.id ? `=${ref.slice(ref.indexOf("!") + 1)}` : ref;
}

function formulaArg(
  v: unknown,
  model: WorkbookModel,
  own: SheetModel,
  location: string,
  date: boolean,
): string {
  if (isRangeProxy(v)) return rangeFormula(model, own, v, location);
  if (typeof v === "number" && Number.isFinite(v)) return `=${v}`;
  if (v instanceof Date) return `=${dateToSerial(v.getFullYear(), v.getMonth() + 1, v.getDate())}`;
  if (typeof v === "string" && v !== "") {
    if (v.startsWith("=")) return v;
    if (date) {
      const iso = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
      if (iso) return `=${dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))}`;
    }
    if (!Number.isNaN(Number(v))) return `=${Number(v)}`;
  }
  throw officeErrors.invalidArgument(location);
}

function normaliseRule(
  raw: unknown,
  model: WorkbookModel,
  own: SheetModel,
  location: string,
): { type: string; rule: Record<string, unknown> } {
  if (typeof raw !== "object" || raw === null) throw officeErrors.invalidArgument(location);
  const keys = Object.keys(raw).filter((k) => (raw as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0]! in RULE_TYPES)) throw officeErrors.invalidArgument(location);
  const kind = keys[0]!;
  const body = (raw as Record<string, unknown>)[kind] as Record<string, unknown> | null;
  if (typeof body !== "object" || body === null) throw officeErrors.invalidArgument(location);
  if (kind === "list") {
    let source: string;
    if (isRangeProxy(body.source)) source = rangeFormula(model, own, body.source, location);
    else if (typeof body.source === "string" && body.source !== "") source = body.source;
    else throw officeErrors.invalidArgument(location);
    // Excel caps a literal list ("a,b,c") at 255 characters; a longer one fails.
    if (!source.startsWith("=") && source.length > 255) {
      throw officeErrors.invalidArgument(
        location,
        "The list source of a data validation rule cannot exceed 255 characters.",
      );
    }
    if (source.startsWith("=") && !isRangeProxy(body.source)) {
      const p = parseAddress(source.slice(1));
      if (p && p.sheet !== undefined && !model.sheetByName(p.sheet))
        throw officeErrors.invalidArgument(location);
    }
    return { type: "List", rule: { list: { inCellDropDown: body.inCellDropDown !== false, source } } };
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || body.formula === "") throw officeErrors.invalidArgument(location);
    return {
      type: "Custom",
      rule: { custom: { formula: body.formula.startsWith("=") ? body.formula : `=${body.formula}` } },
    };
  }
  const operator = body.operator;
  if (typeof operator !== "string" || !OPERATORS.includes(operator))
    throw officeErrors.invalidArgument(location);
  const date = kind === "date" || kind === "time";
  const out: Record<string, unknown> = {
    formula1: formulaArg(body.formula1, model, own, location, date),
    operator,
  };
  if (operator === "Between" || operator === "NotBetween") {
    out.formula2 = formulaArg(body.formula2, model, own, location, date);
  } else if (body.formula2 !== undefined) {
    out.formula2 = formulaArg(body.formula2, model, own, location, date);
  }
  return { type: RULE_TYPES[kind]!, rule: { [kind]: out } };
}

export class FakeDataValidation
  extends FakeClientObject<RangeTarget>
  implements
    Mirror<
      Excel.DataValidation,
      "rule" | "type" | "prompt" | "errorAlert" | "ignoreBlanks" | "clear" | "load"
    >
{
  declare rule: Excel.DataValidationRule;
  declare readonly type: Excel.DataValidation["type"];
  declare prompt: Excel.DataValidationPrompt;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare ignoreBlanks: boolean;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<RangeTarget>>[2]) {
    super(context, "DataValidation", source);
  }

  clear(): void {
    this._action("clear", [], () => {
      const { sheet, rect } = rangeParts(this, "DataValidation.clear");
      updateValidation(sheet, rect, () => null);
    });
  }
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

defineProps<FakeDataValidation>(FakeDataValidation, {
  type: {
    get: (o) => {
      const { sheet, rect } = rangeParts(o, "DataValidation.type");
      const v = readValidation(sheet, rect);
      return v === "none" ? "None" : v === "mixed" ? "Inconsistent" : v.type;
    },
  },
  rule: {
    get: (o) => {
      const { sheet, rect } = rangeParts(o, "DataValidation.rule");
      const v = readValidation(sheet, rect);
      return v === "none" ? {} : v === "mixed" ? null : copy(v.rule);
    },
    set: (o, value) => {
      const location = "DataValidation.rule";
      const { model, sheet, rect } = rangeParts(o, location);
      const { type, rule } = normaliseRule(value, model, sheet, location);
      updateValidation(sheet, rect, (d) => ({ ...d, type, rule }));
    },
  },
  prompt: {
    get: (o) => {
      const { sheet, rect } = rangeParts(o, "DataValidation.prompt");
      const v = readValidation(sheet, rect);
      return v === "mixed" ? null : copy(v === "none" ? DEFAULT_VALIDATION.prompt : v.prompt);
    },
    set: (o, value) => {
      const location = "DataValidation.prompt";
      const { sheet, rect } = rangeParts(o, location);
      if (typeof value !== "object" || value === null) throw officeErrors.invalidArgument(location);
      const p = value as Partial<Excel.DataValidationPrompt>;
      updateValidation(sheet, rect, (d) => ({ ...d, prompt: { ...d.prompt, ...stripUndefined(p) } }));
    },
  },
  errorAlert: {
    get: (o) => {
      const { sheet, rect } = rangeParts(o, "DataValidation.errorAlert");
      const v = readValidation(sheet, rect);
      return v === "mixed" ? null : copy(v === "none" ? DEFAULT_VALIDATION.errorAlert : v.errorAlert);
    },
    set: (o, value) => {
      const location = "DataValidation.errorAlert";
      const { sheet, rect } = rangeParts(o, location);
      if (typeof value !== "object" || value === null) throw officeErrors.invalidArgument(location);
      const a = value as Partial<Excel.DataValidationErrorAlert>;
      if (a.style !== undefined && !["Stop", "Warning", "Information"].includes(a.style))
        throw officeErrors.invalidArgument(location);
      updateValidation(sheet, rect, (d) => ({ ...d, errorAlert: { ...d.errorAlert, ...stripUndefined(a) } }));
    },
  },
  ignoreBlanks: {
    get: (o) => {
      const { sheet, rect } = rangeParts(o, "DataValidation.ignoreBlanks");
      const v = readValidation(sheet, rect);
      return v === "mixed" ? null : v === "none" ? true : v.ignoreBlanks;
    },
    set: (o, value) => {
      const { sheet, rect } = rangeParts(o, "DataValidation.ignoreBlanks");
      if (typeof value !== "boolean") throw officeErrors.invalidArgument("DataValidation.ignoreBlanks");
      updateValidation(sheet, rect, (d) => ({ ...d, ignoreBlanks: value }));
    },
  },
});

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
