/**
 * The municipal workbook as one write plan: «Свод», «Итоги», on a regional run «Итоги по МО», when
 * some school has snapshots «Динамика» (after «Итоги», whose pooled figures it continues),
 * «Проблемы по ОО», and «Данные свода» (what a higher level re-pools from). Every sheet is
 * `replace`, so running the consolidation again with another set of files replaces the previous
 * one cleanly and leaves the analyst's other sheets alone; a run without snapshots removes the
 * «Динамика» of an earlier run, which would otherwise show figures of files no longer pooled.
 */
import type { WritePlan } from "../plan/writePlan";
import type { Consolidation } from "./consolidate";
import { SVOD_SHEET, TRENDS_SHEET } from "./labels";
import { MUNICIPALITIES_SHEET, municipalitiesSheet } from "./municipalitiesSheet";
import { problemsSheet } from "./problemsSheet";
import { svodDataSheet } from "./svodData";
import { svodSheet } from "./svodSheet";
import { totalsSheet } from "./totalsSheet";
import { trendsSheet } from "./trendsSheet";

export function consolidationPlan(c: Consolidation): WritePlan {
  const trends = trendsSheet(c);
  const municipalities = municipalitiesSheet(c);
  const remove = [...(trends ? [] : [TRENDS_SHEET]), ...(municipalities ? [] : [MUNICIPALITIES_SHEET])];
  return {
    sheets: [
      svodSheet(c),
      totalsSheet(c),
      ...(municipalities ? [municipalities] : []),
      ...(trends ? [trends] : []),
      problemsSheet(c),
      svodDataSheet(c),
    ],
    activate: SVOD_SHEET,
    ...(remove.length > 0 ? { remove } : {}),
  };
}
