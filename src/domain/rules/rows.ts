/** Which rows the rules look at: a repeated person's later rows are left to R001 alone. */
import type { Analysis } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { RowRead } from "../model/sheetRead";
import type { ListSheetId } from "../template/sheets";

export function ruleRows(a: Analysis, sheet: ListSheetId): readonly RowRead[] {
  if (sheet === "mentors") return personRows(a).mentors;
  if (sheet === "mentees") return personRows(a).mentees;
  return a.wb.sheets[sheet]?.rows ?? [];
}

// The cell rules and the notices both walk the person rows: listed once per workbook and date.
const personRows = perAnalysis((a: Analysis) => ({
  mentors: a.mentors.map((m) => m.src).concat(unnamed(a, "mentors")),
  mentees: a.mentees.map((m) => m.src).concat(unnamed(a, "mentees")),
}));

/** Person rows with an empty ФИО are not persons but still get their cells checked. */
function unnamed(a: Analysis, sheet: "mentors" | "mentees"): RowRead[] {
  const people = sheet === "mentors" ? a.wb.mentors : a.wb.mentees;
  return people.filter((p) => p.key === undefined).map((p) => p.src);
}
