/** Runs the built `nastavnik` command as a user would, capturing stdout, stderr and the exit code. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../paths";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function nastavnik(args: readonly string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "nastavnik.cjs"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function nastavnikJson<T = any>(args: readonly string[]): { code: number; json: T } {
  const r = nastavnik([...args, "--json"]);
  if (r.stdout.trim() === "") throw new Error(`no JSON on stdout; stderr: ${r.stderr}`);
  return { code: r.code, json: JSON.parse(r.stdout) as T };
}
