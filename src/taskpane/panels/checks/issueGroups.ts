/**
 * The issue list as the panel shows it: grouped by sheet in template order, within a sheet by
 * severity, after the user's filters. Pure, so the grouping is tested without rendering.
 */
import { issueAddress, SEVERITY_ORDER, type Issue, type Severity } from "../../../domain/issues";
import { ruleCatalogue } from "../../../domain/rules/catalogue";
import { infoSheet, settingsSheet } from "../../../domain/template/keyValue";
import { listSheets } from "../../../domain/template/sheets";
import type { CellTarget } from "../../hooks/useSelectCell";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The rule whose issues make the methodist's to-do list (rules.md, M001). */
export const YOUNG_WITHOUT_MENTOR = "M001";

const TEMPLATE_ORDER = [infoSheet.name, settingsSheet.name, ...listSheets.map((s) => s.name)];

/** A group's key: the canonical sheet, or "" for file-level issues (S003 and the like). */
export const sheetKey = (issue: Issue): string => issue.sheet ?? "";

const orderOf = (key: string) => {
  const i = TEMPLATE_ORDER.indexOf(key);
  // Issues on no sheet go last; a sheet outside the template (none today) just before them.
  return key === "" ? TEMPLATE_ORDER.length + 1 : i < 0 ? TEMPLATE_ORDER.length : i;
};

export interface SheetOption {
  readonly key: string;
  /** «Наставники», or «Наставники (лист «Банк наставников»)» when the file uses an alias. */
  readonly title: string;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly issues: readonly Issue[];
}

export interface SheetGroup extends SheetOption {
  readonly counts: Readonly<Record<Severity, number>>;
  readonly bySeverity: readonly SeverityGroup[];
}

export interface IssueFilter {
  readonly severities: ReadonlySet<Severity>;
  /** A sheet key, or null for every sheet. */
  readonly sheet: string | null;
}

function titleOf(issue: Issue): string {
  if (issue.sheet === null) return "Книга в целом";
  if (issue.sheetInFile !== null && issue.sheetInFile !== issue.sheet)
    return `${issue.sheet} (лист «${issue.sheetInFile}»)`;
  return issue.sheet;
}

/** The sheets that have issues, in template order: the options of the sheet filter. */
export function sheetsOf(issues: readonly Issue[]): SheetOption[] {
  const seen = new Map<string, SheetOption>();
  for (const issue of issues) {
    const key = sheetKey(issue);
    if (!seen.has(key)) seen.set(key, { key, title: titleOf(issue) });
  }
  return [...seen.values()].sort((a, b) => orderOf(a.key) - orderOf(b.key));
}

export function groupIssues(issues: readonly Issue[], filter: IssueFilter): SheetGroup[] {
  const shown = issues.filter(
    (i) => filter.severities.has(i.severity) && (filter.sheet === null || sheetKey(i) === filter.sheet),
  );
  return sheetsOf(shown).map((sheet) => {
    const mine = shown.filter((i) => sheetKey(i) === sheet.key);
    const bySeverity = [...SEVERITIES]
      .sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])
      .map((severity) => ({ severity, issues: mine.filter((i) => i.severity === severity) }))
      .filter((g) => g.issues.length > 0);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const g of bySeverity) counts[g.severity] = g.issues.length;
    return { ...sheet, counts, bySeverity };
  });
}

/** The cell an issue points at, on the sheet as the file names it; null without a row. */
export function targetOf(issue: Issue): CellTarget | null {
  const address = issueAddress(issue);
  const sheet = issue.sheetInFile ?? issue.sheet;
  return address === null || sheet === null ? null : { sheet, address };
}

/**
 * The rule's one-line title for an issue. A code may name a rule per sheet (F002 of a cell, of
 * «Сведения», of «Настройки»), so the sheet's own rule wins over the one for every sheet ("*").
 */
export function ruleTitleOf(issue: Issue): string | undefined {
  const rules = ruleCatalogue.filter((r) => r.code === issue.code);
  return (rules.find((r) => r.sheet === issue.sheet) ?? rules.find((r) => r.sheet === "*") ?? rules[0])
    ?.title;
}
