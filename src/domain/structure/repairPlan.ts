/**
 * «Создать структуру» on an open workbook: a write plan that creates what is missing and repairs
 * what is there — sheets, tables, columns, «Сведения» items, formats and validation — while every
 * cell the user typed stays where it is. Nothing is ever deleted. Running it twice changes nothing
 * the second time but the generated lists.
 */
import type { SheetGrid } from "../grid";
import { columnLetter } from "../issues";
import type { CellValidationPlan, PlanValue, SheetPlan, ValidationPlan, WritePlan } from "../plan/writePlan";
import { gridOfSnapshot, type StructureSnapshot, type TableSnapshot } from "../port/workbookPort";
import { findHeaderRow, type HeaderTarget } from "../read/headerRow";
import { findAliasSheet, findSheet } from "../read/findSheets";
import type { ColumnSpec } from "../template/columns";
import { infoSheet, settingsCatalogue, settingsSheet, type KeyValueSheetSpec } from "../template/keyValue";
import { listSheets, type ListSheetSpec } from "../template/sheets";
import { normalizeHeader } from "../text/normalize";
import { displayOf } from "../values/parse";
import { LOOKUPS_SHEET } from "./lookups";
import {
  columnFormat,
  infoSheetPlan,
  listSheetPlan,
  lookupsSheetPlan,
  settingsSheetPlan,
  TABLE_STYLE,
} from "./templatePlan";
import { columnValidation, itemValidation } from "./validation";

export interface StructureResult {
  readonly plan: WritePlan;
  /** What will be created or repaired, in Russian, one line per fact. */
  readonly summary: readonly string[];
  /** Sheets left as they were, and why (Russian, one line per sheet): for the user's attention. */
  readonly notes: readonly string[];
  /** Sheets left alone because their content is not in the template's shape. */
  readonly untouched: readonly string[];
}

/** What structuring did, and what it left alone (with the sheets «Перенести лист» can take). */
class StructureLog {
  readonly done: string[] = [];
  readonly notes: string[] = [];
  readonly untouched: string[] = [];
  did(text: string): void {
    this.done.push(text);
  }
  note(text: string): void {
    this.notes.push(text);
  }
  leave(sheet: string, text: string): void {
    this.untouched.push(sheet);
    this.notes.push(text);
  }
}

/** Catalogue key → the header text the table actually uses (canonical or alias). */
function headerMap(headers: readonly string[], targets: readonly HeaderTarget[]): Map<string, string> {
  const byNorm = new Map<string, string>();
  for (const t of targets) for (const h of [t.header, ...t.aliases]) byNorm.set(normalizeHeader(h), t.key);
  const out = new Map<string, string>();
  for (const h of headers) {
    const key = byNorm.get(normalizeHeader(h));
    if (key !== undefined && !out.has(key)) out.set(key, h);
  }
  return out;
}

function isEmptyGrid(g: SheetGrid): boolean {
  return g.rows.every((r) => r.every((c) => displayOf(c) === null));
}

function lastUsedRow(g: SheetGrid): number {
  for (let i = g.rows.length - 1; i >= 0; i--)
    if (g.rows[i].some((c) => displayOf(c) !== null)) return g.firstRow + i;
  return g.firstRow;
}

function lastUsedCol(g: SheetGrid, row: number): number {
  const cells = g.rows[row - g.firstRow] ?? [];
  for (let i = cells.length - 1; i >= 0; i--) if (displayOf(cells[i]) !== null) return g.firstCol + i;
  return g.firstCol;
}

/** Formats and validations of catalogue columns, addressed by the header the table really has. */
function columnRules(
  table: string,
  columns: readonly ColumnSpec[],
  actual: ReadonlyMap<string, string>,
): { formats: Record<string, string>; validations: ValidationPlan[] } {
  const formats: Record<string, string> = {};
  const validations: ValidationPlan[] = [];
  for (const c of columns) {
    const header = actual.get(c.key) ?? c.header;
    const f = columnFormat(c);
    if (f) formats[header] = f;
    const v = columnValidation(table, { ...c, header });
    if (v) validations.push(v);
  }
  return { formats, validations };
}

function tablesOn(snapshot: StructureSnapshot, sheet: string): TableSnapshot[] {
  return snapshot.tables.filter((t) => t.sheet === sheet);
}

