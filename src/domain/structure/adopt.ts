/**
 * «Перенести лист» writes what the import engine made of the chosen sheets (src/domain/import):
 * the rows are appended to the template tables of the open workbook — new template columns and
 * extra columns added where the table lacks them — or a missing template sheet is created. The
 * source sheets are never written.
 */
import { uniqueHeaders } from "../import/extraColumns";
import { listSheetWithExtras } from "../import/importPlan";
import type { ExistingBook, ImportedBook, TargetSheet } from "../import/model";
import { type PlanValue, type SheetPlan, TEXT_FORMAT, type WritePlan } from "../plan/writePlan";
import { gridOfSnapshot, type StructureSnapshot, type TableSnapshot } from "../port/workbookPort";
import { findSheet } from "../read/findSheets";
import { readSchoolWorkbook } from "../read/readWorkbook";
import { LOOKUPS_SHEET } from "./lookups";
import { listSheets, type ListSheetSpec } from "../template/sheets";
import { normalizeHeader, normalizeSheetName } from "../text/normalize";
import { isoOf } from "../values/dates";
import { displayOf } from "../values/parse";
import { columnFormat, listSheetPlan, lookupsSheetPlan } from "./templatePlan";
import { columnValidation } from "./validation";

export class AdoptError extends Error {}

/**
 * What the open workbook's template sheets already hold (by their own names: an alias sheet is a
 * source, not a target): persons for short names and persons added, pairs for repeats and №.
 */
export function existingBook(snapshot: StructureSnapshot): ExistingBook {
  const grid = gridOfSnapshot(snapshot);
  const own = {
    ...grid,
    sheets: grid.sheets.filter((g) =>
      listSheets.some((s) => normalizeSheetName(g.name) === normalizeSheetName(s.name)),
    ),
  };
  const wb = readSchoolWorkbook(own);
  const names = (xs: readonly { name: string | undefined }[]) => xs.flatMap((x) => (x.name ? [x.name] : []));
  return {
    mentors: names(wb.mentors),
    mentees: names(wb.mentees),
    pairs: wb.pairs.map((p) => ({
      row: p.row,
      mentor: p.mentorName ?? "",
      mentee: p.menteeName ?? "",
      start: p.start !== undefined ? isoOf(p.start) : (displayOf(p.src.cell("start")?.raw ?? null) ?? null),
      no: p.no ?? null,
    })),
  };
}

/** Rows appended to the template's table, in its own column order; missing columns appended. */
function appendToTemplateTable(table: TableSnapshot, spec: ListSheetSpec, target: TargetSheet): SheetPlan {
  const byHeader = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const k = normalizeHeader(h);
    if (!byHeader.has(k)) byHeader.set(k, i);
  });
  // Template columns by their header or an alias; the table's own header names them.
  const keyAt = new Map<number, string>();
  for (const c of spec.columns)
    for (const h of [c.header, ...c.aliases]) {
      const i = byHeader.get(normalizeHeader(h));
      if (i !== undefined && !keyAt.has(i)) {
        keyAt.set(i, c.key);
        break;
      }
    }
  const present = new Set(keyAt.values());
  const missing = spec.columns.filter((c) => !present.has(c.key));
  // Extra columns already added by an earlier transfer are reused by header; the others appended.
  const extraAt = new Map<number, number>();
  const newExtras: { index: number; header: string }[] = [];
  target.extraColumns.forEach((e, index) => {
    const i = byHeader.get(normalizeHeader(e.header));
    if (i !== undefined && !keyAt.has(i)) extraAt.set(i, index);
    else newExtras.push({ index, header: e.header });
  });
  const extraHeaders = uniqueHeaders(
    [...table.headers, ...missing.map((c) => c.header)],
    newExtras.map((e) => e.header),
  );
  const appendColumns = [...missing.map((c) => c.header), ...extraHeaders];
  const width = table.headers.length + appendColumns.length;
  const rows = target.rows.map((r) => {
    const cells: PlanValue[] = [];
    for (let i = 0; i < width; i++) {
      if (i < table.headers.length) {
        const key = keyAt.get(i);
        const extra = extraAt.get(i);
        cells.push(
          key !== undefined
            ? (r.values[key] ?? null)
            : extra !== undefined
              ? (r.extra.get(extra) ?? null)
              : null,
        );
      } else if (i < table.headers.length + missing.length) {
        cells.push(r.values[missing[i - table.headers.length].key] ?? null);
      } else cells.push(r.extra.get(newExtras[i - table.headers.length - missing.length].index) ?? null);
    }
    return cells;
  });
  const formats: Record<string, string> = {};
  for (const [i, key] of keyAt) {
    const f = columnFormat(spec.columns.find((c) => c.key === key)!);
    if (f) formats[table.headers[i]] = f;
  }
  for (const c of missing) {
    const f = columnFormat(c);
    if (f) formats[c.header] = f;
  }
  for (const i of extraAt.keys()) formats[table.headers[i]] = TEXT_FORMAT;
  for (const h of extraHeaders) formats[h] = TEXT_FORMAT;
  return {
    name: table.sheet,
    mode: "update",
    tables: [{ kind: "existing", name: table.name, appendColumns, appendRows: rows, formats }],
    validations: spec.columns.map((c) => columnValidation(table.name, c)).filter((v) => v !== null),
  };
}

/**
 * The plan that writes an import into the open workbook. Throws AdoptError when a template sheet
 * is there without its table (the user is asked to run «Создать структуру» first).
 */
export function adoptPlan(snapshot: StructureSnapshot, book: ImportedBook): WritePlan {
  const sheets: SheetPlan[] = [];
  const grids = gridOfSnapshot(snapshot);
  for (const spec of listSheets) {
    const target = book.lists[spec.id];
    if (target.rows.length === 0) continue;
    const table = snapshot.tables.find((t) => t.name === spec.table);
    if (table) {
      sheets.push(appendToTemplateTable(table, spec, target));
      continue;
    }
    if (findSheet(grids, { name: spec.name, aliases: [] }) !== null)
      throw new AdoptError(
        `На листе «${spec.name}» нет таблицы ${spec.table}. Сначала нажмите «Создать структуру», затем повторите перенос.`,
      );
    sheets.push(listSheetWithExtras(listSheetPlan(spec), spec, target));
  }
  if (sheets.length === 0) throw new AdoptError("Переносить нечего: в выбранных листах нет строк с данными.");
  const hasLookups = snapshot.sheets.some(
    (s) => normalizeSheetName(s.name) === normalizeSheetName(LOOKUPS_SHEET),
  );
  // Dropdowns of a new sheet read their lists from «Справочники».
  if (!hasLookups && sheets.some((s) => s.mode === "create")) sheets.push(lookupsSheetPlan());
  return { sheets, activate: sheets[0].name };
}
