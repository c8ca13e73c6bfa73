/**
 * writeOutputFile (src/cli/outputFiles.ts) writes beside the target and renames: a disk that
 * fills up half-way, or a `kill -9` in the middle of a write, leaves the previous file as it was
 * and no half-written .xlsx.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { OutputError, prepareOutputs, writeOutputFile } from "../../src/cli/outputFiles";
import { REPO_ROOT } from "../paths";

// The module object itself (an `import * as` would be a copy), so that a spy reaches outputFiles.ts.
const fsp = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
const dir = mkdtempSync(join(tmpdir(), "nastavnik-atomic-"));
const PREVIOUS = Buffer.from("the previous consolidation, intact");

afterEach(() => jest.restoreAllMocks());

test("a disk that fills up half-way: Russian message, previous file intact, temporary file removed", async () => {
  const target = join(dir, "свод.xlsx");
  writeFileSync(target, PREVIOUS);
  const [out] = await prepareOutputs([target], { inputs: [], force: true });
  const realOpen = fsp.open;
  jest.spyOn(fsp, "open").mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
    const handle = await realOpen(...args);
    return new Proxy(handle, {
      get(h, key) {
        if (key === "writeFile")
          return async (bytes: Uint8Array) => {
            await h.write(bytes.subarray(0, bytes.length / 2));
            throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
          };
        const v = Reflect.get(h, key) as unknown;
        return typeof v === "function" ? v.bind(h) : v;
      },
    });
  });
  const attempt = writeOutputFile(out, new Uint8Array(4096).fill(7));
  await expect(attempt).rejects.toThrow(OutputError);
  await expect(attempt).rejects.toThrow(`Файл «${target}» не записан: на диске нет места.`);
  expect(readFileSync(target).equals(PREVIOUS)).toBe(true);
  expect(readdirSync(dir).filter((n) => n !== "свод.xlsx")).toEqual([]);
});

test("the new file keeps the previous one's permissions", async () => {
  const target = join(dir, "права.xlsx");
  writeFileSync(target, PREVIOUS, { mode: 0o640 });
  const [out] = await prepareOutputs([target], { inputs: [], force: true });
  await writeOutputFile(out, new Uint8Array([1, 2, 3]));
  expect(readFileSync(target)).toEqual(Buffer.from([1, 2, 3]));
  expect(statSync(target).mode & 0o777).toBe(0o640);
});

test("kill -9 in the middle of a write leaves the previous file intact", async () => {
  // A process that writes 64 MB through writeOutputFile: long enough to be killed mid-way.
  const bundle = join(dir, "writer.cjs");
  buildSync({
    entryPoints: [join(REPO_ROOT, "src/cli/outputFiles.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "cjs",
    logLevel: "silent",
  });
  const target = join(dir, "большой.xlsx");
  writeFileSync(target, PREVIOUS);
  const script = `const { writeOutputFile } = require(${JSON.stringify(bundle)});
writeOutputFile({ given: "x", path: ${JSON.stringify(target)} }, Buffer.alloc(64 * 2 ** 20, 1));`;
  const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );

  // Wait until the temporary file has some of the bytes, then kill.
  const temp = () => readdirSync(dir).find((n) => n.startsWith(".большой.xlsx.") && n.endsWith(".tmp"));
  const deadline = Date.now() + 20_000;
  let seen = 0;
  while (Date.now() < deadline) {
    const t = temp();
    seen = t === undefined ? 0 : statSync(join(dir, t)).size;
    if (seen > 0) break;
    await new Promise((r) => setTimeout(r, 2));
  }
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  expect(seen).toBeGreaterThan(0);
  expect(readFileSync(target).equals(PREVIOUS)).toBe(true);
  // What is left is a hidden .tmp, which no command reads as a school's workbook.
  expect(
    readdirSync(dir).filter(
      (n) =>
        n.toLowerCase().endsWith(".xlsx") && n !== "большой.xlsx" && n !== "права.xlsx" && n !== "свод.xlsx",
    ),
  ).toEqual([]);
});
