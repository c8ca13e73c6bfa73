/**
 * bench/consolidate — `nastavnik consolidate` end to end (read + evaluate + C-rules + pooled total
 * + write plan + writing the .xlsx) over the same 300 and 1,500 school files of ~150 rows, next to
 * a read-only openpyxl pass over them (the yardstick of architecture.md and issue 17: ≤ 0.5 × it,
 * 1,500 files under 600 MB), and `check`/`kpi` on one school of 100,000 mentees and 100,000 pairs.
 * Each measured run is a fresh process (cold, as a user runs the command; its peak RSS is its own
 * and its reader threads'), the yardstick timed right after it on the same files. Before that:
 * the consolidation through the streaming reader equals the one through ExcelJS (the reader it
 * replaced), and both readers alone on 300 files. Prints figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { check } from "../src/cli/commands/check";
import { consolidateFiles } from "../src/cli/commands/consolidate";
import { kpi } from "../src/cli/commands/kpi";
import type { Output } from "../src/cli/output";
import { consolidate } from "../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../src/domain/consolidation/consolidationPlan";
import { consolidationInput } from "../src/domain/consolidation/readInput";
import { isRawDate, isRawError, type RawCell, type WorkbookGrid } from "../src/domain/grid";
import type { PlanValue } from "../src/domain/plan/writePlan";
import { templatePlan, type TemplateContent } from "../src/domain/structure/templatePlan";
import { infoSheet } from "../src/domain/template/keyValue";
import type { ListSheetId } from "../src/domain/template/sheets";
import { readWorkbookGrid } from "../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../src/xlsx/writePlan";
import { writePlanToFile } from "../src/xlsx/writeFile";
import { excelJsGrid } from "../tests/xlsx/support/excelJsReference";
import { ratioLine } from "./support/openpyxlPass";
import { syntheticSchool } from "./synthetic";

// ~150 rows per school: 30 mentors, 55 mentees, 65 pairs (plus 8 road-map events).
const SIZE = { mentors: 30, mentees: 55, pairs: 65 };
const MAX_FILES = 1500;
const ROOT = join(tmpdir(), "nastavnik-bench-consolidate");
const DIR = join(ROOT, `v1-${MAX_FILES}`);
/** One big school: 10,000 mentors, 100,000 mentees, 100,000 pairs. */
const BIG_SIZE = { mentors: 10_000, mentees: 100_000, pairs: 100_000 };
const BIG_FILE = join(ROOT, "big-school-100000.xlsx");
const AS_OF = "2024-12-20";

const LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";
/** A per-school word of letters, so that persons of different schools have different names. */
function schoolWord(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor(n / LETTERS.length)) s += LETTERS[n % LETTERS.length];
  return s[0].toUpperCase() + s.slice(1);
}

const planValue = (c: RawCell): PlanValue => (isRawDate(c) ? { date: c.iso } : isRawError(c) ? c.text : c);

/** A synthetic school as template content (the writer's input). */
function contentOf(
  grid: WorkbookGrid,
  fix: (c: RawCell, isName: boolean) => RawCell = (c) => c,
): TemplateContent {
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

/**
 * School `index`: names get the school's word in the surname — except the first mentor, shared by
 * two neighbouring schools, so that C003 has realistic work to do.
 */
function schoolContent(index: number): TemplateContent {
  const grid = syntheticSchool(index, SIZE);
  const firstMentor = grid.sheets[1].rows[1][0];
  const rename = (name: RawCell, shared: boolean): RawCell => {
    if (typeof name !== "string") return name;
    const [surname, ...rest] = name.split(" ");
    return [`${surname}-${schoolWord(shared ? Math.floor(index / 2) + 100_000 : index)}`, ...rest].join(" ");
  };
  return contentOf(grid, (c, isName) => (isName ? rename(c, c === firstMentor) : c));
}

const fileName = (i: number) => join(DIR, `school-${String(i + 1).padStart(4, "0")}.xlsx`);
const schoolFileList = () => Array.from({ length: MAX_FILES }, (_, i) => fileName(i));

async function writeSchoolFiles(): Promise<void> {
  const have = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".xlsx")).length : 0;
  if (have >= MAX_FILES) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const t0 = performance.now();
  for (let i = 0; i < MAX_FILES; i++) {
    await writeFile(fileName(i), await writePlanToBuffer(templatePlan(schoolContent(i))));
    if ((i + 1) % 250 === 0) process.stderr.write(`\r  записано ${i + 1}/${MAX_FILES} файлов ОО`);
  }
  process.stderr.write(`\r  ${MAX_FILES} файлов ОО записаны за ${seconds(t0)} с в ${DIR}\n`);
}

async function writeBigSchool(): Promise<void> {
  if (existsSync(BIG_FILE)) return;
  mkdirSync(ROOT, { recursive: true });
  const t0 = performance.now();
  await writeFile(BIG_FILE, await writePlanToBuffer(templatePlan(contentOf(syntheticSchool(0, BIG_SIZE)))));
  process.stderr.write(`  большая ОО записана за ${seconds(t0)} с в ${BIG_FILE}\n`);
}

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
const quiet: Output = { line() {}, json() {}, error() {}, progress() {}, progressDone() {} };

