/**
 * Building a starting workbook from plain data, the way a file opened in Excel looks: strings are
 * stored verbatim (a school's «=HYPERLINK(…)» text stays text), formulas only when asked for.
 */
import { parseAddress, parseCell } from "./address";
import { dateToSerial, type CellScalar, type Culture } from "./cellValues";
import { officeErrors } from "./errors";
import type { SheetModel } from "./model/sheet";
import { WorkbookModel } from "./model/workbook";

/** One seeded cell: a constant, or an object for formulas, errors and formats. */
export type SeedCell =
  | CellScalar
  | null
  | undefined
  /** A calendar date: stored as a serial with format dd.mm.yyyy, as Excel shows a date cell. */
  | Date
  | {
      value?: CellScalar;
      /** "=…"; `value` is then the cached result shown when the fake cannot evaluate it. */
      formula?: string;
      /** "#N/A", "#REF!", … */
      error?: string;
      numberFormat?: string;
      bold?: boolean;
      fill?: string;
    };

export interface FakeSheetSeed {
  name: string;
  /** Row-major cells starting at `origin` (default A1). */
  rows?: SeedCell[][];
  origin?: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  tables?: { name: string; address: string; style?: string }[];
  /** Column widths in points by letter. */
  columnWidths?: Record<string, number>;
  freezeRows?: number;
  /** Worksheet rows hidden (their own flag, a collapsed outline group, or filtered out). */
  hiddenRows?: number[];
  /** Merged ranges, e.g. "A3:A6". */
  merges?: string[];
  /** An AutoFilter over `address`; `filtered` when a condition hides rows (list those in hiddenRows). */
  autoFilter?: { address: string; filtered?: boolean };
}

export interface FakeWorkbookState {
  sheets: FakeSheetSeed[];
  /** Name of the active sheet (default: the first visible one). */
  activeSheet?: string;
  names?: { name: string; reference: string }[];
}

function seedCell(sheet: SheetModel, row: number, col: number, v: SeedCell): void {
  if (v === null || v === undefined || v === "") return;
  const c = sheet.ensureCell(row, col);
  if (v instanceof Date) {
    c.v = dateToSerial(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    c.s = { numberFormat: "dd.mm.yyyy" };
    return;
  }
  if (typeof v !== "object") {
    c.v = v;
    return;
  }
  if (v.error !== undefined) {
    c.err = v.error;
    c.v = v.error;
  } else if (v.formula !== undefined) {
    c.f = v.formula.startsWith("=") ? v.formula : `=${v.formula}`;
    c.v = v.value ?? c.f;
  } else {
    c.v = v.value ?? "";
  }
  if (v.numberFormat !== undefined) (c.s ??= {}).numberFormat = v.numberFormat;
  if (v.bold !== undefined) (c.s ??= {}).bold = v.bold;
  if (v.fill !== undefined) (c.s ??= {}).fill = v.fill.toUpperCase();
  sheet.prune(row, col);
}

export function buildModel(state: FakeWorkbookState, culture: Culture): WorkbookModel {
  const model = new WorkbookModel(culture);
  const location = "seed";
  for (const s of state.sheets) {
    const sheet = model.addSheet(s.name, location);
    const origin = parseCell(s.origin ?? "A1");
    if (!origin) throw new Error(`Fake Excel seed: bad origin ${s.origin}`);
    (s.rows ?? []).forEach((line, i) =>
      line.forEach((v, j) => seedCell(sheet, origin.row + i, origin.col + j, v)),
    );
    for (const [letters, width] of Object.entries(s.columnWidths ?? {})) {
      const p = parseAddress(`${letters}1`);
      if (!p) throw new Error(`Fake Excel seed: bad column ${letters}`);
      sheet.colWidths.set(p.rect.col, width);
    }
    sheet.freezeRows = s.freezeRows ?? 0;
    for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
    for (const m of s.merges ?? []) {
      const p = parseAddress(m);
      if (!p) throw new Error(`Fake Excel seed: bad merged range ${m}`);
      sheet.merges.push(p.rect);
    }
    if (s.autoFilter) {
      const p = parseAddress(s.autoFilter.address);
      if (!p) throw new Error(`Fake Excel seed: bad filter range ${s.autoFilter.address}`);
      sheet.autoFilter = { rect: p.rect, filtered: s.autoFilter.filtered === true };
    }
  }
  state.sheets.forEach((s, i) => {
    const sheet = model.sheets[i]!;
    for (const t of s.tables ?? []) {
      const p = parseAddress(t.address);
      if (!p) throw new Error(`Fake Excel seed: bad table address ${t.address}`);
      const table = model.addTable(sheet, p.rect, true, location);
      table.name = model.validateTableName(t.name, location, table.id);
      if (t.style !== undefined) table.style = t.style;
    }
    if (s.visibility) sheet.visibility = s.visibility;
  });
  if (model.visibleSheets().length === 0 && model.sheets.length > 0) {
    throw officeErrors.invalidOperation("seed", "A workbook must contain at least one visible worksheet.");
  }
  for (const n of state.names ?? []) {
    model.addName(n.name, n.reference.startsWith("=") ? n.reference : `=${n.reference}`, "", location);
  }
  const active = state.activeSheet ? model.sheetByName(state.activeSheet) : model.visibleSheets()[0];
  model.activeSheetId = active?.id ?? "";
  model.changes = [];
  return model;
}