/**
 * The sheet with the template's own name. A sheet under an alias name («Банк наставников») is the
 * school's own list: it is left as it is and offered for «Перенести лист».
 */
function canonicalSheet(
  snapshot: StructureSnapshot,
  spec: { name: string; aliases: readonly string[] },
  log: StructureLog,
) {
  const grids = gridOfSnapshot(snapshot);
  const grid = findSheet(grids, { name: spec.name, aliases: [] });
  const alias = findAliasSheet(grids, spec.aliases);
  if (alias) {
    log.note(
      `Лист «${alias.name}» оставлен без изменений: перенесите его данные на лист «${spec.name}» кнопкой «Перенести лист».`,
    );
  }
  return grid;
}

function repairListSheet(
  snapshot: StructureSnapshot,
  spec: ListSheetSpec,
  log: StructureLog,
): SheetPlan | null {
  const grid = canonicalSheet(snapshot, spec, log);
  if (!grid) {
    log.did(`Создан лист «${spec.name}» с таблицей ${spec.table}.`);
    return listSheetPlan(spec);
  }
  const tableNameTaken = (name: string) => snapshot.tables.some((t) => t.name === name);
  const own = tablesOn(snapshot, grid.name);
  const table =
    own.find((t) => t.name === spec.table) ??
    own.find(
      (t) =>
        findHeaderRow({ name: t.name, firstRow: 1, firstCol: 1, rows: [t.headers] }, spec.columns) !== null,
    );
  if (table) {
    const actual = headerMap(table.headers, spec.columns);
    const missing = spec.columns.filter((c) => !actual.has(c.key));
    const rename = table.name !== spec.table && !tableNameTaken(spec.table) ? spec.table : undefined;
    const tableName = rename ?? table.name;
    const { formats, validations } = columnRules(tableName, spec.columns, actual);
    if (missing.length)
      log.did(`На лист «${grid.name}» добавлены столбцы: ${missing.map((c) => `«${c.header}»`).join(", ")}.`);
    if (rename) log.did(`Таблица «${table.name}» на листе «${grid.name}» переименована в ${spec.table}.`);
    return {
      name: grid.name,
      mode: "update",
      tables: [
        { kind: "existing", name: table.name, rename, appendColumns: missing.map((c) => c.header), formats },
      ],
      validations,
      freezeRows: table.row,
    };
  }
  if (isEmptyGrid(grid)) {
    log.did(`На пустом листе «${grid.name}» создана таблица ${spec.table}.`);
    return { ...listSheetPlan(spec), name: grid.name, mode: "update" };
  }
  const header = findHeaderRow(grid, spec.columns);
  if (!header || own.length > 0) {
    log.leave(
      grid.name,
      `Лист «${grid.name}» заполнен не по шаблону и оставлен как есть. Перенесите его данные кнопкой «Перенести лист».`,
    );
    return null;
  }
  const lastCol = Math.max(...header.columns.values(), lastUsedCol(grid, header.row));
  const headerCells = (grid.rows[header.row - grid.firstRow] ?? []).map((c) => displayOf(c) ?? "");
  const actual = headerMap(headerCells, spec.columns);
  const missing = spec.columns.filter((c) => !actual.has(c.key));
  const name = tableNameTaken(spec.table) ? `${spec.table}_${grid.name.length}` : spec.table;
  const { formats, validations } = columnRules(name, spec.columns, actual);
  log.did(
    `Данные листа «${grid.name}» оформлены таблицей ${name} без изменений` +
      (missing.length ? `; добавлены столбцы: ${missing.map((c) => `«${c.header}»`).join(", ")}.` : "."),
  );
  return {
    name: grid.name,
    mode: "update",
    tables: [
      {
        kind: "fromRange",
        name,
        row: header.row,
        col: grid.firstCol,
        lastCol,
        lastRow: Math.max(lastUsedRow(grid), header.row + 1),
        appendColumns: missing.map((c) => c.header),
        formats,
        style: TABLE_STYLE,
      },
    ],
    validations,
    freezeRows: header.row,
  };
}

