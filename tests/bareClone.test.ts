/**
 * `npm test` runs on a bare clone: no test outside the contract suite (tests/contract/, run by CI
 * beside ../shared) reaches for ../shared, whether through tests/paths.ts or by a path of its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO_ROOT } from "./paths";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const SHARED_USE = /\bSHARED\b|\.\.\/shared\b|\/work\/shared\b/;

test("only tests/contract reads ../shared", () => {
  const offending = [join(REPO_ROOT, "tests"), join(REPO_ROOT, "src"), join(REPO_ROOT, "bench")]
    .flatMap(files)
    .map((f) => relative(REPO_ROOT, f))
    .filter((f) => /\.(ts|tsx|js|mjs|py)$/.test(f))
    .filter(
      (f) => !f.startsWith("tests/contract/") && f !== "tests/paths.ts" && f !== "tests/bareClone.test.ts",
    )
    .filter((f) => SHARED_USE.test(readFileSync(join(REPO_ROOT, f), "utf8")));
  expect(offending).toEqual([]);
});

test("jest's own config keeps the contract suite out of `npm test`", () => {
  const config = readFileSync(join(REPO_ROOT, "jest.config.js"), "utf8");
  expect(config).toMatch(/testPathIgnorePatterns: \[[^\]]*"\/tests\/contract\/"/);
});
