/**
 * The yardstick of the consolidation benches (architecture.md): a plain read-only pass over the
 * same files with openpyxl, timed on the same machine at the same moment, so that the ratio
 * survives a busy host.
 */
import { spawnSync } from "node:child_process";

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

/** Seconds openpyxl takes to read the files, or null when it cannot run here. */
export function openpyxlSeconds(files: readonly string[]): number | null {
  const r = spawnSync("/usr/bin/python3", ["-c", OPENPYXL_PASS, ...files], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}
