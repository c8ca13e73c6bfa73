/**
 * The workbook's date system, read from xl/workbook.xml directly: ExcelJS only recognises
 * `date1904="1"`, while LibreOffice writes `date1904="true"` (both are valid xsd:boolean).
 */
import type JSZip from "jszip";
import { WORKBOOK_PART, packagePart } from "./openZip";

const DATE1904_ON = /<(?:[\w-]+:)?workbookPr\b[^>]*?\sdate1904\s*=\s*["']\s*(?:1|true)\s*["']/;

export async function workbookDate1904(zip: JSZip): Promise<boolean> {
  const part = packagePart(zip, WORKBOOK_PART);
  if (part === null) return false;
  return DATE1904_ON.test(await part.async("string"));
}
