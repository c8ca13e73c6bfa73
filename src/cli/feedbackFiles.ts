/**
 * Where `consolidate --feedback DIR` writes each school's feedback workbook: the input's name with
 * «-замечания», made unique when two inputs from different folders share a name.
 */
import { basename, join } from "node:path";

export function feedbackPaths(files: readonly string[], dir: string): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const stem = basename(file).replace(/\.xlsx$/i, "") || "файл";
    let name = `${stem}-замечания.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}-замечания.xlsx`;
    used.add(name.toLowerCase());
    return join(dir, name);
  });
}
