/**
 * Reading an .xlsx file into the domain's WorkbookGrid (browser and Node; no `fs` here — see
 * readFile.ts). Every problem of the file itself becomes an UnreadableWorkbookError (S003).
 */
import { Workbook } from "exceljs";
import type { WorkbookGrid } from "../domain/grid";
import { workbookDate1904 } from "./date1904";
import { UnreadableWorkbookError } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { openWorkbookZip } from "./openZip";
import type { DateContext } from "./rawCell";
import { sheetGridOf } from "./sheetGrid";
import { sniffFile } from "./sniff";
import { packageForReading } from "./strippedPackage";

/**
 * Worksheet parts the reader has no use for. Skipping them makes loading faster and avoids ExcelJS
 * crashes on files of other programs: tables with absolute part paths (openpyxl), drawings whose
 * relationships it cannot resolve. Hyperlinks are skipped so that a linked cell is its plain text.
 */
export const READ_IGNORED_NODES: readonly string[] = [
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

// Days between the 1900 and 1904 date systems' day zero.
const DAYS_1900_TO_1904 = 1462;

export async function readWorkbookGrid(data: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const bytes = ArrayBuffer.isView(data) ? data : new Uint8Array(data);
  checkBytes(bytes);
  const zip = await openWorkbookZip(bytes);
  const date1904 = await workbookDate1904(zip);
  const wb = await loadWorkbook(await packageForReading(zip, bytes));
  if (wb.worksheets.length === 0) throw new UnreadableWorkbookError("corrupt", "no worksheet could be read");
  return gridOfWorkbook(wb, date1904);
}

/**
 * The grid of a workbook already in memory. `date1904` is the file's real date system when the
 * caller knows better than ExcelJS (which misses LibreOffice's `date1904="true"`).
 */
export function gridOfWorkbook(wb: Workbook, date1904?: boolean): WorkbookGrid {
  const excelJs1904 = wb.properties?.date1904 === true;
  const actual = date1904 ?? excelJs1904;
  const dates: DateContext = {
    date1904: actual,
    shiftDays: actual === excelJs1904 ? 0 : actual ? DAYS_1900_TO_1904 : -DAYS_1900_TO_1904,
  };
  return { sheets: wb.worksheets.map((ws) => sheetGridOf(ws, dates)), date1904: actual };
}

function checkBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableWorkbookError("too-large");
  switch (sniffFile(bytes)) {
    case "empty":
      throw new UnreadableWorkbookError("empty");
    case "encrypted-ooxml":
      throw new UnreadableWorkbookError("encrypted");
    case "compound":
      throw new UnreadableWorkbookError("old-format");
    case "other":
      throw new UnreadableWorkbookError("not-zip");
    case "zip":
      return;
  }
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer, but hands it to JSZip, which takes any
    // Uint8Array (and Node Buffers) as they are — no copy needed.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: [...READ_IGNORED_NODES] });
  } catch (e) {
    throw new UnreadableWorkbookError("corrupt", e instanceof Error ? e.message : String(e));
  }
  return wb;
}
