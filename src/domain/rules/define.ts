/**
 * The shape of a rule: a stable code, a severity, the sheet it speaks of, a one-line Russian
 * description (for docs and filters), and a pure check that returns findings. The runner turns
 * findings into issues, so code and severity live in one place.
 */
import type { Analysis } from "../analysis/analysis";
import type { Issue, Severity } from "../issues";
import type { ItemRead } from "../model/records";
import type { RowRead } from "../model/sheetRead";
import { infoSheet, settingsSheet } from "../template/keyValue";
import { columnOf, listSheet, type ListSheetId } from "../template/sheets";
import { displayOf } from "../values/parse";

/** Where an issue points. */
export interface Place {
  readonly sheet: string;
  readonly sheetInFile: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly col: number | null;
  readonly value: string | null;
}

export interface Finding {
  readonly at: Place;
  readonly message: string;
}

export interface RuleDef {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly title: string;
  /** True when the rule speaks of the as-of date D (skipped when a file has no readable D). */
  readonly needsAsOf: boolean;
  /**
   * The list-sheet rules return arrays: a generator's `for…of` over thousands of rows allocates
   * an iterator result per row (V8 cannot elide it across `yield`); the few-item rules of
   * «Сведения»/«Настройки» may stay generators.
   */
  check(a: Analysis): Iterable<Finding>;
}

/** Rules whose check depends on D (directly or through "active on D"). */
const AS_OF_RULES = new Set(["F005", "O004", "P006", "P008", "P009", "P010", "P011", "M001", "L001"]);

export const defineRule = (
  code: string,
  severity: Severity,
  sheet: string,
  title: string,
  check: (a: Analysis) => Iterable<Finding>,
): RuleDef => ({ code, severity, sheet, title, needsAsOf: AS_OF_RULES.has(code), check });

export function toIssue(rule: Pick<RuleDef, "code" | "severity">, f: Finding): Issue {
  // Field by field, in the order of the former `{ ...f.at, … }` (JSON output keeps it): the spread
  // took V8's slow generic copy.
  const { sheet, sheetInFile, row, column, col, value } = f.at;
  return {
    sheet,
    sheetInFile,
    row,
    column,
    col,
    value,
    code: rule.code,
    severity: rule.severity,
    message: f.message,
  };
}

/** The cell of a list-sheet row in a column (by key); value is the cell as written. */
export function atCell(a: Analysis, sheet: ListSheetId, row: RowRead, key: string): Place {
  const spec = listSheet(sheet);
  const cell = row.cell(key);
  return {
    sheet: spec.name,
    sheetInFile: a.wb.sheets[sheet]?.nameInFile ?? null,
    row: row.row,
    column: columnOf(spec, key).header,
    col: cell?.col ?? null,
    value: cell ? displayOf(cell.raw) : null,
  };
}

/** The «Значение» cell of an item of «Сведения»; row null when the item's row is absent. */
export function atInfoItem(a: Analysis, item: ItemRead | undefined): Place {
  return {
    sheet: infoSheet.name,
    sheetInFile: a.wb.info.nameInFile,
    row: item?.row ?? null,
    column: infoSheet.valueHeader,
    col: item?.col ?? null,
    value: item ? displayOf(item.raw) : null,
  };
}

export function atSettingItem(a: Analysis, item: ItemRead): Place {
  return {
    sheet: settingsSheet.name,
    sheetInFile: a.wb.settingsSheetName,
    row: item.row,
    column: settingsSheet.valueHeader,
    col: item.col,
    value: displayOf(item.raw),
  };
}

/** «…» quoting for values in messages. */
export const q = (s: string | number | null | undefined): string => `«${s ?? ""}»`;
