/** Which sheets of a snapshot belong to the template, and which the add-in generates itself. */
import { gridOfSnapshot, type StructureSnapshot } from "../../domain/port/workbookPort";
import { findAliasSheet, findSheet } from "../../domain/read/findSheets";
import { GENERATED_SHEETS } from "../../domain/plan/generatedSheets";
import { infoSheet, settingsSheet } from "../../domain/template/keyValue";
import { listSheets } from "../../domain/template/sheets";
import { normalizeSheetName } from "../../domain/text/normalize";

// Offering the add-in's own sheets as a source of «Перенести лист» would import its own output.
const generated = new Set(GENERATED_SHEETS.map(normalizeSheetName));

export const isGeneratedSheet = (name: string) => generated.has(normalizeSheetName(name));

/**
 * True when a template sheet is already there under its own name. A sheet under an alias name
 * («Банк наставников») does not count: structuring leaves it alone and creates the template sheet.
 */
export function hasTemplateSheets(snapshot: StructureSnapshot): boolean {
  const grids = gridOfSnapshot(snapshot);
  return [infoSheet, settingsSheet, ...listSheets].some(
    (spec) => findSheet(grids, { name: spec.name, aliases: [] }) !== null,
  );
}

/** The school's own lists under an alias name, which structuring leaves for «Перенести лист». */
export function aliasListSheets(snapshot: StructureSnapshot): string[] {
  const grids = gridOfSnapshot(snapshot);
  return listSheets.map((spec) => findAliasSheet(grids, spec.aliases)?.name).filter((n) => n !== undefined);
}

const keyValueNames = new Set(
  [infoSheet, settingsSheet].flatMap((s) => [s.name, ...s.aliases]).map(normalizeSheetName),
);

/** «Сведения» / «Настройки» (or an alias): item sheets, which «Перенести лист» cannot import. */
export const isKeyValueSheet = (name: string) => keyValueNames.has(normalizeSheetName(name));
