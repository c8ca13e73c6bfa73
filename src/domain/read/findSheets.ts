/**
 * Finding the template's sheets in a workbook by name or alias (workbook.md, "Reading a workbook").
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import { normalizeSheetName } from "../text/normalize";

export interface NamedSheet {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The sheet that plays a template sheet's part: the canonical name wins over aliases; among
 * aliases, the first sheet in workbook order. Null when none matches.
 */
export function findSheet(wb: WorkbookGrid, spec: NamedSheet): SheetGrid | null {
  const { canonical, aliases } = namesOf(spec);
  let alias: SheetGrid | null = null;
  for (const sheet of wb.sheets) {
    const n = normalizeSheetName(sheet.name);
    if (n === canonical) return sheet;
    if (alias === null && aliases.has(n)) alias = sheet;
  }
  return alias;
}

// The catalogue's sheets are looked for in every file: their normalised names are kept.
const normalised = new WeakMap<NamedSheet, { canonical: string; aliases: ReadonlySet<string> }>();

function namesOf(spec: NamedSheet): { canonical: string; aliases: ReadonlySet<string> } {
  let names = normalised.get(spec);
  if (names === undefined) {
    names = {
      canonical: normalizeSheetName(spec.name),
      aliases: new Set(spec.aliases.map(normalizeSheetName)),
    };
    normalised.set(spec, names);
  }
  return names;
}

/** The first sheet, in workbook order, whose name is one of the aliases (not the canonical name). */
export function findAliasSheet(wb: WorkbookGrid, aliases: readonly string[]): SheetGrid | null {
  const wanted = new Set(aliases.map(normalizeSheetName));
  return wb.sheets.find((s) => wanted.has(normalizeSheetName(s.name))) ?? null;
}
