/**
 * Package relationships (ECMA-376 Part 2, 9.3): how a package names its parts. The reader follows
 * them — `_rels/.rels` to the workbook, the workbook's to its sheets, shared strings and styles —
 * instead of assuming `xl/worksheets/sheetN.xml`: `Лист1.xml`, `data1.xml` or shared strings kept
 * elsewhere are all valid.
 */
import type { Attributes, XmlHandler } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipPackage } from "./zipPackage";

export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI (`worksheet`, `sharedStrings`): the transitional and strict namespaces differ only before it. */
  readonly kind: string;
  /** The target part's name (`xl/worksheets/sheet1.xml`), resolved against the source part. */
  readonly part: string;
}

/** The relationships of `source` (`""` for the package itself); none when it has no .rels part. */
export function relationshipsOf(pkg: ZipPackage, source: string): Relationship[] {
  const entry = pkg.entry(relsPartOf(source));
  if (entry === null) return [];
  const out: Relationship[] = [];
  const handler: XmlHandler = {
    open(name: string, a: Attributes) {
      if (name !== "Relationship" || a.TargetMode === "External") return;
      const { Id: id, Type: type, Target: target } = a;
      if (id === undefined || type === undefined || target === undefined) return;
      out.push({ id, kind: type.slice(type.lastIndexOf("/") + 1), part: resolvePart(source, target) });
    },
    close() {},
    text() {},
  };
  parseXmlPart(pkg, entry, handler);
  return out;
}

/** The `r:id` attribute of an element, whatever prefix the writer bound the relationships namespace to. */
export function relationshipIdOf(a: Attributes): string | undefined {
  if (a["r:id"] !== undefined) return a["r:id"];
  for (const key in a) if (key.endsWith(":id")) return a[key];
  return undefined;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own are `_rels/.rels`. */
function relsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: absolute (`/xl/…`) or relative to the source's folder, `..` resolved. */
export function resolvePart(source: string, target: string): string {
  const path = target.split("#")[0];
  const base = path.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
