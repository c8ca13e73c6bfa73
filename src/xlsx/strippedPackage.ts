/**
 * ExcelJS parses every part of a package, and crashes on some it does not need for reading:
 * drawings and charts (e.g. a chart or chart sheet made by openpyxl), comments (openpyxl's
 * absolute paths), images, pivot caches. It also takes its time over every part it is given (a
 * stream and a parser each): the tables, theme, document properties and relationships of a
 * template workbook took it a quarter of its reading time (bench/consolidate). So it is given only
 * the parts the reader uses — the workbook and its relationships, the styles (date formats), the
 * shared strings and the worksheets — and the rest, the worksheets' relationships included (they
 * would point at dropped parts; the reader ignores every sheet part they serve), is dropped and the
 * package re-zipped. The compressed data is copied as it is, so this costs little.
 */
import type JSZip from "jszip";

const READ_PARTS =
  /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

/** The package ExcelJS should load: `bytes` themselves, or a copy without the other parts. */
export async function packageForReading(zip: JSZip, bytes: Uint8Array): Promise<Uint8Array> {
  const unused = Object.keys(zip.files).filter(
    (name) => !zip.files[name].dir && !READ_PARTS.test(name.replace(/^\//, "")),
  );
  if (unused.length === 0) return bytes;
  for (const name of unused) zip.remove(name);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
