/**
 * One picked file's bytes → its compact consolidation input, exactly as the CLI's `readInput`
 * makes it (readWorkbookGrid → consolidationInput), with every failure of the file an S003 input.
 *
 * This module pulls in the reader (fflate, saxes) and the domain: only the parse worker and the
 * main-thread fallback import it, the latter on demand, so it never enters the pane's initial
 * download.
 */
import { consolidationInput } from "../../domain/consolidation/readInput";
import {
  type ConsolidationInput,
  type InputOptions,
  unreadableInput,
  unreadableIssue,
} from "../../domain/consolidation/input";
import { type FormMapRead, readFormMap } from "../../domain/forms/formMap";
import { isUnreadableWorkbookError } from "../../xlsx/errors";
import { readWorkbookGrid } from "../../xlsx/readWorkbook";

/** Options as they cross the worker boundary: undefined fields are simply absent. */
const defined = (o: InputOptions): InputOptions =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as InputOptions;

export async function inputOfBytes(
  name: string,
  bytes: ArrayBuffer,
  opts: InputOptions = {},
): Promise<ConsolidationInput> {
  try {
    // The grid lives only inside this call: what leaves is the compact input (no rows).
    return consolidationInput(name, await readWorkbookGrid(bytes), defined(opts));
  } catch (e) {
    if (isUnreadableWorkbookError(e)) return unreadableInput(name, unreadableIssue(e.message));
    // The CLI would stop here; in the pane one odd file must not lose the analyst's other 1,499.
    const reason = e instanceof Error && e.message ? e.message : String(e);
    return unreadableInput(name, unreadableIssue(`Файл не читается: ${reason}.`));
  }
}

/** A chosen mapping file (forms.md (b)): its lines, or every problem with its row; never throws. */
export async function formMapOfBytes(bytes: ArrayBuffer): Promise<FormMapRead> {
  try {
    return readFormMap(await readWorkbookGrid(bytes));
  } catch (e) {
    const reason = e instanceof Error && e.message ? e.message : String(e);
    return { ok: false, errors: [`Файл соответствия не читается: ${reason}.`] };
  }
}
