/**
 * Reading school files on worker threads, one file per thread at a time, each read bounded in time
 * and memory: a file that takes longer than readTimeLimitMs, or whose reading outgrows the thread's
 * heap, costs only that thread — it is stopped, the file becomes S003 with the reason, and a fresh
 * thread takes the next file. Any exception while reading a file is that file's S003 too. So one
 * hostile or broken file among 240 never takes the others down.
 *
 * A worker is the running bundle itself (build/cli.cjs, or a bench bundle) loaded again with READER
 * in its `workerData`; it answers each job with the file's grid (check, kpi, match, report) or its
 * compact ConsolidationInput (consolidate) — plain data, cheap to copy back. From the TypeScript
 * sources (the unit tests) no worker can load, and files are read on this thread, unbounded.
 */
import { stat } from "node:fs/promises";
import { availableParallelism, totalmem } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { unreadableInput, type ConsolidationInput } from "../domain/consolidation/input";
import { consolidationInput } from "../domain/consolidation/readInput";
import type { WorkbookGrid } from "../domain/grid";
import type { FormMap } from "../domain/forms/formMap";
import type { Issue } from "../domain/issues";
import type { DayNumber } from "../domain/values/dates";
import { readTimeLimitMs as fileTimeLimitMs, readTooSlowMessage } from "../xlsx/limits";
import { loadFile, type Loaded, unreadableIssue } from "./loadFile";
import { modifiedTime } from "./modifiedTime";

const READER = "nastavnik-reader";

/**
 * How long one file may take to read (and, for consolidate, to check): src/xlsx/limits.ts, shared
 * with the pane. NASTAVNIK_READ_TIMEOUT_MS sets one fixed limit instead (tests; a very slow machine).
 */
