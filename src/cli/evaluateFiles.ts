/**
 * Runs the engine over the files of a command, in the order given: each file read on a reader
 * thread (bounded in time and memory, readerThreads.ts), checked here as soon as it and the files
 * before it are read. Whatever goes wrong with one file — it cannot be read, or checking it throws —
 * is that file's S003, and the others go on.
 */
import { evaluateWorkbook, type SchoolResult } from "../domain/engine";
import type { Issue } from "../domain/issues";
import type { DayNumber } from "../domain/values/dates";
import { asOfOption, parse, UsageError } from "./args";
import { unreadableIssue } from "./loadFile";
import { modifiedTime } from "./modifiedTime";
import type { Output } from "./output";
import { failureText, readFiles } from "./readerThreads";

export interface FileResult {
  readonly file: string;
  /** Null when the file could not be read (then `issues` holds its S003). */
  readonly result: SchoolResult | null;
  readonly issues: readonly Issue[];
  /** The file's modification time (ms), which decides between two files of a school in `kpi`'s total. */
  readonly modified?: number;
}

export async function evaluateFiles(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await readFiles("grid", files, {
    onRead: (done, file) => out.progress(done, files.length, file),
    consume: async (i, loaded) => {
      const file = files[i];
      if (!loaded.ok) {
        results.push({ file, result: null, issues: [loaded.issue] });
        return;
      }
      try {
        const result = evaluateWorkbook(loaded.grid, { asOf });
        const modified = await modifiedTime(file);
        results.push({
          file,
          result,
          issues: result.issues,
          ...(modified === undefined ? {} : { modified }),
        });
      } catch (e) {
        results.push({ file, result: null, issues: [unreadableIssue(failureText(e))] });
      }
    },
  });
  out.progressDone(files.length);
  return results;
}

/** cli.md exit status: 2 when a file could not be read, 1 when error-level issues, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  if (results.some((r) => r.result === null)) return 2;
  return results.some((r) => r.issues.some((i) => i.severity === "error")) ? 1 : 0;
}

/** The common shape of `check` and `kpi`: files, `--as-of`, `--json`; evaluated in order. */
export async function runOnFiles(
  command: string,
  argv: readonly string[],
  out: Output,
): Promise<{ results: FileResult[]; asOf: DayNumber | undefined; json: boolean }> {
  const { values, positionals } = parse(argv, { "as-of": { type: "string" }, json: { type: "boolean" } });
  if (positionals.length === 0)
    throw new UsageError(`Укажите хотя бы один файл .xlsx: nastavnik ${command} школа.xlsx`);
  const asOf = asOfOption(values["as-of"]);
  return { results: await evaluateFiles(positionals, asOf, out), asOf, json: values.json === true };
}
