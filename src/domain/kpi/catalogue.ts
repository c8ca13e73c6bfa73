/**
 * The KPI catalogue of kpi.md, in its order. Cards, report rows, the «Свод» columns and the JSON
 * all iterate this list.
 */
import { studentsInvolved, teachersInvolved, youngMentored } from "./coverage";
import type { KpiDef } from "./define";
import { consent, mentorLoad, mentorsRewarded, mentorsTrained } from "./mentors";
import { documents, planDone } from "./organisation";
import { retention, satisfaction } from "./outcomes";
import { activeGroups, completed, formalized, overdue, personalProgram } from "./pairs";
import type { KpiId } from "./types";

export const kpiCatalogue = [
  youngMentored,
  teachersInvolved,
  studentsInvolved,
  activeGroups,
  mentorLoad,
  formalized,
  consent,
  personalProgram,
  completed,
  overdue,
  satisfaction,
  retention,
  mentorsTrained,
  mentorsRewarded,
  planDone,
  documents,
] as const satisfies readonly KpiDef[];

export const kpiIds: readonly KpiId[] = kpiCatalogue.map((k) => k.id);

export function kpiDef(id: KpiId): KpiDef {
  return kpiCatalogue.find((k) => k.id === id)! as KpiDef;
}
