/**
 * The shared-strings part: the texts `t="s"` cells point at by index. Rich text is flattened to its
 * runs' text; phonetic guides (`<rPh>`, furigana) are not part of what the cell shows and are left
 * out. An empty text is kept as `""` (its cells read as empty).
 */
import type { CellBudget } from "./cellBudget";
import { decodeXString } from "./xstring";
import type { XmlHandler } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipEntry } from "./zipDirectory";
import type { ZipPackage } from "./zipPackage";

export function readSharedStrings(pkg: ZipPackage, entry: ZipEntry, budget: CellBudget): string[] {
  const strings: string[] = [];
  let text = "";
  let inText = false;
  let phonetic = 0;
  const handler: XmlHandler = {
    open(name: string) {
      if (name === "t") inText = phonetic === 0;
      else if (name === "si") text = "";
      else if (name === "rPh") phonetic++;
    },
    close(name: string) {
      if (name === "t") inText = false;
      else if (name === "si") {
        budget.spend(1);
        strings.push(decodeXString(text));
      } else if (name === "rPh") phonetic--;
    },
    text(t: string) {
      if (inText) text += t;
    },
  };
  parseXmlPart(pkg, entry, handler);
  return strings;
}
