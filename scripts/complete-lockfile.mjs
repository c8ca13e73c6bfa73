// Completes package-lock.json for `npm ci`: the registry mirror of these machines does not serve
// optional platform packages of other systems (e.g. @swc/core-darwin-arm64), so `npm install` leaves
// them out of the lock and `npm ci` then refuses it. Their entries are added with their os/cpu, so
// npm knows to skip them here. Run after every `npm install`: node scripts/complete-lockfile.mjs package-lock.json
import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, "utf8"));
const pk = lock.packages;
const osOf = (n) => /darwin/.test(n) ? ["darwin"] : /win32/.test(n) ? ["win32"] : /android/.test(n) ? ["android"] : /freebsd/.test(n) ? ["freebsd"] : /openharmony/.test(n) ? ["openharmony"] : /linux/.test(n) ? ["linux"] : null;
const cpuOf = (n) => /arm64/.test(n) ? ["arm64"] : /arm-|arm$|eabi/.test(n) ? ["arm"] : /ia32/.test(n) ? ["ia32"] : /x64/.test(n) ? ["x64"] : /ppc64/.test(n) ? ["ppc64"] : /s390x/.test(n) ? ["s390x"] : /riscv64/.test(n) ? ["riscv64"] : /loong64/.test(n) ? ["loong64"] : /wasm32/.test(n) ? ["wasm32"] : null;
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path.includes("node_modules/") ? path.slice(0, path.lastIndexOf("node_modules/")) : "";
    const candidates = [`${path}/node_modules/${dep}`, `${base}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pk[c])) continue;
    const e = { version, optional: true };
    if (entry.dev) e.dev = true;
    const os = osOf(dep), cpu = cpuOf(dep);
    if (os) e.os = os;
    if (cpu) e.cpu = cpu;
    pk[`node_modules/${dep}`] = e;
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} entries`);
