/**
 * Files are read on worker threads (src/cli/readerThreads.ts): what comes back is exactly what a
 * read on this thread gives, in the order given — good, broken and missing files alike; and a read
 * that hangs, outgrows its heap or crashes its thread costs only that file (S003 with the reason),
 * the other files going on. The real reader runs from the built bundle (build/cli.cjs, made by
 * `npm test` before jest); the bounds are pinned with a stand-in reader that misbehaves on demand.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  readersFor,
  readerHeapMb,
  readHere,
  readOnThreads,
  readTimeLimitMs,
} from "../../src/cli/readerThreads";
import type { ConsolidationInput } from "../../src/domain/consolidation/input";
import { dayFromYmd } from "../../src/domain/values/dates";
import { SCHOOL_FILES, school, TIDY } from "../fixtures/schoolFiles";
import { REPO_ROOT } from "../paths";

const BUNDLE = join(REPO_ROOT, "build", "cli.cjs");
const shape = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "«undefined»" : x));
const dir = mkdtempSync(join(tmpdir(), "nastavnik-readers-"));

function files(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (const name of SCHOOL_FILES) {
      const copy = join(dir, `${i}-${name}`);
      copyFileSync(school(name), copy);
      out.push(copy);
    }
  }
  const text = join(dir, "text.xlsx");
  writeFileSync(text, "не zip");
  const truncated = join(dir, "truncated.xlsx");
  writeFileSync(truncated, readFileSync(school(TIDY)).subarray(0, 3000));
  out.splice(2, 0, text, join(dir, "missing.xlsx"), "/dev/zero");
  out.splice(9, 0, truncated, dir);
  return out;
}

it.each([undefined, dayFromYmd(2025, 3, 1)])(
  "consolidation inputs read on threads exactly as in turn (as of %s)",
  async (asOf) => {
    const list = files();
    const inTurn: ConsolidationInput[] = [];
    for (const f of list) inTurn.push(await readHere("input", f, asOf));
    const done: string[] = [];
    const onThreads = await readOnThreads(BUNDLE, "input", list, {
      asOf,
      readers: 2,
      onRead: (n, f) => done.push(`${n}:${f}`),
    });
    expect(onThreads.length).toBe(list.length);
    // The same keys in the same order (undefined ones too) and the same values; prototypes differ
    // only because jest runs this test in a realm of its own, which the worker's copies are not made in.
    onThreads.forEach((input, i) => expect([list[i], shape(input)]).toEqual([list[i], shape(inTurn[i])]));
    expect(onThreads).toEqual(inTurn);
    expect(done.map((d) => Number(d.split(":")[0]))).toEqual(list.map((_, i) => i + 1));
    expect(new Set(done.map((d) => d.slice(d.indexOf(":") + 1)))).toEqual(new Set(list));
  },
);

it("grids read on threads are the grids read here, handed over in order and not all kept", async () => {
  const list = files().slice(0, 8);
  const seen: number[] = [];
  const kept = await readOnThreads(BUNDLE, "grid", list, {
    readers: 2,
    consume: async (i, read) => {
      seen.push(i);
      expect([list[i], shape(read)]).toEqual([list[i], shape(await readHere("grid", list[i]))]);
    },
  });
  expect(seen).toEqual(list.map((_, i) => i));
  expect(kept.every((r) => r === undefined)).toBe(true);
});

it("a device, a folder and a missing path are refused at once, without reading them", async () => {
  const [zero, folder, missing] = await Promise.all(
    ["/dev/zero", dir, join(dir, "нет.xlsx")].map((p) => readHere("grid", p)),
  );
  expect(zero).toEqual({ ok: false, issue: expect.objectContaining({ code: "S003" }) });
  expect(!zero.ok && zero.issue.message).toBe("Файл не читается: это устройство, а не файл.");
  expect(!folder.ok && folder.issue.message).toBe("Файл не читается: это папка, а не файл.");
  expect(!missing.ok && missing.issue.message).toBe("Файл не читается: файл не найден.");
});

it("one reader thread per core, at most four, at most one per file; a heap within 512–2048 MB", () => {
  expect(readersFor(1)).toBe(1);
  expect(readersFor(500)).toBeLessThanOrEqual(4);
  expect(readerHeapMb(4)).toBeGreaterThanOrEqual(512);
  expect(readerHeapMb(1)).toBeLessThanOrEqual(2048);
});

test("the time limit: 30 s plus 6 s per megabyte, or the one NASTAVNIK_READ_TIMEOUT_MS sets", () => {
  const MB = 2 ** 20;
  const before = process.env.NASTAVNIK_READ_TIMEOUT_MS;
  delete process.env.NASTAVNIK_READ_TIMEOUT_MS;
  expect(readTimeLimitMs(16 * 1024)).toBe(30_094);
  expect(readTimeLimitMs(11 * MB)).toBe(96_000); // a school of 100,000 rows
  expect(readTimeLimitMs(50 * MB)).toBe(330_000); // the largest file read at all
  process.env.NASTAVNIK_READ_TIMEOUT_MS = "2500";
  expect(readTimeLimitMs(50 * MB)).toBe(2500);
  if (before === undefined) delete process.env.NASTAVNIK_READ_TIMEOUT_MS;
  else process.env.NASTAVNIK_READ_TIMEOUT_MS = before;
});

describe("a read that misbehaves costs only its own file", () => {
  // A stand-in reader speaking the readers' protocol: it reads «ok» files at once, never finishes
  // «hang», fills its heap on «greedy», and dies on «crash».
  const standIn = join(dir, "stand-in-reader.cjs");
  writeFileSync(
    standIn,
    `const { parentPort, workerData } = require("node:worker_threads");
if (workerData && workerData.role === "nastavnik-reader")
  parentPort.on("message", ({ id, file }) => {
    if (file.includes("hang")) for (;;);
    if (file.includes("greedy")) { const keep = []; for (;;) keep.push(new Array(1e6).fill(file)); }
    if (file.includes("crash")) process.exit(3);
    parentPort.postMessage({ id, grid: { sheets: [{ name: file, firstRow: 1, firstCol: 1, rows: [] }], date1904: false } });
  });`,
  );
  const before = process.env.NASTAVNIK_READ_TIMEOUT_MS;
  beforeAll(() => (process.env.NASTAVNIK_READ_TIMEOUT_MS = "4000"));
  afterAll(() =>
    before === undefined
      ? delete process.env.NASTAVNIK_READ_TIMEOUT_MS
      : (process.env.NASTAVNIK_READ_TIMEOUT_MS = before),
  );

  it("a hang is stopped after the time limit, a heap that overflows and a crash are reported, the rest is read", async () => {
    const list = ["ok-1", "hang", "ok-2", "greedy", "ok-3", "crash", "ok-4"];
    const started = Date.now();
    const reads = await readOnThreads(standIn, "grid", list, { readers: 2, heapMb: 64 });
    expect(Date.now() - started).toBeLessThan(30_000);
    const messages = reads.map((r) => (r.ok ? `прочитан ${r.grid.sheets[0].name}` : r.issue.message));
    expect(messages[0]).toBe("прочитан ok-1");
    expect(messages[1]).toBe(
      "Файл не читается: читается слишком долго (дольше 4 с) — чтение остановлено, остальные файлы обработаны.",
    );
    expect(messages[2]).toBe("прочитан ok-2");
    expect(messages[3]).toMatch(
      /^Файл не читается: для его чтения не хватило памяти \(предел — \d+ МБ на файл\)/,
    );
    expect(messages[4]).toBe("прочитан ok-3");
    expect(messages[5]).toBe("Файл не читается: поток чтения остановился (код 3).");
    expect(messages[6]).toBe("прочитан ok-4");
    for (const r of reads) if (!r.ok) expect(r.issue).toMatchObject({ code: "S003", severity: "error" });
  });
});
