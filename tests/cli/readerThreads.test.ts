/**
 * `consolidate` reads files on worker threads when there are many (src/cli/readerThreads.ts): the
 * inputs must be exactly those read in turn, in the order given — good, broken and missing files
 * alike. The worker runs the built bundle (build/cli.cjs, made by `npm test` before jest).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInput } from "../../src/cli/readInput";
import type { ConsolidationInput } from "../../src/domain/consolidation/input";
import { readerWorkersFor } from "../../src/cli/readInputs";
import { readOnThreads } from "../../src/cli/readerThreads";
import { dayFromYmd } from "../../src/domain/values/dates";
import { SCHOOL_FILES, TIDY, school } from "../fixtures/schoolFiles";
import { REPO_ROOT } from "../paths";

const BUNDLE = join(REPO_ROOT, "build", "cli.cjs");
const shape = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "«undefined»" : x));
const dir = mkdtempSync(join(tmpdir(), "nastavnik-readers-"));

function files(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (const name of SCHOOL_FILES) {
      const copy = join(dir, `${i}-${name}`);
      copyFileSync(school(name), copy);
      out.push(copy);
    }
  }
  const text = join(dir, "text.xlsx");
  writeFileSync(text, "не zip");
  const truncated = join(dir, "truncated.xlsx");
  writeFileSync(truncated, readFileSync(school(TIDY)).subarray(0, 3000));
  out.splice(2, 0, text, join(dir, "missing.xlsx"));
  out.splice(9, 0, truncated, dir);
  return out;
}

it.each([undefined, dayFromYmd(2025, 3, 1)])(
  "reads on threads exactly as in turn (as of %s)",
  async (asOf) => {
    const list = files();
    const inTurn: ConsolidationInput[] = [];
    for (const f of list) inTurn.push(await readInput(f, asOf));
    const done: string[] = [];
    const onThreads = await readOnThreads(BUNDLE, 2, list, asOf, (n, f) => done.push(`${n}:${f}`));
    expect(onThreads.length).toBe(list.length);
    // The same keys in the same order (undefined ones too) and the same values; prototypes differ
    // only because jest runs this test in a realm of its own, which the worker's copies are not made in.
    onThreads.forEach((input, i) => expect([list[i], shape(input)]).toEqual([list[i], shape(inTurn[i])]));
    expect(onThreads).toEqual(inTurn);
    expect(done.map((d) => Number(d.split(":")[0]))).toEqual(list.map((_, i) => i + 1));
    expect(new Set(done.map((d) => d.slice(d.indexOf(":") + 1)))).toEqual(new Set(list));
  },
);

it("keeps a handful of files on this thread", () => {
  expect(readerWorkersFor(1)).toBe(0);
  expect(readerWorkersFor(50)).toBe(0);
});
