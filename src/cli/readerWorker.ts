/**
 * The worker side of parallel reading: a worker thread started on the CLI's own bundle reads the
 * files it is sent and answers with their consolidation inputs (plain data, cloned back to the
 * main thread). Parsing .xlsx is CPU-bound, so threads, not promises, use the other cores.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { unreadableInput, type ConsolidationInput } from "../domain/consolidation/input";
import { consolidationInput } from "../domain/consolidation/readInput";
import type { DayNumber } from "../domain/values/dates";
import { loadFile } from "./loadFile";

export const READER_ROLE = "nastavnik-reader";

export interface ReadRequest {
  readonly id: number;
  readonly file: string;
  readonly asOf: DayNumber | undefined;
}

export type ReadReply =
  | { readonly id: number; readonly input: ConsolidationInput }
  | { readonly id: number; readonly error: string };

/** One file → its input; an unreadable file is an input too (S003), never an exception. */
export async function readInput(file: string, asOf: DayNumber | undefined): Promise<ConsolidationInput> {
  const loaded = await loadFile(file);
  return loaded.ok ? consolidationInput(file, loaded.grid, { asOf }) : unreadableInput(file, loaded.issue);
}

function serve(): void {
  const port = parentPort!;
  port.on("message", (req: ReadRequest) => {
    readInput(req.file, req.asOf).then(
      (input) => port.postMessage({ id: req.id, input } satisfies ReadReply),
      (e: unknown) =>
        port.postMessage({
          id: req.id,
          error: e instanceof Error ? (e.stack ?? e.message) : String(e),
        } satisfies ReadReply),
    );
  });
}

// Runs when this bundle is loaded as a reader worker (see readInputs.ts); a no-op otherwise.
if (!isMainThread && (workerData as { role?: string } | null)?.role === READER_ROLE) serve();
