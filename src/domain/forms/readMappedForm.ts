/**
 * Reading a region's own form through a mapping (forms.md (b)): each line is resolved on this form
 * — a cell address, or the one row whose label matches (header normalisation), or a constant —
 * and lines with the same KPI and part are summed. Only the parts that have a line are read. A line
 * that cannot be resolved here is C007 (once per form and line) and its KPI is not pooled; a mapped
 * cell that is empty or text is reported by cell (C006 / C005), never counted as 0.
 */
import type { ConsolidationInput, InputOptions } from "../consolidation/input";
import type { RawCell, SheetGrid, WorkbookGrid } from "../grid";
import { columnLetter, type Issue } from "../issues";
import { kpiDef } from "../kpi/catalogue";
import type { KpiId } from "../kpi/types";
import type { Place } from "../rules/define";
import { normalizeHeader, normalizeSheetName } from "../text/normalize";
import { displayOf, readDate } from "../values/parse";
import type { FormCell, ReadPart } from "./formFigures";
import { type FormIdentification, type FormItem, formCodeMissing, formInput } from "./formInput";
import {
  columnNumber,
  type FormMap,
  type FormMapLine,
  MAP_HEADERS,
  MAP_SHEET,
  type MapItem,
} from "./formMap";
import { type FormPart, partOf } from "./formParts";

export const C007 = { code: "C007", severity: "error" } as const;

/** A part being gathered from the mapping's lines. */
interface PartEntry {
  readonly part: FormPart;
  readonly cells: FormCell[];
  constant: number | null;
}

/** `Лист!C7`, `'Лист с пробелами'!C7` (quotes doubled inside) or `C7`; null when it is none of them. */
export function parseAddress(text: string): { sheet: string | null; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'!|([^'!]+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (m === null) return null;
  const col = columnNumber(m[3]);
  const row = Number(m[4]);
  if (col === null || row < 1 || row > 1_048_576) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2]?.trim() ?? null);
  return { sheet, row, col };
}

const cellOf = (s: SheetGrid, row: number, col: number): RawCell =>
  s.rows[row - s.firstRow]?.[col - s.firstCol] ?? null;

type Resolved = { readonly ok: true; readonly cell: FormCell } | { readonly ok: false; readonly why: string };

function findSheet(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  const key = normalizeSheetName(name);
  return grid.sheets.find((s) => normalizeSheetName(s.name) === key);
}

/** Header normalisation of workbook.md v2: dashes and «/» are spaces («„учитель – учитель“» = «учитель-учитель»). */
const labelKey = normalizeHeader;

/** The rows of a sheet whose label (in `labelCol`, or any cell) equals `label` (header normalisation). */
function rowsWithLabel(s: SheetGrid, label: string, labelCol: number | null): number[] {
  const want = labelKey(label);
  const rows: number[] = [];
  s.rows.forEach((cells, i) => {
    const hit =
      labelCol === null
        ? cells.some((c) => labelKey(displayOf(c) ?? "") === want)
        : labelKey(displayOf(cells[labelCol - s.firstCol] ?? null) ?? "") === want;
    if (hit) rows.push(s.firstRow + i);
  });
  return rows;
}

function resolve(grid: WorkbookGrid, line: FormMapLine): Resolved {
  const src = line.source;
  if (src.kind === "constant") throw new Error("a constant has no cell");
  if (src.kind === "cell") {
    const a = parseAddress(src.address);
    if (a === null) return { ok: false, why: `адрес «${src.address}» не читается (нужно Лист!C7 или C7)` };
    const sheetName = a.sheet ?? src.sheet;
    const sheet = sheetName === null ? grid.sheets[0] : findSheet(grid, sheetName);
    if (sheet === undefined) return { ok: false, why: `в форме нет листа «${sheetName}»` };
    return {
      ok: true,
      cell: { sheet: sheet.name, row: a.row, col: a.col, raw: cellOf(sheet, a.row, a.col) },
    };
  }
  const candidates = src.sheet === null ? grid.sheets : [findSheet(grid, src.sheet)];
  if (candidates[0] === undefined) return { ok: false, why: `в форме нет листа «${src.sheet}»` };
  for (const sheet of candidates as SheetGrid[]) {
    const rows = rowsWithLabel(sheet, src.label, src.labelCol);
    if (rows.length === 0) continue;
    if (rows.length > 1)
      return {
        ok: false,
        why: `наименование «${src.label}» найдено на листе «${sheet.name}» в нескольких строках (${rows.join(", ")})`,
      };
    const row = rows[0];
    return {
      ok: true,
      cell: { sheet: sheet.name, row, col: src.valueCol, raw: cellOf(sheet, row, src.valueCol) },
    };
  }
  const where = src.sheet === null ? "ни на одном листе формы" : `на листе «${src.sheet}»`;
  return { ok: false, why: `наименование «${src.label}» не найдено ${where}` };
}