export function readTimeLimitMs(fileBytes: number): number {
  const fromEnv = Number(process.env.NASTAVNIK_READ_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : fileTimeLimitMs(fileBytes);
}

/** The heap one reader may use, whatever the file; the machine's memory shared among the readers. */
export function readerHeapMb(readers: number): number {
  const share = Math.floor(totalmem() / 2 ** 20 / (2 * (readers + 1)));
  return Math.max(512, Math.min(2048, share));
}

/** At most this many reader threads. */
const MAX_READERS = 4;

export type ReadKind = "grid" | "input";

interface ReaderData {
  readonly role: typeof READER;
  readonly asOf: DayNumber | undefined;
  /** `--form-map`, as plain data. */
  readonly formMap: FormMap | undefined;
}

interface Job {
  readonly id: number;
  readonly file: string;
  readonly kind: ReadKind;
}

type Reply =
  | { readonly id: number; readonly grid: WorkbookGrid }
  | { readonly id: number; readonly input: ConsolidationInput }
  | { readonly id: number; readonly issue: Issue };

/** What a read gives: the grid, or the file's S003. */
export type GridRead = Loaded;

/**
 * The file a worker can load: the bundle this code was built into. Null when running from the
 * TypeScript sources (the tests), which a worker cannot load; files are then read on this thread.
 */
export function readerScript(): string | null {
  return /\.c?js$/.test(__filename) ? __filename : null;
}

/** A job sent to a reader, and how its caller is answered. */
interface Pending {
  readonly job: Job;
  readonly limitMs: number;
  readonly resolve: (reply: Reply) => void;
}

/**
 * One worker thread, replaced by a fresh one when a read had to be stopped. Two jobs are in flight
 * at once, so the thread starts the next file as soon as it is done with one instead of waiting for
 * this thread to send it (the round trip was a fifth of a reader's time). A worker reads its jobs
 * one at a time, in the order sent, so a job's time limit runs from the answer to the one before it.
 */
class Reader {
  private worker: Worker | null = null;
  /** Jobs sent to the current worker and not answered yet, oldest first. */
  private inFlight: Pending[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly script: string,
    private readonly data: ReaderData,
    private readonly heapMb: number,
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, {
      workerData: this.data,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      // What a library might print in a reader never reaches the JSON on stdout or the terminal.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on("message", (reply: Reply) => this.answered(reply));
    worker.on("error", (e: Error & { code?: string }) =>
      this.stopped(
        worker,
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `Файл не читается: для его чтения не хватило памяти (предел — ${this.heapMb} МБ на файл). Похоже, в нём заполнено слишком много ячеек; проверьте его в Excel.`
          : `Файл не читается: сбой при чтении (${e.message}).`,
      ),
    );
    worker.on("exit", (code: number) =>
      this.stopped(worker, `Файл не читается: поток чтения остановился (код ${code}).`),
    );
    this.worker = worker;
    return worker;
  }

  /** The time limit of the job the worker is reading now (the oldest in flight). */
  private armTimer(): void {
    clearTimeout(this.timer);
    const head = this.inFlight[0];
    if (head === undefined) return;
    const worker = this.worker!;
    this.timer = setTimeout(() => this.stopped(worker, readTooSlowMessage(head.limitMs)), head.limitMs);
  }

  private answered(reply: Reply): void {
    const head = this.inFlight[0];
    if (head === undefined || reply.id !== head.job.id) return;
    this.inFlight.shift();
    this.armTimer();
    head.resolve(reply);
  }

  /**
   * The worker failed or was stopped: the file it was reading gets `message` as its S003; the jobs
   * sent after it go to a fresh worker.
   */
  private stopped(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    clearTimeout(this.timer);
    this.worker = null;
    // The stopped thread may still report (its heap overflowing as it is terminated).
    worker.removeAllListeners("message");
    worker.on("error", () => undefined);
    void worker.terminate();
    const [head, ...rest] = this.inFlight;
    this.inFlight = [];
    head?.resolve({ id: head.job.id, issue: unreadableIssue(message) });
    for (const p of rest) this.send(p);
  }

  private send(p: Pending): void {
    const worker = this.start();
    this.inFlight.push(p);
    if (this.inFlight.length === 1) this.armTimer();
    worker.postMessage(p.job);
  }

  /** Reads one file; never rejects: a stopped or failed read is the file's S003. */
  async run(job: Job): Promise<Reply> {
    const bytes = await stat(job.file).then(
      (s) => (s.isFile() ? s.size : 0),
      () => 0,
    );
    return new Promise<Reply>((resolve) => this.send({ job, limitMs: readTimeLimitMs(bytes), resolve }));
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    const w = this.worker;
    this.worker = null;
    if (w) {
      w.removeAllListeners("exit");
      await w.terminate();
    }
  }
}

/** Jobs each reader thread has in flight. */
const JOBS_PER_READER = 2;

export interface ReadOptions {
  readonly asOf?: DayNumber;
  /** `consolidate --form-map`: inputs that are neither workbooks, exports nor product forms are read through it. */
  readonly formMap?: FormMap;
  /** Reader threads; default: one per core, at most MAX_READERS, at most one per file. */
  readonly readers?: number;
  /** Heap of each reader thread, MB; default readerHeapMb(readers). */
  readonly heapMb?: number;
  /** Told of each file as it is done, in the order they finish. */
  readonly onRead?: (done: number, file: string) => void;
}

/** How many reader threads for `files` files. */
export function readersFor(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_READERS, files));
}

/**
 * Reads `files` on reader threads with the bundle `script`, each result at its file's place. At
 * most two reads per thread are in flight, and each thread takes the next file as soon as it is
 * free. `consume`, when given, receives each result in file order as soon as it and all before it
 * are in, and the result is not kept (so grids of a long list are not all held at once).
 */
