/**
 * Reading one list sheet («Наставники», «Наставляемые», «Пары», «План») from its grid.
 */
import type { RawCell, SheetGrid } from "../grid";
import type { Issue } from "../issues";
import { RowRead, type ColumnLayout, type SheetRead } from "../model/sheetRead";
import type { ColumnSpec, ColumnType } from "../template/columns";
import { qualificationLevels } from "../template/enums";
import type { ListSheetSpec } from "../template/sheets";
import { normalizeEnum } from "../text/normalize";
import {
  displayOf,
  EMPTY,
  readDate,
  readEnum,
  readNumber,
  readText,
  readYesNo,
  type Read,
} from "../values/parse";
import { cellAt, findHeaderRow, type HeaderMatch } from "./headerRow";
import { structureIssue } from "./structureIssues";

export function readCell(raw: RawCell, type: ColumnType, date1904: boolean): Read<unknown> {
  switch (type.kind) {
    case "text":
    case "person":
    case "personRef":
      return readText(raw);
    case "date":
      return readDate(raw, date1904);
    case "number":
      return readNumber(raw);
    case "yesno":
      return readYesNo(raw);
    case "enum":
      return readEnum(raw, type.spec.lookup);
  }
}

/**
 * «Наставники» may have two columns headed «Категория»: the one most of whose non-empty values are
 * qualification levels is the qualification column (workbook.md).
 */
function splitCategoryColumns(sheet: SheetGrid, spec: ListSheetSpec, match: HeaderMatch): HeaderMatch {
  const cols = match.duplicates.get("category");
  if (spec.id !== "mentors" || !cols || match.columns.has("qualification")) return match;
  const share = (col: number): number => {
    let filled = 0;
    let levels = 0;
    for (let r = match.row + 1; r < sheet.firstRow + sheet.rows.length; r++) {
      const t = displayOf(cellAt(sheet, r, col));
      if (t === null) continue;
      filled++;
      if (qualificationLevels.lookup.has(normalizeEnum(t))) levels++;
    }
    return filled === 0 ? 0 : levels / filled;
  };
  const qualification = cols.reduce((best, c) => (share(c) > share(best) ? c : best), cols[0]);
  // "Most of whose values": without a majority of levels no column qualifies, and the general
  // rule applies (the leftmost «Категория» is used, the other is unknown).
  if (share(qualification) <= 0.5) return match;
  const columns = new Map(match.columns);
  columns.set("qualification", qualification);
  columns.set(
    "category",
    cols.find((c) => c !== qualification)!,
  );
  return { ...match, columns };
}

/** Where the columns found on a sheet are, with the reader of each. */
function layoutOf(
  spec: ListSheetSpec,
  columns: ReadonlyMap<string, number>,
  firstCol: number,
  date1904: boolean,
): { layout: ColumnLayout; readers: ((raw: RawCell) => Read<unknown>)[] } {
  const present = spec.columns.filter((c) => columns.has(c.key));
  const cols = present.map((c) => columns.get(c.key)!);
  return {
    layout: {
      keys: present.map((c) => c.key),
      cols,
      indexes: cols.map((col) => col - firstCol),
      positions: new Map(present.map((c, i) => [c.key, i])),
    },
    readers: present.map((c) => (raw: RawCell) => readCell(raw, c.type, date1904)),
  };
}

export interface ListSheetResult {
  readonly sheet: SheetRead | null;
  readonly issues: readonly Issue[];
}

export function readListSheet(grid: SheetGrid, spec: ListSheetSpec, date1904: boolean): ListSheetResult {
  const found = findHeaderRow(grid, spec.columns);
  if (!found) {
    return {
      sheet: null,
      issues: spec.columns.filter((c) => c.required).map((c) => missingColumn(spec, grid.name, c)),
    };
  }
  const match = splitCategoryColumns(grid, spec, found);
  const issues = spec.columns
    .filter((c) => c.required && !match.columns.has(c.key))
    .map((c) => missingColumn(spec, grid.name, c));
  const { layout, readers } = layoutOf(spec, match.columns, grid.firstCol, date1904);
  const rows: RowRead[] = [];
  for (let i = match.row - grid.firstRow + 1; i < grid.rows.length; i++) {
    const gridRow = grid.rows[i];
    const reads = new Array<Read<unknown>>(readers.length);
    let anyValue = false;
    for (let k = 0; k < readers.length; k++) {
      const raw = gridRow[layout.indexes[k]] ?? null;
      const read = raw === null ? EMPTY : readers[k](raw);
      if (read.state !== "empty") anyValue = true;
      reads[k] = read;
    }
    if (anyValue) rows.push(new RowRead(grid.firstRow + i, layout, gridRow, reads));
  }
  return {
    sheet: { spec, nameInFile: grid.name, headerRow: match.row, columns: match.columns, rows },
    issues,
  };
}

function missingColumn(spec: ListSheetSpec, nameInFile: string, c: ColumnSpec): Issue {
  return structureIssue(
    "S002",
    spec.name,
    nameInFile,
    c.header,
    `На листе «${spec.name}» нет обязательного столбца «${c.header}». Добавьте столбец с этим заголовком в строку заголовков.`,
  );
}
