/**
 * The mapping of a region's own form (forms.md (b), `consolidate --form-map`): the sheet
 * «Соответствие» (else the first sheet) of a workbook, header in row 1, one line per value to take —
 * a KPI part or an identification item, from a cell address, an indicator label to find, or a
 * constant. A malformed mapping is a usage error (nothing is consolidated): every problem is listed
 * with its row. What can only be checked on a form (a sheet, an address, a label) is C007 there.
 *
 * The result is plain data: it crosses to the CLI's reader threads and the pane's parse worker.
 */
import type { RawCell, WorkbookGrid } from "../grid";
import type { KpiId } from "../kpi/types";
import { normalizeHeader, normalizeSheetName } from "../text/normalize";
import { displayOf } from "../values/parse";
import { readFormValue } from "./formValues";
import { isKpiId, partOf } from "./formParts";

export const MAP_SHEET = "Соответствие";

export const MAP_HEADERS = {
  id: "Показатель (id)",
  part: "Часть",
  cell: "Ячейка",
  label: "Наименование в форме",
  sheet: "Лист",
  labelCol: "Столбец наименований",
  valueCol: "Столбец значений",
  constant: "Константа",
} as const;
type MapColumn = keyof typeof MAP_HEADERS;

/** The identification items a line may fill (forms.md): `school` and the form's own date. */
export const MAP_ITEMS = ["code", "name", "municipality", "asOf"] as const;
export type MapItem = (typeof MAP_ITEMS)[number];

export type MapTarget =
  | { readonly kind: "kpi"; readonly id: KpiId; readonly token: string }
  | { readonly kind: "item"; readonly key: MapItem };

export type MapSource =
  /** As written: `Лист!C7`, `'Лист с пробелами'!C7` or `C7` (checked on each form: C007). */
  | { readonly kind: "cell"; readonly address: string; readonly sheet: string | null }
  | {
      readonly kind: "label";
      readonly label: string;
      readonly sheet: string | null;
      /** Column number of the labels; null = any cell of the row. */
      readonly labelCol: number | null;
      readonly valueCol: number;
    }
  | { readonly kind: "constant"; readonly value: number };

export interface FormMapLine {
  /** Worksheet row of the line in the mapping. */
  readonly row: number;
  readonly target: MapTarget;
  readonly source: MapSource;
}

export interface FormMap {
  /** The mapping's sheet name in its file (for C007's `sheetInFile`). */
  readonly sheet: string;
  readonly lines: readonly FormMapLine[];
}

export type FormMapRead =
  { readonly ok: true; readonly map: FormMap } | { readonly ok: false; readonly errors: string[] };

/** «числитель», «знаменатель», «значение» stand for the first three parts (forms.md). */
const RUSSIAN_PARTS: Record<string, string> = {
  числитель: "numerator",
  знаменатель: "denominator",
  значение: "value",
};

/** «C», «AB» → its number; null when the text is no column letter of a sheet (A–XFD). */
export function columnNumber(letters: string): number | null {
  const t = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(t)) return null;
  let n = 0;
  for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16_384 ? n : null;
}