/** Peak main-thread heap while `work` runs, sampled on a timer and once more at the end. */
async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result: T; heapMb: number }> {
  let heap = 0;
  const sample = () => (heap = Math.max(heap, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 5);
  try {
    const result = await work();
    sample();
    return { result, heapMb: heap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

interface RunFigures {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly phases: Record<string, number>;
  readonly heapMb: number;
  /** The process's peak resident memory: this thread, the reader threads, everything. */
  readonly rssMb: number;
  readonly note: string;
}

/** In a child process: one cold consolidation of the first `n` files, end to end. */
async function consolidateRun(n: number): Promise<RunFigures> {
  const files = schoolFileList().slice(0, n);
  const out = join(ROOT, `svod-${n}.xlsx`);
  const phases: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { result: c, heapMb } = await withPeakHeap(async () => {
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
  const issues = c.files.reduce((k, f) => k + f.issues.length, 0);
  return {
    seconds: s,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    phases,
    heapMb,
    rssMb: process.resourceUsage().maxRSS / 1024,
    note: `${c.total.schools} ОО в итоге, ${issues} проблем`,
  };
}

/** In a child process: `check` or `kpi` on the big school. */
async function commandRun(command: "check" | "kpi"): Promise<RunFigures> {
  const run = command === "check" ? check : kpi;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { result: code, heapMb } = await withPeakHeap(() => run([BIG_FILE, "--as-of", AS_OF], quiet));
  const cpu = process.cpuUsage(cpu0);
  return {
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    phases: {},
    heapMb,
    rssMb: process.resourceUsage().maxRSS / 1024,
    note: `код выхода ${code}`,
  };
}

function inChild(args: readonly string[]): RunFigures {
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", __filename, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`child ${args.join(" ")} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as RunFigures;
}

function figuresLine(label: string, f: RunFigures, files?: number): string {
  const phases = Object.entries(f.phases)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} с`)
    .join(", ");
  return (
    `${label}: ${f.seconds.toFixed(2)} с` +
    (files === undefined ? "" : `, ${(files / f.seconds).toFixed(0)} файлов/с`) +
    (phases === "" ? "" : ` (${phases})`) +
    `; ЦП ${f.cpuSeconds.toFixed(1)} с; пик кучи ${f.heapMb.toFixed(0)} МБ, пик RSS ${f.rssMb.toFixed(0)} МБ; ${f.note}`
  );
}

/** The consolidation of the first 300 files through both readers: the same, value for value. */
async function sameAsExcelJs(files: readonly string[]): Promise<void> {
  const bytes = files.map((f) => readFileSync(f));
  let t = performance.now();
  const ours = await Promise.all(
    bytes.map(async (b, i) => consolidationInput(files[i], await readWorkbookGrid(b))),
  );
  const oursS = seconds(t);
  t = performance.now();
  const theirs: typeof ours = [];
  for (const [i, b] of bytes.entries()) theirs.push(consolidationInput(files[i], await excelJsGrid(b)));
  const theirsS = seconds(t);
  const same = JSON.stringify(consolidate(ours, {})) === JSON.stringify(consolidate(theirs, {}));
  console.log(
    `  ${files.length} файлов, чтение + проверка в одном потоке: потоковое чтение ${oursS} с, ExcelJS (прежнее) ${theirsS} с; ` +
      `свод ${same ? "совпадает" : "НЕ СОВПАДАЕТ"} с прежним`,
  );
}

async function main(): Promise<void> {
  console.log(
    "bench/consolidate: чтение + проверка + C-правила + итог + план + запись свода (каждый прогон — новый процесс)",
  );
  await writeSchoolFiles();
  const files = schoolFileList();
  await sameAsExcelJs(files.slice(0, 300));
  for (const n of [300, MAX_FILES]) {
    const f = inChild(["--consolidate", String(n)]);
    console.log(figuresLine(`${String(n).padStart(5)} файлов`, f, n));
    console.log(ratioLine(f.seconds, files.slice(0, n), "наш прогон"));
  }
  await writeBigSchool();
  const checked = inChild(["--check"]);
  console.log(figuresLine("check на ОО из 100 000 наставляемых и 100 000 пар", checked));
  console.log(figuresLine("kpi на той же ОО", inChild(["--kpi"])));
  console.log(ratioLine(checked.seconds, [BIG_FILE], "check"));
}

// `consolidate` reads files on threads that load this same bundle (src/cli/readerThreads.ts):
// only the main thread runs the benchmark.
if (isMainThread) {
  const [mode, arg] = process.argv.slice(2);
  const run =
    mode === "--consolidate"
      ? () => consolidateRun(Number(arg)).then((f) => console.log(JSON.stringify(f)))
      : mode === "--check" || mode === "--kpi"
        ? () => commandRun(mode === "--check" ? "check" : "kpi").then((f) => console.log(JSON.stringify(f)))
        : main;
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
