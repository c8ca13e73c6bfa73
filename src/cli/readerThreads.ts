/**
 * Reading a consolidation's files on several threads. Parsing a file with ExcelJS is CPU-bound and
 * is most of `consolidate`'s time, so each core reads files: this thread, and one worker thread per
 * other core. A worker is the running bundle itself (build/cli.cjs, or a bench bundle) loaded again
 * with READER in its `workerData`; it answers each file it is sent with the file's
 * ConsolidationInput — plain data, cheap to copy back. Every reader takes the next file as soon as
 * it is free, and each input is put at its file's place, so the result is in the order given.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { ConsolidationInput } from "../domain/consolidation/input";
import type { FormMap } from "../domain/forms/formMap";
import type { DayNumber } from "../domain/values/dates";
import { readInput } from "./readInput";

const READER = "nastavnik-consolidation-reader";

interface ReaderData {
  readonly role: typeof READER;
  readonly asOf: DayNumber | undefined;
  /** `--form-map`, as plain data. */
  readonly formMap: FormMap | undefined;
}

interface Job {
  readonly id: number;
  readonly file: string;
}

type Reply =
  | { readonly id: number; readonly input: ConsolidationInput }
  | { readonly id: number; readonly failure: string };

type Reader = (file: string) => Promise<ConsolidationInput>;

/**
 * The file a worker can load: the bundle this code was built into. Null when running from the
 * TypeScript sources (the tests), which a worker cannot load; files are then read on this thread.
 */
export function readerScript(): string | null {
  return /\.c?js$/.test(__filename) ? __filename : null;
}

/**
 * A worker thread as a reader. It reads the files it is sent one after another; an error while
 * reading a file, or the thread stopping, is thrown to the file's caller.
 */
function workerReader(worker: Worker): Reader {
  const pending = new Map<number, { resolve(input: ConsolidationInput): void; reject(e: Error): void }>();
  let lastId = 0;
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    if (p === undefined) return; // its read has already failed with the thread
    pending.delete(reply.id);
    if ("failure" in reply) p.reject(new Error(reply.failure));
    else p.resolve(reply.input);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`Поток чтения файлов остановился (код ${code}).`)));
  return (file) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, file } satisfies Job);
    });
}

/**
 * Reads every file on this thread and `workers` worker threads; `onRead` is told of each file as
 * it is done. An error thrown while reading a file (a bug: an unreadable file is an input, not an
 * error) fails the whole read, as it does when the files are read in turn.
 */
export async function readOnThreads(
  script: string,
  workers: number,
  files: readonly string[],
  asOf: DayNumber | undefined,
  onRead: (done: number, file: string) => void,
  formMap?: FormMap,
): Promise<ConsolidationInput[]> {
  const data: ReaderData = { role: READER, asOf, formMap };
  const threads = Array.from({ length: workers }, () => new Worker(script, { workerData: data }));
  // Each worker is given a second file while it reads one, so it never waits for this thread —
  // which is busy reading files of its own.
  const readers: Reader[] = [(file) => readInput(file, asOf, formMap)];
  for (const reader of threads.map(workerReader)) readers.push(reader, reader);
  const inputs = new Array<ConsolidationInput>(files.length);
  let next = 0;
  let done = 0;
  let failed = false;
  const drain = async (read: Reader) => {
    while (next < files.length && !failed) {
      const index = next++;
      try {
        inputs[index] = await read(files[index]);
      } catch (e) {
        failed = true; // the other readers stop too
        throw e;
      }
      if (!failed) onRead(++done, files[index]);
    }
  };
  try {
    await Promise.all(readers.map(drain));
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return inputs;
}

/** A worker's side: answer each file sent with its input, one file at a time, in the order sent. */
function serveAsReader(
  port: NonNullable<typeof parentPort>,
  asOf: DayNumber | undefined,
  formMap: FormMap | undefined,
): void {
  let queue = Promise.resolve();
  port.on("message", ({ id, file }: Job) => {
    queue = queue.then(() =>
      readInput(file, asOf, formMap).then(
        (input) => port.postMessage({ id, input } satisfies Reply),
        (e: unknown) =>
          port.postMessage({
            id,
            failure: e instanceof Error ? (e.stack ?? e.message) : String(e),
          } satisfies Reply),
      ),
    );
  });
}

const started = workerData as Partial<ReaderData> | null;
if (!isMainThread && parentPort !== null && started?.role === READER)
  serveAsReader(parentPort, started.asOf, started.formMap);
