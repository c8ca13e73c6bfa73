/**
 * The reader this project had before its streaming one, kept in the tests as the reference: ExcelJS
 * loads the package (given only the parts it reads: it crashes on some drawings and comments of
 * other programs) and each ExcelJS cell becomes a RawCell. Formula cells give their cached result,
 * rich text and hyperlinks their plain text, errors their text. Its date system is ExcelJS's own
 * reading of it (which misses LibreOffice's `date1904="true"`), and it knows nothing of hidden
 * rows, merges or filters: the equivalence tests compare names and rows, and say so wherever the
 * reference itself is wrong.
 */
import { type Cell, ValueType, Workbook, type Worksheet } from "exceljs";
import JSZip from "jszip";
import { type RawCell, type SheetGrid, type WorkbookGrid, rawDate, rawError } from "../../../src/domain/grid";
import { dayFromSerial, isoOf } from "../../../src/domain/values/dates";
import { isDateFormat } from "../../../src/domain/values/numberFormat";

const IGNORED_NODES = [
  "tableParts",
  "drawing",
  "picture",
  "hyperlinks",
  "mergeCells",
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "autoFilter",
  "cols",
  "rowBreaks",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "sheetProtection",
];

const READ_PARTS =
  /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

const MS_PER_DAY = 86_400_000;

export async function excelJsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir && !READ_PARTS.test(name.replace(/^\//, ""))) zip.remove(name);
  }
  const wb = new Workbook();
  const stripped = await zip.generateAsync({ type: "uint8array" });
  await wb.xlsx.load(stripped as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  return excelJsGridOfWorkbook(wb);
}

/** The grid of a workbook ExcelJS holds in memory (what the writer made, before it is saved). */
export function excelJsGridOfWorkbook(wb: Workbook): WorkbookGrid {
  const date1904 = wb.properties?.date1904 === true;
  return { sheets: wb.worksheets.map((ws) => sheetGridOf(ws, date1904)), date1904 };
}

function sheetGridOf(ws: Worksheet, date1904: boolean): SheetGrid {
  const rows: (readonly RawCell[])[] = [];
  let firstRow = 0;
  let firstCol = Number.POSITIVE_INFINITY;
  ws.eachRow((row, rowNumber) => {
    let cells = null as RawCell[] | null;
    row.eachCell((cell, colNumber) => {
      const value = rawCellOf(cell, date1904);
      if (value === null) return;
      if (cells === null) cells = [];
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
      if (colNumber < firstCol) firstCol = colNumber;
    });
    if (cells === null) return;
    if (firstRow === 0) firstRow = rowNumber;
    while (rows.length < rowNumber - firstRow) rows.push([]);
    rows.push(cells);
  });
  if (firstRow === 0) return { name: ws.name, firstRow: 1, firstCol: 1, rows: [] };
  const skip = firstCol - 1;
  return { name: ws.name, firstRow, firstCol, rows: rows.map((r) => (r.length === 0 ? r : r.slice(skip))) };
}

function rawCellOf(cell: Cell, date1904: boolean): RawCell {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Formula:
      // `cell.result`, not `cell.value.result`: ExcelJS's formula value drops falsy results (0, false, "").
      return scalarOf(cell.result as unknown, cell, date1904);
    default:
      return scalarOf(cell.value, cell, date1904);
  }
}

function scalarOf(v: unknown, cell: Cell, date1904: boolean): RawCell {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
      return v === "" ? null : v;
    case "number": {
      if (!Number.isFinite(v)) return null;
      const day = isDateFormat(cell.numFmt) ? dayFromSerial(v, date1904) : null;
      return day === null ? v : rawDate(isoOf(day));
    }
    case "boolean":
      return v;
    case "object":
      return objectOf(v as object, cell, date1904);
    default:
      return null;
  }
}

function objectOf(v: object, cell: Cell, date1904: boolean): RawCell {
  if (v instanceof Date) {
    const ms = v.getTime();
    return Number.isNaN(ms) ? null : rawDate(isoOf(Math.floor(ms / MS_PER_DAY)));
  }
  if ("error" in v) return rawError(String(v.error));
  if ("richText" in v && Array.isArray(v.richText)) {
    const s = (v.richText as readonly { text?: unknown }[])
      .map((r) => (typeof r.text === "string" ? r.text : ""))
      .join("");
    return s === "" ? null : s;
  }
  if ("hyperlink" in v) return "text" in v ? scalarOf(v.text, cell, date1904) : null;
  if ("result" in v) return scalarOf(v.result, cell, date1904);
  return null;
}
