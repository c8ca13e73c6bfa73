/**
 * The municipal workbook as one write plan: «Свод», «Итоги», «Проблемы по ОО» and, when some school
 * has snapshots, «Динамика» (after «Итоги», whose pooled figures it continues). Every sheet is
 * `replace`, so running the consolidation again with another set of files replaces the previous
 * one cleanly and leaves the analyst's other sheets alone; a run without snapshots removes the
 * «Динамика» of an earlier run, which would otherwise show figures of files no longer pooled.
 */
import type { WritePlan } from "../plan/writePlan";
import type { Consolidation } from "./consolidate";
import { SVOD_SHEET, TRENDS_SHEET } from "./labels";
import { problemsSheet } from "./problemsSheet";
import { svodSheet } from "./svodSheet";
import { totalsSheet } from "./totalsSheet";
import { trendsSheet } from "./trendsSheet";

export function consolidationPlan(c: Consolidation): WritePlan {
  const trends = trendsSheet(c);
  return {
    sheets: [svodSheet(c), totalsSheet(c), ...(trends ? [trends] : []), problemsSheet(c)],
    activate: SVOD_SHEET,
    ...(trends ? {} : { remove: [TRENDS_SHEET] }),
  };
}
