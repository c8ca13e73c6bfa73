/**
 * Reading a filled product form (forms.md (a), "Reading a filled form"): the sheet «Форма
 * мониторинга» with a header row among its first 20 whose A, B and D read «Показатель (id)»,
 * «Часть», «Значение». Rows are identified by (A, B), not by their number — a school may insert,
 * delete or reorder rows; a pair met twice counts once (the upper row); unknown pairs are ignored.
 */
import type { InputOptions, ConsolidationInput } from "../consolidation/input";
import type { SheetGrid, WorkbookGrid } from "../grid";
import { columnLetter } from "../issues";
import type { Place } from "../rules/define";
import { infoSheet } from "../template/keyValue";
import { normalizeHeader } from "../text/normalize";
import { displayOf, readDate } from "../values/parse";
import type { ReadPart } from "./formFigures";
import { type FormIdentification, type FormItem, formCodeMissing, formInput } from "./formInput";
import { partOf, isKpiId } from "./formParts";
import { FORM_HEADERS, FORM_SHEET } from "./formPlan";

const HEADER_ROWS = 20;
const [ID_HEADER, PART_HEADER, , VALUE_HEADER] = FORM_HEADERS.map(normalizeHeader);

/** The form sheet of a workbook and its header row (index into `rows`), or null. */
export function productFormSheet(grid: WorkbookGrid): { sheet: SheetGrid; header: number } | null {
  const name = normalizeHeader(FORM_SHEET);
  for (const sheet of grid.sheets) {
    if (normalizeHeader(sheet.name) !== name) continue;
    const header = headerRowOf(sheet);
    if (header !== null) return { sheet, header };
  }
  return null;
}

/** Column A of the worksheet is `rows[i][1 - firstCol]`; a used range starting right of A has none. */
const cellAt = (sheet: SheetGrid, i: number, col: number) => sheet.rows[i]?.[col - sheet.firstCol] ?? null;
const textAt = (sheet: SheetGrid, i: number, col: number) => displayOf(cellAt(sheet, i, col));

function headerRowOf(sheet: SheetGrid): number | null {
  const last = Math.min(sheet.rows.length, HEADER_ROWS - sheet.firstRow + 1);
  for (let i = 0; i < last; i++) {
    const head = (col: number) => normalizeHeader(textAt(sheet, i, col) ?? "");
    if (head(1) === ID_HEADER && head(2) === PART_HEADER && head(4) === VALUE_HEADER) return i;
  }
  return null;
}

const ITEM_KEYS = ["code", "name", "municipality", "asOf"] as const;
type ItemKey = (typeof ITEM_KEYS)[number];
const itemByLabel = new Map(
  ITEM_KEYS.map((key) => [normalizeHeader(infoSheet.items.find((i) => i.key === key)!.label), key]),
);

export function readProductForm(
  file: string,
  grid: WorkbookGrid,
  found: { sheet: SheetGrid; header: number },
  opts: InputOptions,
): ConsolidationInput {
  const { sheet, header } = found;
  const place = (i: number | null, col: number): Place => ({
    sheet: sheet.name,
    sheetInFile: sheet.name,
    row: i === null ? null : sheet.firstRow + i,
    column: columnLetter(col),
    col: i === null ? null : col,
    value: i === null ? null : displayOf(cellAt(sheet, i, col)),
  });

  const items = new Map<ItemKey, number>();
  for (let i = 0; i < header; i++) {
    const key = itemByLabel.get(normalizeHeader(textAt(sheet, i, 1) ?? ""));
    if (key !== undefined && !items.has(key)) items.set(key, i);
  }
  const itemText = (key: ItemKey) => {
    const i = items.get(key);
    return i === undefined ? null : textAt(sheet, i, 2);
  };
  const codeRow = items.get("code") ?? null;
  const code: FormItem = { text: itemText("code"), at: place(codeRow, 2) };
  const dateRow = items.get("asOf");
  const date = dateRow === undefined ? null : readDate(cellAt(sheet, dateRow, 2), grid.date1904);
  const id: FormIdentification = {
    code,
    name: itemText("name"),
    municipality: itemText("municipality"),
    asOf: date?.state === "ok" ? date.value : null,
    asOfWhere: dateRow === undefined ? `лист «${sheet.name}»` : `${sheet.name}!B${sheet.firstRow + dateRow}`,
  };

  const parts = new Map<string, ReadPart>();
  for (let i = header + 1; i < sheet.rows.length; i++) {
    const idText = textAt(sheet, i, 1);
    const token = textAt(sheet, i, 2);
    if (idText === null || token === null || !isKpiId(idText)) continue;
    const part = partOf(idText, token);
    if (part === null) continue;
    const key = `${part.id}|${part.token}`;
    if (parts.has(key)) continue; // a pair met twice counts once: the upper row
    parts.set(key, {
      part,
      cells: [{ sheet: sheet.name, row: sheet.firstRow + i, col: 4, raw: cellAt(sheet, i, 4) }],
      constant: null,
      prefilled: part.prefilled,
    });
  }

  const own = code.text === null ? [formCodeMissing(code.at)] : [];
  return formInput(file, id, { parts: [...parts.values()], unresolved: new Map(), mapped: false }, own, opts);
}