export async function readOnThreads<K extends ReadKind>(
  script: string,
  kind: K,
  files: readonly string[],
  opts: ReadOptions & { consume?: (index: number, read: ReadResult<K>) => void | Promise<void> } = {},
): Promise<ReadResult<K>[]> {
  const count = opts.readers ?? readersFor(files.length);
  const data: ReaderData = { role: READER, asOf: opts.asOf, formMap: opts.formMap };
  const heap = opts.heapMb ?? readerHeapMb(count);
  const readers = Array.from({ length: count }, () => new Reader(script, data, heap));
  const results = new Array<ReadResult<K> | undefined>(files.length);
  let next = 0;
  let done = 0;
  let consumed = 0;
  // Readers wait while this many results are in and not yet consumed (grids can be big).
  const window = opts.consume ? 2 * count : Infinity;
  let waiting: (() => void)[] = [];
  const wakeAll = () => {
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  let consuming = Promise.resolve();
  const drainInOrder = () => {
    consuming = consuming.then(async () => {
      while (consumed < files.length && results[consumed] !== undefined) {
        const r = results[consumed]!;
        if (opts.consume) {
          await opts.consume(consumed, r);
          results[consumed] = undefined as unknown as ReadResult<K>;
        }
        consumed++;
        wakeAll();
      }
    });
  };
  const drain = async (reader: Reader): Promise<void> => {
    while (next < files.length) {
      while (opts.consume && next - consumed >= window) await new Promise<void>((r) => waiting.push(r));
      if (next >= files.length) break;
      const index = next++;
      const reply = await reader.run({ id: index, file: files[index], kind });
      results[index] = resultOf(kind, files[index], reply);
      opts.onRead?.(++done, files[index]);
      drainInOrder();
    }
  };
  try {
    await Promise.all(readers.flatMap((r) => Array.from({ length: JOBS_PER_READER }, () => drain(r))));
    drainInOrder();
    await consuming;
  } finally {
    await Promise.all(readers.map((r) => r.close()));
  }
  return results as ReadResult<K>[];
}

export type ReadResult<K extends ReadKind> = K extends "grid" ? GridRead : ConsolidationInput;

function resultOf<K extends ReadKind>(kind: K, file: string, reply: Reply): ReadResult<K> {
  if ("issue" in reply)
    return (
      kind === "grid" ? { ok: false, issue: reply.issue } : unreadableInput(file, reply.issue)
    ) as ReadResult<K>;
  if ("grid" in reply) return { ok: true, grid: reply.grid } as ReadResult<K>;
  return reply.input as ReadResult<K>;
}

/** One file on this thread: what a worker does for a job. Any exception is the file's S003. */
export async function readHere<K extends ReadKind>(
  kind: K,
  file: string,
  asOf?: DayNumber,
  formMap?: FormMap,
): Promise<ReadResult<K>> {
  const loaded = await loadFile(file);
  if (kind === "grid") return loaded as ReadResult<K>;
  if (!loaded.ok) return unreadableInput(file, loaded.issue) as ReadResult<K>;
  try {
    // The modification time decides between two files of one school (kpi.md, Aggregation).
    const modified = await modifiedTime(file);
    return consolidationInput(file, loaded.grid, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(modified === undefined ? {} : { modified }),
      ...(formMap === undefined ? {} : { formMap }),
    }) as ReadResult<K>;
  } catch (e) {
    return unreadableInput(file, unreadableIssue(failureText(e))) as ReadResult<K>;
  }
}

/** An exception of the project's own code while reading or checking one file, as its S003 text. */
export function failureText(e: unknown): string {
  const what = e instanceof Error ? e.message : String(e);
  return `Файл не обработан: внутренняя ошибка при чтении или проверке (${what}). Сообщите разработчикам; остальные файлы обработаны.`;
}

/**
 * Reads files in order with the bounds above when running from the bundle, on this thread
 * otherwise. The common entry of the commands.
 */
export async function readFiles<K extends ReadKind>(
  kind: K,
  files: readonly string[],
  opts: ReadOptions & { consume?: (index: number, read: ReadResult<K>) => void | Promise<void> } = {},
): Promise<ReadResult<K>[]> {
  const script = readerScript();
  if (script !== null && files.length > 0) return readOnThreads(script, kind, files, opts);
  const results: ReadResult<K>[] = [];
  for (const [i, file] of files.entries()) {
    const r = await readHere(kind, file, opts.asOf, opts.formMap);
    opts.onRead?.(i + 1, file);
    if (opts.consume) await opts.consume(i, r);
    else results.push(r);
  }
  return results;
}

/** A worker's side: answer each job with its result, one at a time, in the order sent. */
function serveAsReader(
  port: NonNullable<typeof parentPort>,
  asOf: DayNumber | undefined,
  formMap: FormMap | undefined,
): void {
  let queue = Promise.resolve();
  port.on("message", ({ id, file, kind }: Job) => {
    queue = queue.then(async () => {
      let reply: Reply;
      try {
        const r = await readHere(kind, file, asOf, formMap);
        reply = kind === "grid" ? gridReply(id, r as GridRead) : { id, input: r as ConsolidationInput };
      } catch (e) {
        reply = { id, issue: unreadableIssue(failureText(e)) };
      }
      port.postMessage(reply);
    });
  });
}

const gridReply = (id: number, r: GridRead): Reply => (r.ok ? { id, grid: r.grid } : { id, issue: r.issue });

const started = workerData as Partial<ReaderData> | null;
if (!isMainThread && parentPort !== null && started?.role === READER)
  serveAsReader(parentPort, started.asOf, started.formMap);
