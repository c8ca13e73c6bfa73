/** Runs the rule catalogue over a workbook and orders the issues as a person reads them. */
import type { Analysis } from "../analysis/analysis";
import type { Issue } from "../issues";
import { infoSheet, settingsSheet } from "../template/keyValue";
import { listSheets } from "../template/sheets";
import { ruleCatalogue } from "./catalogue";
import { toIssue } from "./define";

const SHEET_ORDER = new Map(
  [infoSheet.name, settingsSheet.name, ...listSheets.map((s) => s.name)].map((n, i) => [n, i] as const),
);

/** Structure issues first, then by sheet in template order, worksheet row, column, code. */
export function compareIssues(x: Issue, y: Issue): number {
  const structural = (i: Issue) => (i.code.startsWith("S") ? 0 : 1);
  return (
    structural(x) - structural(y) ||
    (SHEET_ORDER.get(x.sheet ?? "") ?? 99) - (SHEET_ORDER.get(y.sheet ?? "") ?? 99) ||
    (x.row ?? 0) - (y.row ?? 0) ||
    (x.col ?? 0) - (y.col ?? 0) ||
    x.code.localeCompare(y.code)
  );
}

/**
 * All issues of rules.md for one workbook. `hasAsOf` false means the file has no readable D: the
 * rules that speak of D are skipped (the analysis then carries a stand-in date nobody reads).
 */
export function validate(a: Analysis, hasAsOf = true): Issue[] {
  const issues: Issue[] = [...a.wb.structureIssues];
  for (const rule of ruleCatalogue) {
    if (rule.needsAsOf && !hasAsOf) continue;
    for (const f of rule.check(a)) issues.push(toIssue(rule, f));
  }
  return issues.sort(compareIssues);
}
