/** Which rows the rules look at: a repeated person's later rows are left to R001 alone. */
import type { Analysis } from "../analysis/analysis";
import type { RowRead } from "../model/sheetRead";
import type { ListSheetId } from "../template/sheets";

export function ruleRows(a: Analysis, sheet: ListSheetId): readonly RowRead[] {
  const rows = a.wb.sheets[sheet]?.rows ?? [];
  if (sheet === "mentors") return a.mentors.map((m) => m.src).concat(unnamed(a, "mentors"));
  if (sheet === "mentees") return a.mentees.map((m) => m.src).concat(unnamed(a, "mentees"));
  return rows;
}

/** Person rows with an empty ФИО are not persons but still get their cells checked. */
function unnamed(a: Analysis, sheet: "mentors" | "mentees"): RowRead[] {
  const people = sheet === "mentors" ? a.wb.mentors : a.wb.mentees;
  return people.filter((p) => p.key === undefined).map((p) => p.src);
}
