/**
 * One worksheet part, streamed into a SheetGrid: `<sheetData>` row by row and cell by cell, then
 * `<mergeCells>`, the outline settings and the `<autoFilter>`. Rows and cells without `r=`
 * (ECMA-376 allows it; some writers do it) take the position after the previous one. Hyperlinks,
 * formulas' text, validation, formatting and drawings are skipped: a cell is its value.
 *
 * `filterActive`: the sheet's `<autoFilter>` has a `<filterColumn>` with a condition in it (values,
 * custom, top 10, dynamic, colour or icon filter). A filter on an Excel table lives in the table's
 * own part: when the sheet has hidden rows — the only case where it matters — its tables' filters
 * are read too (see readWorkbook.ts).
 */
import type { RawCell, SheetGrid } from "../domain/grid";
import { EXCEL_MAX_ROWS, columnOfRef, parseRange } from "./address";
import type { CellBudget } from "./cellBudget";
import type { CellValues } from "./cellValues";
import { UnreadableWorkbookError } from "./errors";
import { relationshipIdOf } from "./relationships";
import { SheetBuilder } from "./sheetBuilder";
import { isTrue } from "./workbookPart";
import { decodeXString } from "./xstring";
import type { Attributes, XmlHandler } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipEntry } from "./zipDirectory";
import type { ZipPackage } from "./zipPackage";

export interface WorksheetRead {
  readonly grid: SheetGrid;
  /** `r:id`s of the sheet's `<tablePart>`s, for their filters. */
  readonly tableRelIds: readonly string[];
}

// What text is being collected.
const NONE = 0;
const VALUE = 1;
const INLINE = 2;

export function readWorksheet(
  pkg: ZipPackage,
  entry: ZipEntry,
  name: string,
  values: CellValues,
  budget: CellBudget,
): WorksheetRead {
  const sheet = new SheetBuilder(name, budget);
  const tableRelIds: string[] = [];
  let inData = false;
  let row = 0;
  let col = 0;
  // The current cell.
  let type: string | undefined;
  let style = 0;
  let v: string | null = null;
  let inline: string | null = null;
  let collecting = NONE;
  let phonetic = 0;
  // <autoFilter> and its <filterColumn>.
  let inFilter = false;
  let inFilterColumn = false;

  const handler: XmlHandler = {
    open(tag: string, a: Attributes) {
      switch (tag) {
        case "c": {
          const r = a.r;
          if (r === undefined) col++;
          else {
            col = columnOfRef(r);
            if (col === 0)
              throw new UnreadableWorkbookError("corrupt", `${entry.name}: cell reference «${r}»`);
          }
          type = a.t;
          style = a.s === undefined ? 0 : Number(a.s);
          v = null;
          inline = null;
          return;
        }
        case "v":
          collecting = VALUE;
          v = "";
          return;
        case "t":
          if (inline !== null && phonetic === 0) collecting = INLINE;
          return;
        case "is":
          inline = "";
          return;
        case "rPh":
          phonetic++;
          return;
        case "row": {
          row = a.r === undefined ? row + 1 : Number(a.r);
          if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS) {
            throw new UnreadableWorkbookError("corrupt", `${entry.name}: row number «${a.r}»`);
          }
          col = 0;
          sheet.startRow(row, isTrue(a.hidden), Number(a.outlineLevel ?? 0) || 0, isTrue(a.collapsed));
          return;
        }
        case "sheetData":
          inData = true;
          return;
        case "mergeCell": {
          const rect = a.ref === undefined ? null : parseRange(a.ref);
          if (rect !== null) sheet.merge(rect);
          return;
        }
        case "outlinePr":
          if (a.summaryBelow !== undefined) sheet.summaryBelow = isTrue(a.summaryBelow);
          return;
        case "autoFilter":
          if (!inData) inFilter = true;
          return;
        case "filterColumn":
          if (inFilter) inFilterColumn = true;
          return;
        case "tablePart": {
          const id = relationshipIdOf(a);
          if (id !== undefined) tableRelIds.push(id);
          return;
        }
        default:
          // Any element inside a <filterColumn> is a condition (filters, customFilters, top10, …).
          if (inFilterColumn) sheet.filterActive = true;
      }
    },
    close(tag: string) {
      switch (tag) {
        case "c": {
          if (!inData) return;
          const value: RawCell = values.of(type, style, v, inline === null ? null : decodeXString(inline));
          if (value !== null) sheet.cell(col, value);
          return;
        }
        case "v":
        case "t":
          collecting = NONE;
          return;
        case "rPh":
          phonetic--;
          return;
        case "row":
          sheet.endRow();
          return;
        case "sheetData":
          inData = false;
          return;
        case "autoFilter":
          inFilter = false;
          return;
        case "filterColumn":
          inFilterColumn = false;
          return;
      }
    },
    text(t: string) {
      if (collecting === VALUE) v += t;
      else if (collecting === INLINE) inline += t;
    },
  };
  parseXmlPart(pkg, entry, handler);
  return { grid: sheet.finish(), tableRelIds };
}
