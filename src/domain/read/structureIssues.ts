/** Structure-level issues (S001, S002): sheet or column missing, no row or value to point at. */
import type { Issue } from "../issues";

export function structureIssue(
  code: "S001" | "S002",
  sheet: string,
  sheetInFile: string | null,
  column: string | null,
  message: string,
): Issue {
  return { sheet, sheetInFile, row: null, column, col: null, code, severity: "error", message, value: null };
}
