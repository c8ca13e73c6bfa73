/** A file's modification time, which decides between two files of one school (kpi.md, Aggregation). */
import { stat } from "node:fs/promises";

/** Milliseconds since 1970; undefined when the file cannot be looked at (it is then S003 anyway). */
export async function modifiedTime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}
