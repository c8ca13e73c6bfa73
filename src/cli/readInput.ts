/** One file of a consolidation → its compact input (on the main thread or on a reader thread). */
import { unreadableInput, type ConsolidationInput } from "../domain/consolidation/input";
import { consolidationInput } from "../domain/consolidation/readInput";
import type { FormMap } from "../domain/forms/formMap";
import type { DayNumber } from "../domain/values/dates";
import { loadFile } from "./loadFile";
import { modifiedTime } from "./modifiedTime";

/** An unreadable file is an input too (S003), never an exception. */
export async function readInput(
  file: string,
  asOf: DayNumber | undefined,
  formMap?: FormMap,
): Promise<ConsolidationInput> {
  const loaded = await loadFile(file);
  if (!loaded.ok) return unreadableInput(file, loaded.issue);
  const modified = await modifiedTime(file);
  return consolidationInput(file, loaded.grid, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(modified === undefined ? {} : { modified }),
    ...(formMap === undefined ? {} : { formMap }),
  });
}
