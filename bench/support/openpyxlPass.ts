/**
 * The yardstick of the reading benchmarks (architecture.md, issue 17): a plain read-only pass with
 * Python's openpyxl — `load_workbook(read_only=True)` and every row of every sheet — over the same
 * files, timed on the same machine at the same moment, so that ratios survive a busy host.
 */
import { spawnSync } from "node:child_process";

const PASS = `
import sys, time
from openpyxl import load_workbook
files = sys.stdin.read().split("\\n")
t = time.time()
for f in files:
    wb = load_workbook(f, read_only=True)
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            pass
    wb.close()
print(time.time() - t)
`;

/** Seconds the pass takes, or null where Debian's Python with openpyxl is absent. */
export function openpyxlSeconds(files: readonly string[]): number | null {
  const r = spawnSync("/usr/bin/python3", ["-c", PASS], { input: files.join("\n"), encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

export const NO_OPENPYXL = "openpyxl (/usr/bin/python3) не найден — сравнение с ним пропущено";

/** «openpyxl …: X с — <who> занимает R от этого времени», or the note that it was skipped. */
export function ratioLine(ours: number, files: readonly string[], who: string): string {
  const py = openpyxlSeconds(files);
  if (py === null) return `  ${NO_OPENPYXL}`;
  return `  openpyxl, только чтение тех же файлов: ${py.toFixed(2)} с — ${who} занимает ${(ours / py).toFixed(2)} от этого времени (цель ≤ 0,5)`;
}
