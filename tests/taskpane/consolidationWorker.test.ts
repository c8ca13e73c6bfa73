/** @jest-environment jsdom */
/**
 * The pane's «Свод» reads files in a Web Worker (src/taskpane/consolidation/parseFiles.ts), bounded
 * like the CLI's readers: a file whose read outlasts its time limit, or during which the worker dies
 * (out of memory, a crash), is that file's S003 and a fresh worker reads the next one; a worker that
 * cannot start at all sends every file to the main thread. jsdom has no Worker: a stand-in plays
 * the worker's part, reading good files with the real `inputOfBytes` and misbehaving on demand.
 */
import { readFileSync } from "node:fs";
import { parseFiles } from "../../src/taskpane/consolidation/parseFiles";
import { inputOfBytes } from "../../src/taskpane/consolidation/inputOfBytes";
import type { ParseReply, ParseRequest } from "../../src/taskpane/consolidation/parseMessages";
import { MESSY, school, TIDY } from "../fixtures/schoolFiles";

type Behaviour = "works" | "never starts";

class StandInWorker {
  static behaviour: Behaviour = "works";
  static made: StandInWorker[] = [];
  onmessage: ((e: { data: ParseReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;

  constructor() {
    StandInWorker.made.push(this);
  }

  private reply(data: ParseReply) {
    setTimeout(() => !this.terminated && this.onmessage?.({ data }), 0);
  }

  private fail(message: string) {
    setTimeout(() => !this.terminated && this.onerror?.({ message, preventDefault: () => undefined }), 0);
  }

  postMessage(request: ParseRequest): void {
    if ("ping" in request) {
      if (StandInWorker.behaviour === "never starts") this.fail("script failed to load");
      else this.reply({ ready: true });
      return;
    }
    if (request.name.startsWith("hang")) return; // reads forever
    if (request.name.startsWith("crash")) return this.fail("Out of memory");
    void inputOfBytes(request.name, request.bytes, { asOf: request.asOf }).then((input) =>
      this.reply({ id: request.id, input }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

const fileOf = (path: string, name: string) => new File([readFileSync(path)], name);
const before = (globalThis as { Worker?: unknown }).Worker;
beforeEach(() => {
  StandInWorker.made = [];
  StandInWorker.behaviour = "works";
  (globalThis as { Worker?: unknown }).Worker = StandInWorker;
});
afterAll(() => {
  (globalThis as { Worker?: unknown }).Worker = before;
});

test("a hang and a crash cost only their own files; fresh workers read the rest", async () => {
  const files = [
    fileOf(school(TIDY), "a-школа.xlsx"),
    fileOf(school(TIDY), "hang.xlsx"),
    fileOf(school(TIDY), "crash.xlsx"),
    fileOf(school(MESSY), "d-школа.xlsx"),
  ];
  const inputs = await parseFiles(files, () => undefined, { timeLimitMs: () => 400 });
  // In name order: a-школа, crash, d-школа, hang.
  expect(inputs.map((i) => i.file)).toEqual(["a-школа.xlsx", "crash.xlsx", "d-школа.xlsx", "hang.xlsx"]);
  expect(inputs.map((i) => i.status)).toEqual(["ok", "unreadable", "ok", "unreadable"]);
  expect(inputs[1].issues[0]).toMatchObject({
    code: "S003",
    message: "Файл не читается: сбой при чтении (Out of memory).",
  });
  expect(inputs[3].issues[0]).toMatchObject({
    code: "S003",
    message:
      "Файл не читается: читается слишком долго (дольше 0,4 с) — чтение остановлено, остальные файлы обработаны.",
  });
  expect(inputs[0].school?.code).toBe("ОО-11");
  expect(inputs[2].school?.code).toBe("ОО-12");
  // One worker to start with and a fresh one after the crash; that one, stuck on the hang (the last
  // file), is stopped.
  expect(StandInWorker.made).toHaveLength(2);
  expect(StandInWorker.made.every((w) => w.terminated)).toBe(true);
});

test("a worker that cannot start: every file is read on the main thread, none lost", async () => {
  StandInWorker.behaviour = "never starts";
  const inputs = await parseFiles(
    [fileOf(school(TIDY), "a.xlsx"), fileOf(school(MESSY), "b.xlsx")],
    () => undefined,
  );
  expect(inputs.map((i) => [i.file, i.status, i.school?.code])).toEqual([
    ["a.xlsx", "ok", "ОО-11"],
    ["b.xlsx", "ok", "ОО-12"],
  ]);
  expect(StandInWorker.made).toHaveLength(1);
});
