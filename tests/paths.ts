/**
 * Paths tests share: the repo root, and the read-only `shared/` folder beside the clone — for the
 * contract suite (tests/contract/) only: every other test runs on a bare clone, on the workbooks of
 * tests/fixtures/schoolFiles.ts.
 */
import { resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "..");
export const SHARED = resolve(REPO_ROOT, "..", "shared");
/** Debian's Python, which has openpyxl (the pyenv `python3` on PATH may not). */
export const PYTHON = "/usr/bin/python3";
