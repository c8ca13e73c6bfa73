/**
 * Reading the files of a consolidation into inputs, in the order given, each on a reader thread
 * bounded in time and memory (readerThreads.ts). Each file's grid is dropped as soon as its
 * compact input is made, so 1,500 files fit in memory; an unreadable file is an input too (S003).
 */
import type { ConsolidationInput } from "../domain/consolidation/input";
import type { FormMap } from "../domain/forms/formMap";
import type { DayNumber } from "../domain/values/dates";
import type { Output } from "./output";
import { readFiles } from "./readerThreads";

export async function readInputs(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
  formMap?: FormMap,
): Promise<ConsolidationInput[]> {
  const inputs = await readFiles("input", files, {
    asOf,
    ...(formMap === undefined ? {} : { formMap }),
    onRead: (done, file) => out.progress(done, files.length, file),
  });
  out.progressDone(files.length);
  return inputs;
}
