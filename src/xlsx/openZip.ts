/**
 * Opening a file as a zip and checking it is an .xlsx package within the size limits, before ExcelJS
 * sees it: every way this can fail becomes an UnreadableWorkbookError with its reason.
 */
import JSZip from "jszip";
import { UnreadableWorkbookError } from "./errors";
import { checkUnzippedSize } from "./unzippedSize";

/** Parts every .xlsx package has (and the ones ExcelJS reads by these exact names). */
export const CONTENT_TYPES_PART = "[Content_Types].xml";
export const WORKBOOK_PART = "xl/workbook.xml";

export async function openWorkbookZip(bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw zipLoadError(e);
  }
  // Sizes first: a zip bomb is reported as such even when it does not pretend to be a workbook.
  await checkUnzippedSize(zip);
  if (packagePart(zip, CONTENT_TYPES_PART) === null || packagePart(zip, WORKBOOK_PART) === null) {
    throw new UnreadableWorkbookError("not-workbook", "no [Content_Types].xml or xl/workbook.xml in the zip");
  }
  return zip;
}

/** A part of the package by its name; some writers store names with a leading «/» (ExcelJS accepts both). */
export function packagePart(zip: JSZip, name: string): JSZip.JSZipObject | null {
  return zip.file(name) ?? zip.file(`/${name}`);
}

/**
 * A zip JSZip cannot open is reported as truncated (its message says «повреждён или обрезан»): a
 * cut-off copy loses the central directory at the end, which is by far the commonest case.
 */
function zipLoadError(e: unknown): UnreadableWorkbookError {
  const text = e instanceof Error ? e.message : String(e);
  return new UnreadableWorkbookError(/encrypted/i.test(text) ? "encrypted" : "truncated", text);
}
