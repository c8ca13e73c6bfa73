/**
 * Whether an Excel table of a sheet is filtered: a table keeps its AutoFilter in its own part
 * (`xl/tables/tableN.xml`), not in the sheet's. A filter condition is any element inside one of
 * its `<filterColumn>`s, as for the sheet's own AutoFilter (worksheetPart.ts).
 */
import { relationshipsOf } from "./relationships";
import type { XmlHandler } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipPackage } from "./zipPackage";

export function anyTableFiltered(
  pkg: ZipPackage,
  sheetPart: string,
  tableRelIds: readonly string[],
): boolean {
  const wanted = new Set(tableRelIds);
  return relationshipsOf(pkg, sheetPart).some((rel) => {
    if (rel.kind !== "table" || !wanted.has(rel.id)) return false;
    const entry = pkg.entry(rel.part);
    return entry !== null && tableFiltered(pkg, entry);
  });
}

function tableFiltered(pkg: ZipPackage, entry: NonNullable<ReturnType<ZipPackage["entry"]>>): boolean {
  let inFilter = false;
  let inColumn = false;
  let filtered = false;
  const handler: XmlHandler = {
    open(name: string) {
      if (inColumn) filtered = true;
      else if (name === "autoFilter") inFilter = true;
      else if (name === "filterColumn" && inFilter) inColumn = true;
    },
    close(name: string) {
      if (name === "filterColumn") inColumn = false;
      else if (name === "autoFilter") inFilter = false;
    },
    text() {},
  };
  parseXmlPart(pkg, entry, handler);
  return filtered;
}
