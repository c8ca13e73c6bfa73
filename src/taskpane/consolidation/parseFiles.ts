/**
 * Reading the analyst's picked files into consolidation inputs: one at a time (ExcelJS is
 * CPU-bound, so parallel reads gain nothing and hold several grids in memory at once — see
 * src/cli/readInputs.ts), in the CLI's order, each file's grid dropped as soon as its compact
 * input is made, so 1,500 files fit in the pane's memory.
 *
 * The parsing runs in a Web Worker where the host has one, so the pane stays responsive; jsdom
 * and a worker that fails to start fall back to the main thread, with the same `inputOfBytes`.
 * Either way ExcelJS is loaded on demand (the worker's own bundle, or a dynamic import), never
 * with the pane.
 */
import { byFileName } from "../../domain/consolidation/fileNames";
import { type ConsolidationInput, unreadableInput, unreadableIssue } from "../../domain/consolidation/input";
import type { FormMap, FormMapRead } from "../../domain/forms/formMap";
import type { DayNumber } from "../../domain/values/dates";
import { unreadableMessage } from "../../xlsx/errors";
import { MAX_FILE_BYTES } from "../../xlsx/limits";
import type { ParseReply, ParseRequest } from "./parseMessages";

/** The files of a run in the order they are read and listed: by name, in code-unit order like the CLI's directories. */
export function sortedByName(files: readonly File[]): File[] {
  return [...files].sort((a, b) => byFileName(a.name, b.name));
}

/** Excel's lock files («~$школа.xlsx») sit beside open workbooks and are never school files (as in the CLI). */
export const isLockFile = (file: File) => file.name.startsWith("~$");

export interface ParseProgress {
  /** Files read so far, this one included. */
  readonly done: number;
  readonly total: number;
  /** Position of the file in name order. */
  readonly index: number;
  readonly input: ConsolidationInput;
}

export interface ParseOptions {
  readonly asOf?: DayNumber;
  /** The mapping of a region's own form, when the analyst chose one. */
  readonly formMap?: FormMap;
  /** Checked between files: a new pick abandons the previous run. */
  readonly cancelled?: () => boolean;
  /** False forces the main thread (tests; a host whose workers are known to be broken). */
  readonly useWorker?: boolean;
}

/** The run was abandoned for a newer one; nothing to report. */
export class ParseCancelled extends Error {}

interface Parser {
  parse(request: Omit<ParseRequest, "id">): Promise<ConsolidationInput>;
  close(): void;
}

/** The worker could not run at all (its script failed to load, the host forbids workers). */
class WorkerBroken extends Error {}

function workerParser(): Parser | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker;
  try {
    // webpack 5 bundles the worker from this exact `new Worker(new URL(..., import.meta.url))` form.
    worker = new Worker(new URL("./parseWorker.ts", import.meta.url));
  } catch {
    return null;
  }
  const pending = new Map<number, { resolve: (i: ConsolidationInput) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ("input" in reply) p.resolve(reply.input);
    else p.reject(new Error(reply.failure));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new WorkerBroken(event.message || "worker error"));
  };
  worker.onmessageerror = () => failAll(new WorkerBroken("unreadable worker message"));
  return {
    parse(request) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...request, id } satisfies ParseRequest, [request.bytes]);
      });
    },
    close() {
      failAll(new ParseCancelled());
      worker.terminate();
    },
  };
}

/** The reading chunk (ExcelJS), loaded on demand on the pane's thread. */
async function readerModule(): Promise<typeof import("./inputOfBytes")> {
  try {
    return await import(/* webpackChunkName: "xlsx-reader" */ "./inputOfBytes");
  } catch {
    // The chunk comes from the add-in's own server; Excel has nothing to do with this failure.
    throw new Error(
      "Не удалось загрузить часть надстройки, которая читает файлы. Перезапустите надстройку и повторите.",
    );
  }
}

function mainThreadParser(): Parser {
  return {
    async parse({ name, bytes, asOf, modified, formMap }) {
      return (await readerModule()).inputOfBytes(name, bytes, { asOf, modified, formMap });
    },
    close() {},
  };
}

/** The chosen mapping file read on this thread (it is small): its lines, or its problems. */
export async function readFormMapFile(file: File): Promise<FormMapRead> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [unreadableMessage("too-large")] };
  let bytes: ArrayBuffer;
  try {
    bytes = await bytesOf(file);
  } catch (e) {
    const reason = e instanceof Error && e.message ? e.message : "файл недоступен";
    return { ok: false, errors: [`Файл соответствия не читается: ${reason}.`] };
  }
  return (await readerModule()).formMapOfBytes(bytes);
}

/** File.arrayBuffer where the host has it; FileReader for older web views (and jsdom). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

async function readOne(file: File, parser: () => Parser, opts: ParseOptions) {
  // Checked before reading: a 2 GB video picked by mistake must not be loaded into memory first.
  if (file.size > MAX_FILE_BYTES)
    return unreadableInput(file.name, unreadableIssue(unreadableMessage("too-large")));
  let bytes: ArrayBuffer;
  try {
    bytes = await bytesOf(file);
  } catch (e) {
    // The file was moved or deleted after it was picked, or the host refused to read it.
    const reason = e instanceof Error && e.message ? e.message : "файл недоступен";
    return unreadableInput(file.name, unreadableIssue(`Файл не читается: ${reason}.`));
  }
  // File.lastModified is 0 where the host does not know it: then it decides nothing.
  const modified = file.lastModified > 0 ? file.lastModified : undefined;
  return parser().parse({ name: file.name, bytes, asOf: opts.asOf, modified, formMap: opts.formMap });
}

/**
 * Every file's compact input, in name order; `onProgress` after each. An unreadable file is an
 * input too (S003), never an exception. Throws `ParseCancelled` when `cancelled()` turns true.
 */
export async function parseFiles(
  files: readonly File[],
  onProgress: (progress: ParseProgress) => void,
  opts: ParseOptions = {},
): Promise<ConsolidationInput[]> {
  const ordered = sortedByName(files);
  const fallback = mainThreadParser();
  let parser: Parser = (opts.useWorker === false ? null : workerParser()) ?? fallback;
  const inputs: ConsolidationInput[] = [];
  try {
    for (const [index, file] of ordered.entries()) {
      if (opts.cancelled?.()) throw new ParseCancelled();
      let input: ConsolidationInput;
      try {
        input = await readOne(file, () => parser, opts);
      } catch (e) {
        if (!(e instanceof WorkerBroken)) throw e;
        // The bytes went to the dead worker: read the file again, here, and stay here.
        parser.close();
        parser = fallback;
        input = await readOne(file, () => parser, opts);
      }
      if (opts.cancelled?.()) throw new ParseCancelled();
      inputs.push(input);
      onProgress({ done: index + 1, total: ordered.length, index, input });
    }
  } finally {
    parser.close();
  }
  return inputs;
}
