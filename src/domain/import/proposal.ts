/**
 * What «Перенести лист» shows before anything is written: for a source sheet, the target, the
 * header row and its columns, which template column each is read into, and the constants the
 * import proposes (the order from the title line of an annex) — the same proposal the import
 * engine makes, so that the preview is what will be written.
 */
import type { SheetGrid } from "../grid";
import { cellAt } from "../read/headerRow";
import { headerColumns, listSheet, type ListSheetId } from "../template/sheets";
import { displayOf } from "../values/parse";
import { extraHeaderOf } from "./extraColumns";
import { baseColumns, orderAboveHeader, proposedConstants } from "./listSheetImport";
import { locateForImport } from "./locate";
import type { ImportTarget, SheetChoice } from "./model";
import { proposeTarget } from "./targets";
import type { TransformId } from "./transforms";

export interface SourceColumn {
  /** Worksheet column. */
  readonly col: number;
  /** The header cell's text («Столбец K» without one). */
  readonly header: string;
}

export interface SheetProposal {
  readonly target: ImportTarget | null;
  /** Why nothing is proposed (empty, generated, not recognised). */
  readonly reason: string | null;
  /** The header row (found, or the one given by hand); null when none is found. */
  readonly headerRow: number | null;
  /** The columns of the header row that have a header or a value below. */
  readonly columns: readonly SourceColumn[];
  /** Template or reading-only column key → the source column it is read from. */
  readonly map: Readonly<Record<string, number>>;
  /** Columns joined into ФИО (surname, given name, patronymic). */
  readonly nameColumns: readonly number[];
  /**
   * A base of mentors or mentees that names the other side: the «Пары» column key → source column
   * of the pairs it gives (cli.md "Import" 5); null for other sheets.
   */
  readonly pairsMap: Readonly<Record<string, number>> | null;
  /** Constants the import proposes for the target's columns, as text. */
  readonly constants: Readonly<Record<string, string>>;
  /** The title cell the proposed order comes from («A1»), if any. */
  readonly orderCell: string | null;
  /** The first and last worksheet rows the header row may be chosen among. */
  readonly rows: { readonly first: number; readonly last: number } | null;
}

function sourceColumns(grid: SheetGrid, headerRow: number): SourceColumn[] {
  const cols = new Set<number>();
  for (let i = headerRow - grid.firstRow; i < grid.rows.length; i++)
    grid.rows[i]?.forEach((c, j) => {
      if (displayOf(c) !== null) cols.add(grid.firstCol + j);
    });
  return [...cols]
    .sort((a, b) => a - b)
    .map((col) => ({ col, header: extraHeaderOf(displayOf(cellAt(grid, headerRow, col)), col) }));
}

export function proposeSheet(
  grid: SheetGrid,
  choice: SheetChoice,
  off: ReadonlySet<TransformId>,
): SheetProposal {
  const auto = proposeTarget(grid);
  const target = choice.target !== undefined ? choice.target : auto.target;
  const rows =
    grid.rows.length > 0 ? { first: grid.firstRow, last: grid.firstRow + grid.rows.length - 1 } : null;
  const none = (reason: string | null): SheetProposal => ({
    target,
    reason,
    headerRow: choice.headerRow ?? null,
    columns: choice.headerRow === undefined ? [] : sourceColumns(grid, choice.headerRow),
    map: {},
    nameColumns: [],
    pairsMap: null,
    constants: {},
    orderCell: null,
    rows,
  });
  if (target === null) return none(auto.target === null ? auto.reason : null);
  if (target === "info" || target === "settings")
    return none("«Сведения» и «Настройки» переносятся командой nastavnik import");
  const spec = listSheet(target);
  const loc = locateForImport(grid, spec, { headerRow: choice.headerRow, columns: choice.columns, off });
  if (loc === null) return none("не найдена строка заголовков: укажите её");
  const map: Record<string, number> = {};
  for (const [key, col] of loc.columns) if (headerColumns(spec).some((c) => c.key === key)) map[key] = col;
  const order = target === "pairs" ? orderAboveHeader(grid, loc.headerRow) : null;
  return {
    target,
    reason: null,
    headerRow: loc.headerRow,
    columns: sourceColumns(grid, loc.headerRow),
    map,
    nameColumns: loc.nameColumns,
    pairsMap: pairsMapOf(grid, target, loc.headerRow, off),
    constants: proposedConstants(grid, spec, loc),
    orderCell: order?.cell ?? null,
    rows,
  };
}

function pairsMapOf(
  grid: SheetGrid,
  target: ListSheetId,
  headerRow: number,
  off: ReadonlySet<TransformId>,
): Record<string, number> | null {
  const columns = baseColumns(grid, target, headerRow, off);
  return columns === null ? null : Object.fromEntries(columns);
}

/** The list sheets a proposal's target may be changed to. */
export const LIST_TARGETS: readonly ListSheetId[] = ["mentors", "mentees", "pairs", "plan"];
