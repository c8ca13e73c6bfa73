/**
 * Which template sheet a source sheet goes to (cli.md "Import" 1): the one whose name or
 * alternative name it has; otherwise the list sheet whose header row has the most recognised
 * cells, at least 2 (ties: «Пары», «Наставляемые», «Наставники», «План»); «Сведения» by name only.
 * Empty sheets and the sheets the add-in generates are not imported.
 */
import type { SheetGrid } from "../grid";
import { GENERATED_SHEETS } from "../plan/generatedSheets";
import { namesSheet } from "../read/findSheets";
import { infoSheet, settingsSheet } from "../template/keyValue";
import { listSheet, listSheets, type ListSheetId } from "../template/sheets";
import { normalizeSheetName } from "../text/normalize";
import { isEmptyCell } from "../values/parse";
import { findImportHeader } from "./locate";
import type { ImportTarget } from "./model";

export type TargetProposal =
  | { readonly target: ImportTarget; readonly byName: boolean }
  | { readonly target: null; readonly reason: string };

const EMPTY_SHEET = "пустой лист";
const GENERATED_SHEET = "служебный лист надстройки";
const NOT_RECOGNISED = "не распознан";

const BY_HEADERS: readonly ListSheetId[] = ["pairs", "mentees", "mentors", "plan"];
const generated = new Set(GENERATED_SHEETS.map(normalizeSheetName));

const isGenerated = (name: string): boolean => generated.has(normalizeSheetName(name));

const isEmptySheet = (grid: SheetGrid): boolean => grid.rows.every((r) => r.every(isEmptyCell));

/** The target a sheet's name gives, if any. */
function targetByName(name: string): ImportTarget | null {
  if (namesSheet(name, infoSheet)) return "info";
  if (namesSheet(name, settingsSheet)) return "settings";
  return listSheets.find((s) => namesSheet(name, s))?.id ?? null;
}

/** Recognised header cells of each list sheet on this sheet (0 when it has no header row). */
function recognisedBySheet(grid: SheetGrid): ReadonlyMap<ListSheetId, number> {
  return new Map(BY_HEADERS.map((id) => [id, findImportHeader(grid, listSheet(id))?.recognised ?? 0]));
}

export function proposeTarget(grid: SheetGrid): TargetProposal {
  if (isGenerated(grid.name)) return { target: null, reason: GENERATED_SHEET };
  if (isEmptySheet(grid)) return { target: null, reason: EMPTY_SHEET };
  const named = targetByName(grid.name);
  if (named !== null) return { target: named, byName: true };
  let best: { id: ListSheetId; n: number } | null = null;
  for (const [id, n] of recognisedBySheet(grid))
    if (n >= 2 && (best === null || n > best.n)) best = { id, n };
  return best === null ? { target: null, reason: NOT_RECOGNISED } : { target: best.id, byName: false };
}
