// Runs the benchmarks: each bench/*.ts is bundled with esbuild and executed with node --expose-gc.
// Usage: npm run bench [-- domain consolidate ...]
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const wanted = process.argv.slice(2);
const all = readdirSync("bench")
  .filter((f) => f.endsWith(".ts") && !["synthetic.ts", "openpyxlPass.ts"].includes(f))
  .map((f) => f.slice(0, -3));
const names = wanted.length ? wanted : all;
// Inside the repo (build/ is ignored) so that external packages resolve from node_modules.
const dir = join("build", "bench");
mkdirSync(dir, { recursive: true });
for (const name of names) {
  const outfile = join(dir, `${name}.cjs`);
  await build({
    entryPoints: [`bench/${name}.ts`],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
  });
  execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", outfile], { stdio: "inherit" });
}
