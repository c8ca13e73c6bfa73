/**
 * bench/consolidateRegion — the regional level: a region of 30 municipalities × 100 schools. Each
 * municipality's consolidation workbook (with «Данные свода») is made once from 100 synthetic
 * schools and written to a temp folder; the bench times the region's `consolidate` over the 30
 * workbooks end to end (read + re-pool 3,000 schools + per-municipality totals + plan + write),
 * with peak memory, next to a read-only openpyxl pass over the same 30 files. Prints figures;
 * asserts nothing. (Kept apart from bench/consolidate.ts.)
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { consolidateFiles } from "../src/cli/commands/consolidate";
import type { Output } from "../src/cli/output";
import { consolidate } from "../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../src/domain/consolidation/consolidationPlan";
import { consolidationInput } from "../src/domain/consolidation/readInput";
import { writePlanToFile } from "../src/xlsx/writeFile";
import { openpyxlSeconds } from "./openpyxlPass";
import { syntheticSchool } from "./synthetic";

const MUNICIPALITIES = 30;
const SCHOOLS = 100;
const SIZE = { mentors: 30, mentees: 55, pairs: 65 };
const DIR = join(tmpdir(), "nastavnik-bench-region", `v2-${MUNICIPALITIES}x${SCHOOLS}`);
const quiet: Output = { line() {}, json() {}, error() {}, progress() {}, progressDone() {} };

/** One municipality's consolidation workbook, made from its schools' compact inputs. */
async function municipality(m: number, path: string): Promise<void> {
  const inputs = Array.from({ length: SCHOOLS }, (_, s) => {
    const i = m * SCHOOLS + s;
    const input = consolidationInput(`школа-${i + 1}.xlsx`, syntheticSchool(i, SIZE));
    const code = `МО${m + 1}-${String(s + 1).padStart(3, "0")}`;
    return {
      ...input,
      school: { code, name: `Школа № ${s + 1}`, municipality: `Муниципалитет № ${m + 1}` },
      code: input.code === null ? null : { ...input.code, text: code },
      // Synthetic schools share names across the region: that is not what a region looks like.
      persons: [],
    };
  });
  await writePlanToFile(consolidationPlan(consolidate(inputs)), path);
}

async function municipalFiles(): Promise<string[]> {
  const name = (m: number) => join(DIR, `свод-МО-${String(m + 1).padStart(2, "0")}.xlsx`);
  const have = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".xlsx")).length : 0;
  if (have < MUNICIPALITIES) {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const t0 = performance.now();
    for (let m = 0; m < MUNICIPALITIES; m++) {
      await municipality(m, name(m));
      process.stderr.write(`\r  сводов МО записано: ${m + 1}/${MUNICIPALITIES}`);
    }
    process.stderr.write(` за ${((performance.now() - t0) / 1000).toFixed(0)} с в ${DIR}\n`);
  }
  return Array.from({ length: MUNICIPALITIES }, (_, m) => name(m));
}

async function main(): Promise<void> {
  console.log(`bench/consolidateRegion: регион из ${MUNICIPALITIES} МО × ${SCHOOLS} ОО — свод сводов МО`);
  const files = await municipalFiles();
  global.gc?.();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const t0 = performance.now();
  const c = await consolidateFiles(files, undefined, quiet);
  const read = performance.now() - t0;
  const plan = consolidationPlan(c);
  const planned = performance.now() - t0;
  await writePlanToFile(plan, join(DIR, "..", "свод-региона.xlsx"));
  const s = (performance.now() - t0) / 1000;
  clearInterval(timer);
  console.log(
    `  ${files.length} сводов МО, ${c.files.length} ОО: ${s.toFixed(2)} с (чтение и итог ${(read / 1000).toFixed(2)} с, план ${((planned - read) / 1000).toFixed(2)} с, запись ${(s - planned / 1000).toFixed(2)} с); ` +
      `в итоге ${c.total.schools} ОО, МО: ${c.municipalities.length}; пик кучи ${(peak / 2 ** 20).toFixed(0)} МБ`,
  );
  const py = openpyxlSeconds(files);
  if (py !== null) {
    console.log(
      `  openpyxl, только чтение тех же ${files.length} файлов: ${py.toFixed(2)} с — отношение ${(s / py).toFixed(2)}`,
    );
  }
}

if (isMainThread) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
