/**
 * Reading the analyst's picked files into consolidation inputs: one at a time (reading is
 * CPU-bound, so parallel reads gain nothing and hold several grids in memory at once — see
 * src/cli/readInputs.ts), in the CLI's order, each file's grid dropped as soon as its compact
 * input is made, so 1,500 files fit in the pane's memory.
 *
 * The parsing runs in a Web Worker where the host has one, so the pane stays responsive; jsdom
 * and a worker that fails to start fall back to the main thread, with the same `inputOfBytes`.
 * Either way the reader is loaded on demand (the worker's own bundle, or a dynamic import), never
 * with the pane.
 */
import { byFileName } from "../../domain/consolidation/fileNames";
import { type ConsolidationInput, unreadableInput, unreadableIssue } from "../../domain/consolidation/input";
import type { FormMap, FormMapRead } from "../../domain/forms/formMap";
import type { DayNumber } from "../../domain/values/dates";
import { unreadableMessage } from "../../xlsx/errors";
import { MAX_FILE_BYTES, readTimeLimitMs, readTooSlowMessage } from "../../xlsx/limits";
import type { FileRequest, ParseReply, ParseRequest } from "./parseMessages";

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
  /** The time limit of one file in the worker; default src/xlsx/limits.ts (tests make it short). */
  readonly timeLimitMs?: (bytes: number) => number;
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
  parse(request: Omit<FileRequest, "id">): Promise<ConsolidationInput>;
  close(): void;
}

/** The worker could not run at all (its script failed to load, the host forbids workers). */
class WorkerBroken extends Error {}

/** How long a fresh worker may take to load its script and say it is ready. */
const WORKER_START_MS = 20_000;

interface WorkerOptions {
  /** The time limit of one file (src/xlsx/limits.ts); tests make it short. */
  readonly timeLimitMs: (bytes: number) => number;
}

/**
 * One parse worker, which reads one file at a time. It proves it can run (a «ping» answered)
 * before it gets a file; a worker that never gets that far is broken (WorkerBroken: the files are
 * then read on the main thread). Once running, a file that takes longer than its time limit, or
 * during which the worker dies (out of memory, a crash), becomes that file's S003, and a fresh
 * worker reads the next file: one hostile file never costs the others.
 */
function workerParser(opts: WorkerOptions): Parser | null {
  if (typeof Worker === "undefined") return null;
  let current: { worker: Worker; ready: Promise<void> } | null = null;
  let closed = false;

  const start = (): { worker: Worker; ready: Promise<void> } => {
    // webpack 5 bundles the worker from this exact `new Worker(new URL(..., import.meta.url))` form.
    const worker = new Worker(new URL("./parseWorker.ts", import.meta.url));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new WorkerBroken("the worker did not start")), WORKER_START_MS);
      worker.onmessage = (event: MessageEvent<ParseReply>) => {
        if ("ready" in event.data) {
          clearTimeout(timer);
          resolve();
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        clearTimeout(timer);
        reject(new WorkerBroken(event.message || "worker error"));
      };
    });
    worker.postMessage({ ping: true } satisfies ParseRequest);
    return { worker, ready };
  };

  const stop = () => {
    current?.worker.terminate();
    current = null;
  };

  return {
    async parse(request) {
      if (closed) throw new ParseCancelled();
      try {
        current ??= start();
        await current.ready;
      } catch (e) {
        stop();
        throw e instanceof WorkerBroken ? e : new WorkerBroken(String(e));
      }
      const { worker } = current;
      const limit = opts.timeLimitMs(request.bytes.byteLength);
      return new Promise<ConsolidationInput>((resolve) => {
        const done = (input: ConsolidationInput, restart: boolean) => {
          clearTimeout(timer);
          worker.onmessage = null;
          worker.onerror = null;
          if (restart) stop();
          resolve(input);
        };
        const failed = (message: string) => unreadableInput(request.name, unreadableIssue(message));
        const timer = setTimeout(() => done(failed(readTooSlowMessage(limit)), true), limit);
        worker.onmessage = (event: MessageEvent<ParseReply>) => {
          const reply = event.data;
          if ("input" in reply) done(reply.input, false);
          else if ("failure" in reply) done(failed(`Файл не читается: ${reply.failure}.`), false);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          done(
            failed(`Файл не читается: сбой при чтении${event.message ? ` (${event.message})` : ""}.`),
            true,
          );
        };
        worker.postMessage({ ...request, id: 0 } satisfies FileRequest, [request.bytes]);
      });
    },
    close() {
      closed = true;
      stop();
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
  let parser: Parser =
    (opts.useWorker === false ? null : workerParser({ timeLimitMs: opts.timeLimitMs ?? readTimeLimitMs })) ??
    fallback;
  const inputs: ConsolidationInput[] = [];
  try {
    for (const [index, file] of ordered.entries()) {
      if (opts.cancelled?.()) throw new ParseCancelled();
      let input: ConsolidationInput;
      try {
        input = await readOne(file, () => parser, opts);
      } catch (e) {
        if (!(e instanceof WorkerBroken)) throw e;
        // No worker could start: read here (the bytes were never sent), and stay here.
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
