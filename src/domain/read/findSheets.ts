/**
 * Finding the template's sheets in a workbook by name or alternative name (workbook.md, "Reading
 * a workbook"): names compared after header normalisation; a sheet name of exactly 31 characters
 * (Excel's limit) also matches an alternative name whose first 31 characters it equals.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import { normalizeSheetName } from "../text/normalize";

export interface NamedSheet {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Excel cuts sheet names at this many characters. */
export const SHEET_NAME_MAX = 31;

interface Names {
  readonly canonical: string;
  readonly aliases: ReadonlySet<string>;
  /** The first 31 characters of the longer aliases, trimmed, lower case. */
  readonly cut: ReadonlySet<string>;
}

// The catalogue's sheets are looked for in every file: their normalised names are kept.
const normalised = new WeakMap<NamedSheet, Names>();

const cutForm = (s: string) => s.trim().toLowerCase();

function namesOf(spec: NamedSheet): Names {
  let names = normalised.get(spec);
  if (names === undefined) {
    names = {
      canonical: normalizeSheetName(spec.name),
      aliases: new Set(spec.aliases.map(normalizeSheetName)),
      cut: new Set(
        spec.aliases.filter((a) => a.length > SHEET_NAME_MAX).map((a) => cutForm(a.slice(0, SHEET_NAME_MAX))),
      ),
    };
    normalised.set(spec, names);
  }
  return names;
}

/** Whether a sheet's name is one of the alternative names (not the canonical one). */
function isAlias(sheetName: string, names: Names): boolean {
  return (
    names.aliases.has(normalizeSheetName(sheetName)) ||
    (sheetName.length === SHEET_NAME_MAX && names.cut.has(cutForm(sheetName)))
  );
}

/**
 * The sheet that plays a template sheet's part: the canonical name wins over alternative names;
 * among those, the first sheet in workbook order. Null when none matches.
 */
export function findSheet(wb: WorkbookGrid, spec: NamedSheet): SheetGrid | null {
  const names = namesOf(spec);
  let alias: SheetGrid | null = null;
  for (const sheet of wb.sheets) {
    if (normalizeSheetName(sheet.name) === names.canonical) return sheet;
    if (alias === null && isAlias(sheet.name, names)) alias = sheet;
  }
  return alias;
}

/** Whether a sheet's name is a template sheet's name or one of its alternative names. */
export function namesSheet(sheetName: string, spec: NamedSheet): boolean {
  const names = namesOf(spec);
  return normalizeSheetName(sheetName) === names.canonical || isAlias(sheetName, names);
}

/** The first sheet, in workbook order, whose name is one of the aliases (not the canonical name). */
export function findAliasSheet(wb: WorkbookGrid, aliases: readonly string[]): SheetGrid | null {
  const names = namesOf({ name: "\u0000", aliases });
  return wb.sheets.find((s) => isAlias(s.name, names)) ?? null;
}
