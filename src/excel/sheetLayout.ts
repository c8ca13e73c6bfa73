/**
 * What spec v2 reads besides values (workbook.md, "Data rows"): which rows are hidden — their own
 * flag or a collapsed outline group — whether an AutoFilter hides rows (then hidden rows are
 * data), and the merged ranges. All of it is queued in the same sync as the values.
 *
 * - Hidden rows: the visible cells of the used range (`getSpecialCellsOrNullObject`, ExcelApi 1.9)
 *   are the rows shown; the other rows of the used range are hidden.
 * - Filter: `worksheet.autoFilter.isDataFiltered` (ExcelApi 1.9).
 * - Merged ranges: `getMergedAreasOrNullObject` (ExcelApi 1.13); without it the pane says that
 *   merged cells are not filled down in this Excel.
 */
import type { CellRect, SheetGrid } from "../domain/grid";
import { areasOf } from "./address";
import { officeHas } from "./hostSupport";

export interface LayoutSupport {
  /** Hidden rows and the AutoFilter: ExcelApi 1.9. */
  readonly hidden: boolean;
  /** Merged ranges: ExcelApi 1.13. */
  readonly merges: boolean;
}

export function layoutSupport(): LayoutSupport {
  return { hidden: officeHas("hiddenRows"), merges: officeHas("mergedCells") };
}

export interface PendingLayout {
  readonly visible: Excel.RangeAreas | null;
  readonly merged: Excel.RangeAreas | null;
  readonly filter: Excel.AutoFilter | null;
}

/**
 * Queues the layout reads of a sheet. They run on the sheet's used range by values, which Excel
 * gives as A1 for an empty sheet (not a null object, on which the calls would fail the batch).
 */
export function queueLayout(
  context: Excel.RequestContext,
  sheet: string,
  support: LayoutSupport,
): PendingLayout {
  const ws = context.workbook.worksheets.getItem(sheet);
  const area = ws.getUsedRange(true);
  let visible: Excel.RangeAreas | null = null;
  let filter: Excel.AutoFilter | null = null;
  let merged: Excel.RangeAreas | null = null;
  if (support.hidden) {
    visible = area.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible);
    visible.load("address");
    filter = ws.autoFilter.load("isDataFiltered");
  }
  if (support.merges) {
    merged = area.getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { visible, merged, filter };
}

/** The rows of [first, last] no visible area covers. */
function hiddenRowsOf(first: number, last: number, visible: readonly CellRect[]): number[] {
  const shown = new Set<number>();
  for (const a of visible)
    for (let r = Math.max(a.top, first); r <= Math.min(a.bottom, last); r++) shown.add(r);
  const hidden: number[] = [];
  for (let r = first; r <= last; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}

/** The grid's layout fields from what the sync answered. */
export function layoutOf(
  p: PendingLayout,
  grid: Pick<SheetGrid, "firstRow" | "rows">,
): Pick<SheetGrid, "hiddenRows" | "merges" | "filterActive"> {
  const out: { hiddenRows?: number[]; merges?: CellRect[]; filterActive?: boolean } = {};
  if (p.visible) {
    const last = grid.firstRow + grid.rows.length - 1;
    const areas = p.visible.isNullObject ? [] : areasOf(p.visible.address);
    out.hiddenRows = grid.rows.length === 0 ? [] : hiddenRowsOf(grid.firstRow, last, areas);
  }
  if (p.filter) out.filterActive = p.filter.isDataFiltered;
  if (p.merged) out.merges = p.merged.isNullObject ? [] : areasOf(p.merged.address);
  return out;
}
