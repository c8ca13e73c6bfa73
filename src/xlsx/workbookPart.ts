/**
 * The workbook part: its sheets in workbook order and its date system. Parsed as XML like every
 * part, so text that merely looks like `<workbookPr date1904="1">` (inside a comment, say) is not
 * taken for it, and no input makes the reading slower than linear.
 */
import { UnreadableWorkbookError } from "./errors";
import { relationshipIdOf } from "./relationships";
import type { Attributes, XmlHandler } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipEntry } from "./zipDirectory";
import type { ZipPackage } from "./zipPackage";

export interface SheetEntry {
  readonly name: string;
  /** The relationship that names the sheet's part (`r:id`). */
  readonly relId: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** `date1904` of `<workbookPr>`: an xsd:boolean, so `1` (Excel, openpyxl) and `true` (LibreOffice). */
  readonly date1904: boolean;
}

export function readWorkbookPart(pkg: ZipPackage, entry: ZipEntry): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let root = true;
  const handler: XmlHandler = {
    open(name: string, a: Attributes) {
      if (root) {
        root = false;
        if (name !== "workbook") {
          throw new UnreadableWorkbookError(
            "not-workbook",
            `the main part's root is <${name}>, not <workbook>`,
          );
        }
      } else if (name === "sheet") {
        const relId = relationshipIdOf(a);
        if (a.name !== undefined && relId !== undefined) sheets.push({ name: a.name, relId });
      } else if (name === "workbookPr") {
        date1904 = isTrue(a.date1904);
      }
    },
    close() {},
    text() {},
  };
  parseXmlPart(pkg, entry, handler);
  return { sheets, date1904 };
}

/** xsd:boolean true: `1` or `true` (surrounding whitespace allowed). */
export function isTrue(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim();
  return v === "1" || v === "true";
}
