/**
 * The municipal workbook as one write plan: «Свод», «Итоги» and «Проблемы по ОО». Every sheet is
 * `replace`, so running the consolidation again with another set of files replaces the previous
 * one cleanly and leaves the analyst's other sheets alone.
 */
import type { WritePlan } from "../plan/writePlan";
import type { Consolidation } from "./consolidate";
import { SVOD_SHEET } from "./labels";
import { problemsSheet } from "./problemsSheet";
import { svodSheet } from "./svodSheet";
import { totalsSheet } from "./totalsSheet";

export function consolidationPlan(c: Consolidation): WritePlan {
  return { sheets: [svodSheet(c), totalsSheet(c), problemsSheet(c)], activate: SVOD_SHEET };
}