function unresolvedIssue(map: FormMap, line: FormMapLine, why: string): Issue {
  const src = line.source;
  const what =
    line.target.kind === "kpi"
      ? `показатель «${kpiDef(line.target.id).title}» этой ОО не включён в свод`
      : "сведения об ОО из этой строки не прочитаны";
  return {
    sheet: MAP_SHEET,
    sheetInFile: map.sheet,
    row: line.row,
    column: src.kind === "label" ? MAP_HEADERS.label : MAP_HEADERS.cell,
    col: null,
    code: C007.code,
    severity: C007.severity,
    message: `Строка ${line.row} соответствия: ${why}; ${what}. Проверьте соответствие или форму.`,
    value: src.kind === "label" ? src.label : src.kind === "cell" ? src.address : null,
  };
}

const placeOf = (c: FormCell): Place => ({
  sheet: c.sheet,
  sheetInFile: c.sheet,
  row: c.row,
  column: columnLetter(c.col),
  col: c.col,
  value: displayOf(c.raw),
});

export function readMappedForm(
  file: string,
  grid: WorkbookGrid,
  map: FormMap,
  opts: InputOptions,
): ConsolidationInput {
  const issues: Issue[] = [];
  const unresolved = new Map<KpiId, string>();
  const parts = new Map<string, PartEntry>();
  const items = new Map<MapItem, FormCell | "unresolved">();

  for (const line of map.lines) {
    const t = line.target;
    if (line.source.kind === "constant") {
      if (t.kind !== "kpi") continue; // the mapping reader refuses this already
      const p = partEntry(parts, t.id, t.token);
      p.constant = (p.constant ?? 0) + line.source.value;
      continue;
    }
    const r = resolve(grid, line);
    if (!r.ok) {
      issues.push(unresolvedIssue(map, line, r.why));
      if (t.kind === "kpi") {
        if (!unresolved.has(t.id))
          unresolved.set(t.id, `строка ${line.row} соответствия не найдена в форме (${r.why})`);
      } else if (!items.has(t.key)) items.set(t.key, "unresolved");
      continue;
    }
    if (t.kind === "kpi") partEntry(parts, t.id, t.token).cells.push(r.cell);
    else if (!items.has(t.key)) items.set(t.key, r.cell);
  }

  const item = (key: MapItem): FormCell | null => {
    const c = items.get(key);
    return c === undefined || c === "unresolved" ? null : c;
  };
  const text = (key: MapItem) => {
    const c = item(key);
    return c === null ? null : displayOf(c.raw);
  };
  const codeCell = item("code");
  const code: FormItem | null = codeCell === null ? null : { text: text("code"), at: placeOf(codeCell) };
  const dateCell = item("asOf");
  const date = dateCell === null ? null : readDate(dateCell.raw, grid.date1904);
  const id: FormIdentification = {
    code,
    name: text("name"),
    municipality: text("municipality"),
    asOf: date?.state === "ok" ? date.value : null,
    asOfWhere:
      dateCell === null
        ? "нет строки asOf в соответствии"
        : `${dateCell.sheet}!${columnLetter(dateCell.col)}${dateCell.row}`,
  };
  // A code line that points at an empty cell: O001, and the form is its own school.
  if (code !== null && code.text === null) issues.push(formCodeMissing(code.at));

  const read: ReadPart[] = [...parts.values()].map((p) => ({ ...p, prefilled: null }));
  return formInput(file, id, { parts: read, unresolved, mapped: true }, issues, opts);
}

function partEntry(parts: Map<string, PartEntry>, id: KpiId, token: string) {
  const key = `${id}|${token}`;
  let p = parts.get(key);
  if (p === undefined) parts.set(key, (p = { part: partOf(id, token)!, cells: [], constant: null }));
  return p;
}
