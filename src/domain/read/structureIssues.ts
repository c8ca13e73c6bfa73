/**
 * Sheet-level issues of the reader: S001/S002 (a sheet or column missing, no row or value to point
 * at) and S004 (rows skipped as not data, `value` = their numbers).
 */
import type { Issue, Severity } from "../issues";

export function sheetIssue(
  code: string,
  severity: Severity,
  sheet: string,
  sheetInFile: string | null,
  message: string,
  value: string | null = null,
  column: string | null = null,
): Issue {
  return { sheet, sheetInFile, row: null, column, col: null, code, severity, message, value };
}

export function structureIssue(
  code: "S001" | "S002",
  sheet: string,
  sheetInFile: string | null,
  column: string | null,
  message: string,
): Issue {
  return sheetIssue(code, "error", sheet, sheetInFile, message, null, column);
}
