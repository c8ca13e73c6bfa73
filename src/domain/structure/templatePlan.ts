/**
 * Template v1 as a write plan: the sheets, tables, formats, dropdowns and prompts of workbook.md,
 * all generated from the catalogue. `nastavnik init` and the add-in's «Создать структуру» both
 * start from here.
 */
import { DATE_FORMAT, TEXT_FORMAT, type PlanValue, type SheetPlan, type WritePlan } from "../plan/writePlan";
import type { ColumnSpec } from "../template/columns";
import { infoSheet, settingsCatalogue, settingsSheet, type KeyValueSheetSpec } from "../template/keyValue";
import { listSheets, type ListSheetId, type ListSheetSpec } from "../template/sheets";
import { LOOKUPS_SHEET, lookupValues } from "./lookups";
import { columnValidation, itemValidation } from "./validation";

export const HEADER_FILL = "#1F6F5C";
export const TABLE_STYLE = "TableStyleMedium7";

export interface TemplateContent {
  /** Values of «Сведения» items by key (e.g. code, name, municipality, schoolYear). */
  readonly info?: Readonly<Record<string, PlanValue>>;
  /** Data rows per list sheet, in catalogue column order. */
  readonly rows?: Readonly<Partial<Record<ListSheetId, readonly (readonly PlanValue[])[]>>>;
}

/** Number format of a column: dates as ДД.ММ.ГГГГ, names and free text as text so nothing is evaluated. */
export function columnFormat(c: ColumnSpec): string | null {
  switch (c.type.kind) {
    case "date":
      return DATE_FORMAT;
    case "text":
    case "person":
    case "personRef":
      return TEXT_FORMAT;
    default:
      return null;
  }
}

export function listSheetPlan(spec: ListSheetSpec, rows: readonly (readonly PlanValue[])[] = []): SheetPlan {
  return {
    name: spec.name,
    mode: "create",
    tables: [
      {
        name: spec.table,
        row: 1,
        col: 1,
        headers: spec.columns.map((c) => c.header),
        rows,
        columnFormats: spec.columns.map(columnFormat),
        style: TABLE_STYLE,
      },
    ],
    columnWidths: spec.columns.map((c, i) => ({ col: i + 1, width: c.width })),
    freezeRows: 1,
    validations: spec.columns.map((c) => columnValidation(spec.table, c)).filter((v) => v !== null),
  };
}

function keyValueSheetPlan(spec: KeyValueSheetSpec, values: (key: string) => PlanValue): SheetPlan {
  return {
    name: spec.name,
    mode: "create",
    tables: [
      {
        name: spec.table,
        row: 1,
        col: 1,
        headers: [spec.labelHeader, spec.valueHeader],
        rows: spec.items.map((it) => [it.label, values(it.key)]),
        columnFormats: [TEXT_FORMAT, null],
        style: TABLE_STYLE,
      },
    ],
    columnWidths: [
      { col: 1, width: 52 },
      { col: 2, width: 44 },
    ],
    freezeRows: 1,
    cellValidations: spec.items.map((it, i) => itemValidation(`B${i + 2}`, it)).filter((v) => v !== null),
  };
}

export function infoSheetPlan(info: Readonly<Record<string, PlanValue>> = {}): SheetPlan {
  return keyValueSheetPlan(infoSheet, (k) => info[k] ?? null);
}

export function settingsSheetPlan(): SheetPlan {
  const defaults = new Map(settingsCatalogue.map((s) => [s.key as string, s.default]));
  return keyValueSheetPlan(settingsSheet, (k) => {
    const v = defaults.get(k);
    return typeof v === "boolean" ? (v ? "да" : "нет") : (v ?? null);
  });
}

export function lookupsSheetPlan(): SheetPlan {
  const values = lookupValues();
  return {
    name: LOOKUPS_SHEET,
    mode: "create",
    hidden: true,
    blocks: [
      { row: 1, col: 1, values: values.slice(0, 1), numberFormat: TEXT_FORMAT, style: { bold: true } },
      { row: 2, col: 1, values: values.slice(1), numberFormat: TEXT_FORMAT },
    ],
    columnWidths: values[0].map((_, i) => ({ col: i + 1, width: 34 })),
  };
}

/** The whole template in sheet order. */
export function templatePlan(content: TemplateContent = {}): WritePlan {
  return {
    sheets: [
      infoSheetPlan(content.info),
      settingsSheetPlan(),
      ...listSheets.map((s) => listSheetPlan(s, content.rows?.[s.id] ?? [])),
      lookupsSheetPlan(),
    ],
    activate: infoSheet.name,
  };
}

export const templateSheetNames: readonly string[] = [
  infoSheet.name,
  settingsSheet.name,
  ...listSheets.map((s) => s.name),
  LOOKUPS_SHEET,
];
