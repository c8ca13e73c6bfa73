/**
 * Reading an .xlsx file into the domain's WorkbookGrid (browser and Node; no `fs` here — see
 * readFile.ts). A streaming reader: it opens the zip's directory, follows the package's
 * relationships to the workbook, its worksheets, shared strings and styles, and streams each part
 * it needs through fflate (inflate) and saxes (XML events) into the grids — never a whole workbook
 * object, never a part it does not need. Every problem of the file itself becomes an
 * UnreadableWorkbookError (S003) with its reason.
 */
import type { SheetGrid, WorkbookGrid } from "../domain/grid";
import { CellBudget } from "./cellBudget";
import { CellValues } from "./cellValues";
import { NO_DATE_STYLES, readDateStyles } from "./dateStyles";
import { UnreadableWorkbookError } from "./errors";
import type { WholeInflater } from "./inflate";
import { MAX_FILE_BYTES } from "./limits";
import { type Relationship, relationshipsOf } from "./relationships";
import { readSharedStrings } from "./sharedStrings";
import { sniffFile } from "./sniff";
import { anyTableFiltered } from "./tableFilters";
import { readWorkbookPart } from "./workbookPart";
import { readWorksheet } from "./worksheetPart";
import { ZipPackage } from "./zipPackage";

export interface ReadOptions {
  /**
   * Which sheets to read, by name. The others are neither unzipped nor counted against the
   * limits, and are left out of the grid. Default: every worksheet.
   */
  readonly sheets?: (name: string) => boolean;
  /** How small parts are inflated: fflate unless the platform has better (Node's zlib, readFile.ts). */
  readonly inflate?: WholeInflater;
}

const CONTENT_TYPES_PART = "[Content_Types].xml";
/** Where the workbook is when the package does not say (ExcelJS assumed it too). */
const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";

export async function readWorkbookGrid(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookGrid> {
  return readWorkbookGridSync(data, options);
}

/** The same, synchronously: the work is CPU-bound and has no I/O to wait for. */
export function readWorkbookGridSync(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): WorkbookGrid {
  const bytes = ArrayBuffer.isView(data) ? data : new Uint8Array(data);
  checkBytes(bytes);
  // Sizes first (in the constructor): a zip bomb is reported as such even when it does not pretend to be a workbook.
  const pkg = new ZipPackage(bytes, options.inflate);
  if (pkg.entry(CONTENT_TYPES_PART) === null) {
    throw new UnreadableWorkbookError("not-workbook", "no [Content_Types].xml in the zip");
  }
  const mainPart =
    relationshipsOf(pkg, "").find((r) => r.kind === "officeDocument")?.part ?? DEFAULT_WORKBOOK_PART;
  const mainEntry = pkg.entry(mainPart);
  if (mainEntry === null || !mainPart.toLowerCase().endsWith(".xml")) {
    // A .docx or .pptx has no workbook; an .xlsb's is binary.
    throw new UnreadableWorkbookError("not-workbook", `main part ${mainPart}`);
  }
  const workbook = readWorkbookPart(pkg, mainEntry);
  const rels = new Map(relationshipsOf(pkg, mainPart).map((r) => [r.id, r]));
  const worksheets = workbook.sheets.flatMap((sheet) => {
    const rel = rels.get(sheet.relId);
    if (rel === undefined)
      throw new UnreadableWorkbookError("corrupt", `sheet «${sheet.name}» has no relationship`);
    // Chart sheets, dialog and macro sheets hold no cells.
    return rel.kind === "worksheet" ? [{ name: sheet.name, part: rel.part }] : [];
  });
  if (worksheets.length === 0) throw new UnreadableWorkbookError("corrupt", "no worksheet in the workbook");

  const wanted =
    options.sheets === undefined ? worksheets : worksheets.filter((s) => options.sheets!(s.name));
  const budget = new CellBudget();
  const values = wanted.length === 0 ? null : cellValues(pkg, [...rels.values()], workbook.date1904, budget);
  const sheets: SheetGrid[] = wanted.map(({ name, part }) => {
    const entry = pkg.entry(part);
    if (entry === null) throw new UnreadableWorkbookError("corrupt", `sheet «${name}»: no part ${part}`);
    const { grid, tableRelIds } = readWorksheet(pkg, entry, name, values!, budget);
    // Hidden rows of a filtered table are filtered out, not removed: only then do tables matter.
    if (grid.hiddenRows !== undefined && !grid.filterActive && tableRelIds.length > 0) {
      if (anyTableFiltered(pkg, part, tableRelIds)) return { ...grid, filterActive: true };
    }
    return grid;
  });
  return { sheets, date1904: workbook.date1904 };
}

/** How the workbook's cells read: its shared strings and which styles are dates. */
function cellValues(
  pkg: ZipPackage,
  rels: readonly Relationship[],
  date1904: boolean,
  budget: CellBudget,
): CellValues {
  // Parts the relationships do not name are looked for where Excel keeps them, as ExcelJS did.
  const partOf = (kind: string, usual: string) => {
    const rel = rels.find((r) => r.kind === kind);
    return pkg.entry(rel?.part ?? usual);
  };
  const strings = partOf("sharedStrings", "xl/sharedStrings.xml");
  const styles = partOf("styles", "xl/styles.xml");
  return new CellValues(
    strings === null ? [] : readSharedStrings(pkg, strings, budget),
    styles === null ? NO_DATE_STYLES : readDateStyles(pkg, styles),
    date1904,
  );
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
