/**
 * The styles part, read only as far as dates need it: which cell formats (`<cellXfs>`, the `s=`
 * index of a cell) show a date or time, so that the serial under them is a date.
 */
import { isDateFormat } from "../domain/values/numberFormat";
import type { Attributes, XmlHandler } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipEntry } from "./zipDirectory";
import type { ZipPackage } from "./zipPackage";

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30): 14–22 and 45–47
 * in every locale, 27–36 and 50–58 in the East Asian ones (their codes are locale-dependent, none
 * is a number).
 */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** For each cell format index, whether it shows a date; an index past the end is not a date. */
export type DateStyles = Uint8Array;

export const NO_DATE_STYLES: DateStyles = new Uint8Array(0);

export function readDateStyles(pkg: ZipPackage, entry: ZipEntry): DateStyles {
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  let xfDepth = -1;
  const handler: XmlHandler = {
    open(name: string, a: Attributes) {
      depth++;
      if (name === "numFmt") {
        const id = Number(a.numFmtId);
        if (Number.isInteger(id) && a.formatCode !== undefined) customFormats.set(id, a.formatCode);
      } else if (name === "cellXfs") {
        inCellXfs = true;
        xfDepth = depth + 1;
      } else if (inCellXfs && name === "xf" && depth === xfDepth) {
        formatIds.push(Number(a.numFmtId ?? 0));
      }
    },
    close(name: string) {
      depth--;
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  };
  parseXmlPart(pkg, entry, handler);
  const dates = new Uint8Array(formatIds.length);
  formatIds.forEach((id, i) => {
    const custom = customFormats.get(id);
    dates[i] = (custom !== undefined ? isDateFormat(custom) : isBuiltInDateFormat(id)) ? 1 : 0;
  });
  return dates;
}