export function readFormMap(grid: WorkbookGrid): FormMapRead {
  const sheet =
    grid.sheets.find((s) => normalizeSheetName(s.name) === normalizeSheetName(MAP_SHEET)) ?? grid.sheets[0];
  if (sheet === undefined) return { ok: false, errors: ["В файле соответствия нет ни одного листа."] };
  const where = `лист «${sheet.name}»`;
  if (sheet.firstRow !== 1)
    return {
      ok: false,
      errors: [`${where}: в строке 1 нет заголовков (${MAP_HEADERS.id}, ${MAP_HEADERS.part}, …).`],
    };
  const header = sheet.rows[0] ?? [];
  const cols = new Map<MapColumn, number>();
  header.forEach((cell, j) => {
    const h = normalizeHeader(displayOf(cell) ?? "");
    for (const [key, name] of Object.entries(MAP_HEADERS) as [MapColumn, string][])
      if (h === normalizeHeader(name) && !cols.has(key)) cols.set(key, sheet.firstCol + j);
  });
  const errors: string[] = [];
  for (const key of ["id", "part"] as const)
    if (!cols.has(key)) errors.push(`${where}: нет столбца «${MAP_HEADERS[key]}» в строке 1.`);
  if (!cols.has("cell") && !cols.has("label") && !cols.has("constant"))
    errors.push(
      `${where}: нет ни одного из столбцов «${MAP_HEADERS.cell}», «${MAP_HEADERS.label}», «${MAP_HEADERS.constant}» в строке 1.`,
    );
  if (errors.length > 0) return { ok: false, errors };

  const lines: FormMapLine[] = [];
  for (let i = 1; i < sheet.rows.length; i++) {
    const row = sheet.firstRow + i;
    const cellOf = (key: MapColumn) => {
      const c = cols.get(key);
      return c === undefined ? null : (sheet.rows[i]?.[c - sheet.firstCol] ?? null);
    };
    const text = (key: MapColumn) => displayOf(cellOf(key));
    if ((Object.keys(MAP_HEADERS) as MapColumn[]).every((k) => text(k) === null)) continue;
    const line = lineOf(row, text, cellOf);
    if (typeof line === "string") errors.push(`${where}, строка ${row}: ${line}`);
    else lines.push(line);
  }
  if (errors.length === 0 && lines.length === 0) errors.push(`${where}: нет ни одной строки соответствия.`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, map: { sheet: sheet.name, lines } };
}

/** One line, or the Russian reason it is malformed. */
function lineOf(
  row: number,
  text: (key: MapColumn) => string | null,
  cell: (key: MapColumn) => RawCell,
): FormMapLine | string {
  const id = text("id");
  if (id === null) return `не указан «${MAP_HEADERS.id}».`;
  const partText = text("part");
  let target: MapTarget;
  let role: "count" | "mean" = "count";
  if ((MAP_ITEMS as readonly string[]).includes(id)) {
    if (partText !== null)
      return `у строки «${id}» (сведения об ОО) «${MAP_HEADERS.part}» должна быть пустой, а в ней «${partText}».`;
    target = { kind: "item", key: id as MapItem };
  } else if (isKpiId(id)) {
    if (partText === null) return `не указана «${MAP_HEADERS.part}» показателя «${id}».`;
    const part = partOf(id, RUSSIAN_PARTS[partText.toLowerCase()] ?? partText);
    if (part === null) return `у показателя «${id}» нет части «${partText}».`;
    target = { kind: "kpi", id, token: part.token };
    role = part.role;
  } else {
    return `неизвестный показатель «${id}»: нужен id из каталога показателей или code, name, municipality, asOf.`;
  }

  const given = (["cell", "label", "constant"] as const).filter((k) => text(k) !== null);
  if (given.length !== 1)
    return given.length === 0
      ? `нужно одно из: «${MAP_HEADERS.cell}», «${MAP_HEADERS.label}», «${MAP_HEADERS.constant}».`
      : `указано сразу несколько источников (${given.map((k) => `«${MAP_HEADERS[k]}»`).join(", ")}): оставьте один.`;
  const sheet = text("sheet");
  switch (given[0]) {
    case "cell":
      return { row, target, source: { kind: "cell", address: text("cell")!, sheet } };
    case "label": {
      const valueText = text("valueCol");
      if (valueText === null)
        return `для «${MAP_HEADERS.label}» нужен «${MAP_HEADERS.valueCol}» (буква столбца).`;
      const valueCol = columnNumber(valueText);
      if (valueCol === null) return `«${MAP_HEADERS.valueCol}»: «${valueText}» — не буква столбца.`;
      const labelText = text("labelCol");
      const labelCol = labelText === null ? null : columnNumber(labelText);
      if (labelText !== null && labelCol === null)
        return `«${MAP_HEADERS.labelCol}»: «${labelText}» — не буква столбца.`;
      return { row, target, source: { kind: "label", label: text("label")!, sheet, labelCol, valueCol } };
    }
    case "constant": {
      if (target.kind !== "kpi")
        return `«${MAP_HEADERS.constant}» задаётся только для показателя, а не для «${id}».`;
      const v = readFormValue(cell("constant"), { role, mapped: true });
      if (v.state !== "ok")
        return `«${MAP_HEADERS.constant}»: «${text("constant")}» — ${role === "mean" ? "нужна оценка от 1 до 10" : "нужно целое число от 0"}.`;
      return { row, target, source: { kind: "constant", value: v.value } };
    }
  }
}
