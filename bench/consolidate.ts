/**
 * bench/consolidate — `nastavnik consolidate` end to end in-process: read + evaluate + C-rules +
 * pooled total + write plan + writing the .xlsx, over 300 and 1,500 school files of ~150 rows
 * (architecture.md budget: 300 files ≤ 5 s; 1,500 files without running out of memory). The
 * files are written once with the project's own writer into a temp folder and reused. Prints
 * figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { consolidateFiles } from "../src/cli/commands/consolidate";
import type { Output } from "../src/cli/output";
import { consolidationPlan } from "../src/domain/consolidation/consolidationPlan";
import { isRawDate, isRawError, type RawCell, type WorkbookGrid } from "../src/domain/grid";
import type { PlanValue } from "../src/domain/plan/writePlan";
import { templatePlan, type TemplateContent } from "../src/domain/structure/templatePlan";
import { infoSheet } from "../src/domain/template/keyValue";
import type { ListSheetId } from "../src/domain/template/sheets";
import { writePlanToBuffer } from "../src/xlsx/writePlan";
import { writePlanToFile } from "../src/xlsx/writeFile";
import { syntheticSchool } from "./synthetic";

// ~150 rows per school: 30 mentors, 55 mentees, 65 pairs (plus 8 road-map events).
const SIZE = { mentors: 30, mentees: 55, pairs: 65 };
const MAX_FILES = 1500;
const DIR = join(tmpdir(), "nastavnik-bench-consolidate", `v1-${MAX_FILES}`);

const LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";
/** A per-school word of letters, so that persons of different schools have different names. */
function schoolWord(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor(n / LETTERS.length)) s += LETTERS[n % LETTERS.length];
  return s[0].toUpperCase() + s.slice(1);
}

const planValue = (c: RawCell): PlanValue => (isRawDate(c) ? { date: c.iso } : isRawError(c) ? c.text : c);

/**
 * The synthetic school as template content. Names get the school's word in the surname — except
 * the first mentor, shared by two neighbouring schools, so that C003 has realistic work to do.
 */
function schoolContent(index: number): TemplateContent {
  const grid: WorkbookGrid = syntheticSchool(index, SIZE);
  const rename = (name: RawCell, shared: boolean): RawCell => {
    if (typeof name !== "string") return name;
    const [surname, ...rest] = name.split(" ");
    return [`${surname}-${schoolWord(shared ? Math.floor(index / 2) + 100_000 : index)}`, ...rest].join(" ");
  };
  const firstMentor = grid.sheets[1].rows[1][0];
  const fix = (c: RawCell, isName: boolean) => (isName ? rename(c, c === firstMentor) : c);
  const ids: ListSheetId[] = ["mentors", "mentees", "pairs", "plan"];
  const nameCols: Record<ListSheetId, number[]> = { mentors: [0], mentees: [0], pairs: [1, 2], plan: [] };
  const rows: Partial<Record<ListSheetId, PlanValue[][]>> = {};
  ids.forEach((id, k) => {
    rows[id] = grid.sheets[k + 1].rows
      .slice(1)
      .map((r) => r.map((c, j) => planValue(fix(c, nameCols[id].includes(j)))));
  });
  const info: Record<string, PlanValue> = {};
  for (const [label, value] of grid.sheets[0].rows.slice(1)) {
    const item = infoSheet.items.find((it) => it.label === label);
    if (item) info[item.key] = planValue(value);
  }
  return { info, rows };
}

async function schoolFiles(): Promise<string[]> {
  const name = (i: number) => join(DIR, `school-${String(i + 1).padStart(4, "0")}.xlsx`);
  const have = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".xlsx")).length : 0;
  if (have < MAX_FILES) {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const t0 = performance.now();
    for (let i = 0; i < MAX_FILES; i++) {
      await writeFile(name(i), await writePlanToBuffer(templatePlan(schoolContent(i))));
      if ((i + 1) % 250 === 0) process.stderr.write(`\r  записано ${i + 1}/${MAX_FILES} файлов ОО`);
    }
    process.stderr.write(
      `\r  ${MAX_FILES} файлов ОО записаны за ${((performance.now() - t0) / 1000).toFixed(0)} с в ${DIR}\n`,
    );
  }
  return Array.from({ length: MAX_FILES }, (_, i) => name(i));
}

const quiet: Output = { line() {}, json() {}, error() {}, progress() {}, progressDone() {} };

/** Peak heap and RSS while `work` runs: sampled on a timer, and once more at the end. */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; heapMb: number; rssMb: number }> {
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await work();
    sample();
    return { result, heapMb: heap / 2 ** 20, rssMb: rss / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Runs one consolidation and prints its figures; returns its wall time in seconds. */
async function run(files: readonly string[]): Promise<number> {
  const out = join(DIR, "..", `svod-${files.length}.xlsx`);
  global.gc?.();
  const phases: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const {
    result: c,
    heapMb,
    rssMb,
  } = await withPeakMemory(async () => {
    let t = performance.now();
    const c = await consolidateFiles(files, undefined, quiet);
    phases["чтение+проверка+итог"] = performance.now() - t;
    t = performance.now();
    const plan = consolidationPlan(c);
    phases["план"] = performance.now() - t;
    t = performance.now();
    await writePlanToFile(plan, out);
    phases["запись"] = performance.now() - t;
    return c;
  });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time (with the GC's threads): on a busy machine, wall time alone says little.
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const issues = c.files.reduce((n, f) => n + f.issues.length, 0);
  console.log(
    `${String(files.length).padStart(5)} файлов: ${s.toFixed(2)} с, ${(files.length / s).toFixed(0)} файлов/с ` +
      `(${Object.entries(phases)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} с`)
        .join(", ")}); ` +
      `ЦП ${cpuS.toFixed(1)} с; пик кучи ${heapMb.toFixed(0)} МБ, пик RSS ${rssMb.toFixed(0)} МБ; ${c.total.schools} ОО в итоге, ${issues} проблем`,
  );
  return s;
}

/**
 * The budget's yardstick (architecture.md): a plain read-only pass over the same files with
 * openpyxl, timed on the same machine at the same moment, so that the ratio survives a busy host.
 */
const OPENPYXL_PASS = `
import sys, time
from openpyxl import load_workbook
t = time.time()
for f in sys.argv[1:]:
    wb = load_workbook(f, read_only=True)
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            pass
    wb.close()
print(time.time() - t)
`;

function openpyxlSeconds(files: readonly string[]): number | null {
  const r = spawnSync("/usr/bin/python3", ["-c", OPENPYXL_PASS, ...files], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

async function main(): Promise<void> {
  console.log("bench/consolidate: чтение + проверка + C-правила + итог + план + запись свода");
  const files = await schoolFiles();
  await run(files.slice(0, 300)); // cold: the JIT is still learning the code paths
  const ours = await run(files.slice(0, 300)); // the budget: ≤ 5 s
  const py = openpyxlSeconds(files.slice(0, 300));
  if (py !== null) {
    console.log(
      `  openpyxl, только чтение тех же 300 файлов: ${py.toFixed(2)} с (в бюджете ≈ 4 с) — свод занимает ${(ours / py).toFixed(2)} от этого времени`,
    );
  }
  await run(files); // 1,500 files: memory must hold
  console.log(`  пик RSS процесса: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} МБ`);
}

// `consolidate` reads files on threads that load this same bundle (src/cli/readerThreads.ts):
// only the main thread runs the benchmark.
if (isMainThread) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
