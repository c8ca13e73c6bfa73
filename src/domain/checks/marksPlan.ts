/**
 * Marking problem cells in the grid without touching the user's formatting: each checked sheet
 * carries one conditional format per severity whose formula looks the cell's address up in a list
 * kept on «Справочники». A check only rewrites those lists, so old marks vanish cleanly and the
 * user's own fills, fonts and data are never changed. The formats and names are added once.
 */
import { columnLetter, type Issue } from "../issues";
import type { CellBlock, NamePlan, SheetPlan } from "../plan/writePlan";
import { TEXT_FORMAT } from "../plan/writePlan";
import type { StructureSnapshot } from "../port/workbookPort";
import { LOOKUPS_SHEET } from "../structure/lookups";
import { lookupsSheetPlan } from "../structure/templatePlan";
import { allEnums } from "../template/enums";
import { infoSheet, settingsSheet } from "../template/keyValue";
import { listSheets } from "../template/sheets";
import { SEVERITY_FILLS } from "./checksSheetPlan";

/** The template sheets whose cells can be marked, in a fixed order (their slots on «Справочники»). */
const MARKABLE = [infoSheet, settingsSheet, ...listSheets].map((s) => ({ name: s.name, id: s.id }));
type Marked = "error" | "warning";
const SEVERITIES: readonly Marked[] = ["error", "warning"];

// The mark lists sit to the right of the dropdown lists on «Справочники», one column per sheet and severity.
const FIRST_MARK_COL = allEnums.length + 2;
// How many rows a list may hold; more marks than this are still listed on «Проверка».
export const MAX_MARKS = 20_000;
// The area of a sheet that the conditional formats cover.
const MARKED_AREA = "A1:AZ20000";

function markColumn(sheetIndex: number, severity: Marked): number {
  return FIRST_MARK_COL + sheetIndex * SEVERITIES.length + SEVERITIES.indexOf(severity);
}

export function markName(sheetId: string, severity: Marked): string {
  return `Nastavnik_${severity === "error" ? "Errors" : "Warnings"}_${sheetId}`;
}

export interface MarksPlan {
  /** Sheets to update (conditional formats on checked sheets, lists on «Справочники»). */
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
}

/**
 * `inFile`: the name each template sheet has in the file (aliases included), null when absent.
 */
export function marksPlan(
  snapshot: Pick<StructureSnapshot, "sheets" | "names">,
  issues: readonly Issue[],
  inFile: (sheet: string) => string | null,
): MarksPlan {
  const lookupsExist = snapshot.sheets.some((s) => s.name === LOOKUPS_SHEET);
  const blocks: CellBlock[] = [];
  const names: NamePlan[] = [];
  const sheets: SheetPlan[] = [];
  MARKABLE.forEach((spec, i) => {
    const fileName = inFile(spec.name);
    const newNames: string[] = [];
    for (const severity of SEVERITIES) {
      const col = markColumn(i, severity);
      const addresses = issues
        .filter((x) => x.sheet === spec.name && x.severity === severity && x.row !== null)
        .map((x) => `${columnLetter(x.col ?? 1)}${x.row}`);
      const unique = [...new Set(addresses)].slice(0, MAX_MARKS);
      const header = `Метки: ${spec.name} (${severity === "error" ? "ошибки" : "предупреждения"})`;
      blocks.push({ row: 1, col, values: [[header], ...unique.map((a) => [a])], numberFormat: TEXT_FORMAT });
      const name = markName(spec.id, severity);
      if (!snapshot.names.includes(name)) {
        const letter = columnLetter(col);
        names.push({ name, reference: `='${LOOKUPS_SHEET}'!$${letter}$2:$${letter}$${MAX_MARKS + 1}` });
        newNames.push(name);
      }
    }
    if (fileName !== null && newNames.length > 0) {
      sheets.push({
        name: fileName,
        mode: "update",
        conditionalFormats: [
          {
            range: MARKED_AREA,
            rules: SEVERITIES.map((s) => ({
              // ADDRESS(…,4) is the relative address («C7»), as the lists hold them.
              formula: `=COUNTIF(${markName(spec.id, s)},ADDRESS(ROW(),COLUMN(),4))>0`,
              fill: SEVERITY_FILLS[s].fill,
            })),
          },
        ],
      });
    }
  });
  // The old lists are cleared first, so no stale mark survives a check.
  const first = columnLetter(FIRST_MARK_COL);
  const last = columnLetter(markColumn(MARKABLE.length - 1, "warning"));
  const clear = [`${first}2:${last}${MAX_MARKS + 1}`];
  const lookups: SheetPlan = lookupsExist
    ? { name: LOOKUPS_SHEET, mode: "update", clear, blocks }
    : { ...lookupsSheetPlan(), blocks: [...(lookupsSheetPlan().blocks ?? []), ...blocks] };
  return { sheets: [lookups, ...sheets], names };
}