/** «Сведения» / «Настройки»: missing items become new rows at the end; values the user typed stay. */
function repairKeyValueSheet(
  snapshot: StructureSnapshot,
  spec: KeyValueSheetSpec,
  fresh: () => SheetPlan,
  defaultOf: (key: string) => PlanValue,
  log: StructureLog,
): SheetPlan | null {
  const grid = canonicalSheet(snapshot, spec, log);
  if (!grid) {
    log.did(`Создан лист «${spec.name}».`);
    return fresh();
  }
  if (isEmptyGrid(grid)) {
    log.did(`На пустом листе «${grid.name}» создана таблица ${spec.table}.`);
    return { ...fresh(), name: grid.name, mode: "update" };
  }
  const targets = [
    { key: "label", header: spec.labelHeader, aliases: [], required: true },
    { key: "value", header: spec.valueHeader, aliases: [], required: true },
  ];
  const header = findHeaderRow(grid, targets);
  const labelCol = header?.columns.get("label");
  const valueCol = header?.columns.get("value");
  if (!header || labelCol === undefined || valueCol === undefined || valueCol !== labelCol + 1) {
    log.leave(
      grid.name,
      `Лист «${grid.name}» заполнен не по шаблону и оставлен как есть: нужны столбцы «${spec.labelHeader}» и «${spec.valueHeader}».`,
    );
    return null;
  }
  const found = new Map<string, number>();
  const byLabel = new Map(spec.items.map((it) => [normalizeHeader(it.label), it.key]));
  const last = lastUsedRow(grid);
  for (let r = header.row + 1; r <= last; r++) {
    const label = displayOf(grid.rows[r - grid.firstRow]?.[labelCol - grid.firstCol] ?? null);
    const key = label === null ? undefined : byLabel.get(normalizeHeader(label));
    if (key !== undefined && !found.has(key)) found.set(key, r);
  }
  const missing = spec.items.filter((it) => !found.has(it.key));
  missing.forEach((it, i) => found.set(it.key, last + 1 + i));
  const valueLetter = columnLetter(valueCol);
  const cellValidations: CellValidationPlan[] = spec.items
    .map((it) => itemValidation(`${valueLetter}${found.get(it.key)}`, it))
    .filter((v) => v !== null);
  const appendRows = missing.map((it) => [it.label, defaultOf(it.key)]);
  if (missing.length)
    log.did(`На лист «${grid.name}» добавлены строки: ${missing.map((it) => `«${it.label}»`).join(", ")}.`);
  const table = tablesOn(snapshot, grid.name).find((t) => t.row === header.row && t.col === labelCol);
  return {
    name: grid.name,
    mode: "update",
    tables: [
      table
        ? { kind: "existing", name: table.name, appendColumns: [], appendRows, formats: {} }
        : {
            kind: "fromRange",
            name: snapshot.tables.some((t) => t.name === spec.table) ? `${spec.table}_1` : spec.table,
            row: header.row,
            col: labelCol,
            lastCol: valueCol,
            lastRow: Math.max(last, header.row + 1),
            appendColumns: [],
            appendRows,
            formats: {},
            style: TABLE_STYLE,
          },
    ],
    cellValidations,
    freezeRows: header.row,
  };
}

export function structurePlan(snapshot: StructureSnapshot): StructureResult {
  const log = new StructureLog();
  const settingDefaults = new Map(settingsCatalogue.map((s) => [s.key as string, s.default]));
  const sheets: (SheetPlan | null)[] = [
    repairKeyValueSheet(
      snapshot,
      infoSheet,
      () => infoSheetPlan(),
      () => null,
      log,
    ),
    repairKeyValueSheet(
      snapshot,
      settingsSheet,
      settingsSheetPlan,
      (k) => {
        const v = settingDefaults.get(k);
        return typeof v === "boolean" ? (v ? "да" : "нет") : (v ?? null);
      },
      log,
    ),
    ...listSheets.map((s) => repairListSheet(snapshot, s, log)),
  ];
  const lookupsExist = snapshot.sheets.some((s) => s.name === LOOKUPS_SHEET);
  // The lists are generated: rewritten in place (not deleted), so dropdowns never point at a missing sheet.
  sheets.push({ ...lookupsSheetPlan(), mode: lookupsExist ? "update" : "create" });
  log.did(
    lookupsExist
      ? "Обновлены списки на листе «Справочники»."
      : "Создан скрытый лист «Справочники» со списками.",
  );
  log.did("Проверки ввода, выпадающие списки и форматы дат восстановлены.");
  return {
    plan: { sheets: sheets.filter((s) => s !== null), activate: infoSheet.name },
    summary: log.done,
    notes: log.notes,
    untouched: log.untouched,
  };
}
