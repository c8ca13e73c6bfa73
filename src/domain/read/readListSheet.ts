/**
 * Reading one list sheet («Наставники», «Наставляемые», «Пары», «План») from its grid.
 */
import type { RawCell, SheetGrid } from "../grid";
import type { Issue } from "../issues";
import type { CellRead, RowRead, SheetRead } from "../model/sheetRead";
import type { ColumnSpec, ColumnType } from "../template/columns";
import { qualificationLevels } from "../template/enums";
import type { ListSheetSpec } from "../template/sheets";
import { normalizeEnum } from "../text/normalize";
import { displayOf, readDate, readEnum, readNumber, readText, readYesNo, type Read } from "../values/parse";
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
  const present = spec.columns.filter((c) => match.columns.has(c.key));
  const rows: RowRead[] = [];
  const lastIndex = grid.rows.length - 1;
  for (let i = match.row - grid.firstRow + 1; i <= lastIndex; i++) {
    const rowNumber = grid.firstRow + i;
    const cells: Record<string, CellRead> = {};
    let anyValue = false;
    for (const c of present) {
      const col = match.columns.get(c.key)!;
      const raw = grid.rows[i][col - grid.firstCol] ?? null;
      const read = readCell(raw, c.type, date1904);
      if (read.state !== "empty") anyValue = true;
      cells[c.key] = { raw, col, read };
    }
    if (anyValue) rows.push({ row: rowNumber, cells });
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
