/**
 * ExcelJS parses every part of a package, and crashes on some it does not need for reading:
 * drawings and charts (e.g. a chart or chart sheet made by openpyxl), comments (openpyxl's
 * absolute paths), images, pivot caches. When a file has parts other than those below, they are
 * dropped together with the worksheets' relationships (which would point at them; the reader
 * ignores every sheet part they serve) and the rest is re-zipped before ExcelJS sees it. The
 * compressed data is copied as it is, so this costs little, and files with only these parts are
 * passed through untouched.
 */
import type JSZip from "jszip";

const READ_PARTS = new RegExp(
  "^(?:\\[Content_Types\\]\\.xml|_rels/\\.rels|docProps/[^/]+\\.xml|xl/(?:" +
    [
      "workbook\\.xml",
      "_rels/workbook\\.xml\\.rels",
      "styles\\.xml",
      "sharedStrings\\.xml",
      "calcChain\\.xml",
      "theme/[^/]+\\.xml",
      "worksheets/sheet\\d+\\.xml",
      "worksheets/_rels/sheet\\d+\\.xml\\.rels",
      "tables/table\\d+\\.xml",
      "printerSettings/[^/]+",
    ].join("|") +
    "))$",
);

const SHEET_RELS = /^xl\/worksheets\/_rels\//;

/** The package ExcelJS should load: `bytes` themselves, or a copy without the other parts. */
export async function packageForReading(zip: JSZip, bytes: Uint8Array): Promise<Uint8Array> {
  const extra = Object.keys(zip.files).filter(
    (name) => !zip.files[name].dir && !READ_PARTS.test(name.replace(/^\//, "")),
  );
  if (extra.length === 0) return bytes;
  const sheetRels = Object.keys(zip.files).filter((name) => SHEET_RELS.test(name.replace(/^\//, "")));
  for (const name of [...extra, ...sheetRels]) zip.remove(name);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
