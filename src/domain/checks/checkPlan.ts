/** Everything «Проверить» writes: the «Проверка» sheet and the marks in the checked sheets. */
import type { SchoolResult } from "../engine";
import { placeGenerated } from "../plan/placement";
import type { WritePlan } from "../plan/writePlan";
import type { StructureSnapshot } from "../port/workbookPort";
import { infoSheet, settingsSheet } from "../template/keyValue";
import { listSheets } from "../template/sheets";
import type { DayNumber } from "../values/dates";
import { checksSheetPlan } from "./checksSheetPlan";
import { marksPlan } from "./marksPlan";

/** The name each template sheet has in the file (an alias or the canonical name), or null. */
export function sheetNamesInFile(result: SchoolResult): (canonical: string) => string | null {
  const map = new Map<string, string | null>([
    [infoSheet.name, result.wb.info.nameInFile],
    [settingsSheet.name, result.wb.settingsSheetName],
    ...listSheets.map((s) => [s.name, result.wb.sheets[s.id]?.nameInFile ?? null] as const),
  ]);
  return (canonical) => map.get(canonical) ?? null;
}

export function checkPlan(
  snapshot: StructureSnapshot,
  result: SchoolResult,
  generatedOn: DayNumber,
): WritePlan {
  const info = result.wb.info;
  const school = [info.code, info.name].filter(Boolean).join(" ");
  const checks = placeGenerated(
    snapshot,
    checksSheetPlan(result.issues, { school, asOf: result.asOf, generatedOn }),
  );
  const marks = marksPlan(snapshot, result.issues, sheetNamesInFile(result));
  return { sheets: [...marks.sheets, checks], names: marks.names };
}
