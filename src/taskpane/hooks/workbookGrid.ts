/** The grids the engine reads, out of a structure snapshot (which also carries tables and names). */
import type { WorkbookGrid } from "../../domain/grid";
import type { StructureSnapshot } from "../../domain/port/workbookPort";
import { dayFromYmd, type DayNumber } from "../../domain/values/dates";

export const gridOfSnapshot = (snapshot: StructureSnapshot): WorkbookGrid => ({
  sheets: snapshot.sheets.map((s) => s.grid),
  date1904: snapshot.date1904,
});

/** Today on the user's calendar (their time zone), for «Сформировано …» on generated sheets. */
export function localToday(now: Date = new Date()): DayNumber {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
