/** An issue as rules.md defines it: codes are stable, messages Russian and actionable. */

export type Severity = "error" | "warning" | "info";

export interface Issue {
  /** Canonical template sheet name, even when the file uses an alias. */
  readonly sheet: string | null;
  /** The sheet's name in the file, for selecting the cell; null when absent. */
  readonly sheetInFile: string | null;
  /** Worksheet row, or null for a sheet-, column- or file-level issue. */
  readonly row: number | null;
  /** Canonical header, or null. */
  readonly column: string | null;
  /** Worksheet column (1-based) of the cell, when known — for addresses and selection. */
  readonly col: number | null;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly value: string | null;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const severityLabels: Record<Severity, { one: string; many: string }> = {
  error: { one: "ошибка", many: "Ошибки" },
  warning: { one: "предупреждение", many: "Предупреждения" },
  info: { one: "замечание", many: "Замечания" },
};

/** Column letters for a 1-based column number (1 → A, 28 → AB). */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The cell an issue points at, e.g. `C7`; null for sheet- and column-level issues. */
export function issueAddress(issue: Issue): string | null {
  if (issue.row === null) return null;
  return `${columnLetter(issue.col ?? 1)}${issue.row}`;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
