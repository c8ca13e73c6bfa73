/**
 * Reading the files of a consolidation into inputs, in the order given. Each file's grid is
 * dropped as soon as its compact input is made, so 1,500 files fit in memory.
 *
 * ExcelJS parsing is CPU-bound on one thread: promises reading several files at once gain nothing,
 * but worker threads do, one per further core (readerThreads.ts). A worker first loads the bundle
 * and warms up its own JIT — its first fifty files or so take twice as long — so on two cores it
 * only pays off from about 150 files (bench/consolidate: 300 files ~10% faster, 1,500 files ~35%).
 */
import { availableParallelism } from "node:os";
import type { ConsolidationInput } from "../domain/consolidation/input";
import type { FormMap } from "../domain/forms/formMap";
import type { DayNumber } from "../domain/values/dates";
import type { Output } from "./output";
import { readInput } from "./readInput";
import { readerScript, readOnThreads } from "./readerThreads";

/** Below this many files per reader, starting a worker costs more than it saves. */
const MIN_FILES_PER_READER = 100;
/** At most this many worker threads (besides this one). */
const MAX_WORKERS = 3;

/** How many worker threads to read `files` files with, besides this thread; 0: this thread alone. */
export function readerWorkersFor(files: number): number {
  const readers = Math.min(availableParallelism(), MAX_WORKERS + 1, Math.floor(files / MIN_FILES_PER_READER));
  return Math.max(0, readers - 1);
}

export async function readInputs(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
  formMap?: FormMap,
): Promise<ConsolidationInput[]> {
  const workers = readerWorkersFor(files.length);
  const script = readerScript();
  let inputs: ConsolidationInput[];
  if (workers > 0 && script !== null) {
    inputs = await readOnThreads(
      script,
      workers,
      files,
      asOf,
      (done, file) => out.progress(done, files.length, file),
      formMap,
    );
  } else {
    inputs = [];
    for (const [i, file] of files.entries()) {
      out.progress(i + 1, files.length, file);
      inputs.push(await readInput(file, asOf, formMap));
    }
  }
  out.progressDone(files.length);
  return inputs;
}
