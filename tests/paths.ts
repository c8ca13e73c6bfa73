/** Paths tests share: the repo root and the read-only `shared/` folder that sits beside the clone. */
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "..");
export const SHARED = resolve(REPO_ROOT, "..", "shared");
export const SAMPLES = join(SHARED, "samples");
export const sample = (name: string) => join(SAMPLES, name);
/** Debian's Python, which has openpyxl (the pyenv `python3` on PATH may not). */
export const PYTHON = "/usr/bin/python3";
