/**
 * Reading the files of a consolidation into inputs, one at a time, in the order given. Each file's
 * grid is dropped as soon as its compact input is made, so 1,500 files fit in memory.
 *
 * Sequential on purpose: ExcelJS parsing is CPU-bound on one thread, so reading several files at
 * once with promises gains nothing, and worker threads measured slower on the 2-core machines of
 * the budget (each thread warms up its own JIT; bench/consolidate).
 */
import { unreadableInput, type ConsolidationInput } from "../domain/consolidation/input";
import { consolidationInput } from "../domain/consolidation/readInput";
import type { DayNumber } from "../domain/values/dates";
import { loadFile } from "./loadFile";
import type { Output } from "./output";

/** One file → its input; an unreadable file is an input too (S003), never an exception. */
export async function readInput(file: string, asOf: DayNumber | undefined): Promise<ConsolidationInput> {
  const loaded = await loadFile(file);
  return loaded.ok ? consolidationInput(file, loaded.grid, { asOf }) : unreadableInput(file, loaded.issue);
}

export async function readInputs(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
): Promise<ConsolidationInput[]> {
  const inputs: ConsolidationInput[] = [];
  for (const [i, file] of files.entries()) {
    out.progress(i + 1, files.length, file);
    inputs.push(await readInput(file, asOf));
  }
  out.progressDone(files.length);
  return inputs;
}
