/**
 * bench/consolidateBrowser — the pane's «Свод» reading path in headless Chromium: the parse worker
 * (src/taskpane/consolidation/parseWorker.ts, bundled for the browser) is sent each school file's
 * bytes in turn, as parseFiles does, and answers with its compact input. Over the 300 and 1,500
 * files of bench/consolidate (run that first: it writes them), next to the read-only openpyxl pass
 * over the same files; files/s and the peak memory of Chromium's processes. The inputs are checked
 * equal to the ones Node's reader makes. Prints figures; asserts nothing.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { consolidationInput } from "../src/domain/consolidation/readInput";
import { readWorkbookGridSync } from "../src/xlsx/readWorkbook";
import { ratioLine } from "./support/openpyxlPass";

const DIR = join(tmpdir(), "nastavnik-bench-consolidate", "v1-1500");
const COUNTS = [300, 1500];

const PAGE = `<!doctype html><meta charset="utf-8"><script>
window.runBench = async (names, keep) => {
  const bytes = [];
  for (const n of names) bytes.push(await fetch("/files/" + n).then((r) => r.arrayBuffer()));
  const worker = new Worker("/worker.js");
  const inputs = [];
  const t0 = performance.now();
  for (let id = 0; id < names.length; id++) {
    const reply = await new Promise((resolve) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.postMessage({ id, name: names[id], bytes: bytes[id] }, [bytes[id]]);
    });
    if (reply.failure) throw new Error(reply.failure);
    inputs.push(reply.input);
  }
  const ms = performance.now() - t0;
  worker.terminate();
  return { ms, inputs: keep ? JSON.stringify(inputs) : "" };
};
</script>`;

async function workerBundle(): Promise<string> {
  const r = await build({
    entryPoints: ["src/taskpane/consolidation/parseWorker.ts"],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "warning",
  });
  return r.outputFiles[0].text;
}

function serve(worker: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? "/");
    if (url === "/") return res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    if (url === "/worker.js") return res.writeHead(200, { "content-type": "text/javascript" }).end(worker);
    if (url.startsWith("/files/") && !url.includes("..")) {
      return res
        .writeHead(200, { "content-type": "application/octet-stream" })
        .end(readFileSync(join(DIR, url.slice(7))));
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Memory of this process's descendants — Chromium's browser, renderer (with the worker) and helper
 * processes — in MB: their proportional set size, so libraries they share are counted once.
 */
function chromiumPssMb(): number {
  const children = new Map<number, number[]>();
  for (const pid of readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
      total += pss === null ? 0 : Number(pss[1]) / 1024;
    } catch {
      // the process ended meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function main(): Promise<void> {
  console.log("bench/consolidateBrowser: чтение файлов свода в Web Worker'е панели, headless Chromium");
  if (!existsSync(DIR) || readdirSync(DIR).length < 1500) {
    console.log(`  нет файлов в ${DIR}: сначала npm run bench -- consolidate`);
    return;
  }
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const server = await serve(await workerBundle());
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    for (const n of COUNTS) {
      // A fresh page (and worker) per run: cold, as when the analyst picks the files.
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const before = chromiumPssMb();
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, chromiumPssMb())), 100);
      // The inputs come back for the first run only (compared with Node's), not to weigh on the others.
      const keep = n === COUNTS[0];
      const { ms, inputs } = await page.evaluate(
        ([files, k]) =>
          (
            window as unknown as {
              runBench(f: string[], k: boolean): Promise<{ ms: number; inputs: string }>;
            }
          ).runBench(files, k),
        [names.slice(0, n), keep] as const,
      );
      clearInterval(timer);
      await page.close();
      const s = ms / 1000;
      const same =
        !keep ||
        inputs ===
          JSON.stringify(
            names
              .slice(0, n)
              .map((f) => consolidationInput(f, readWorkbookGridSync(readFileSync(join(DIR, f))))),
          );
      console.log(
        `${String(n).padStart(5)} файлов: ${s.toFixed(2)} с, ${(n / s).toFixed(0)} файлов/с; память Chromium (PSS всех процессов) до ${before.toFixed(0)} МБ, пик ${peak.toFixed(0)} МБ` +
          (!keep ? "" : `; итоги файлов ${same ? "совпадают" : "НЕ СОВПАДАЮТ"} с чтением в Node`),
      );
      console.log(
        ratioLine(
          s,
          names.slice(0, n).map((f) => join(DIR, f)),
          "воркер",
        ),
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
