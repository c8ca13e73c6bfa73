/**
 * Where `consolidate --feedback DIR` writes each school's feedback workbook: the input's name with
 * «-замечания», made unique when two inputs from different folders share a name (the naming is
 * shared with the task pane's downloads).
 */
import { join } from "node:path";
import { feedbackFileNames } from "../domain/consolidation/fileNames";

export function feedbackPaths(files: readonly string[], dir: string): string[] {
  return feedbackFileNames(files).map((name) => join(dir, name));
}
