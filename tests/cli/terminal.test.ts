/**
 * What the CLI prints is safe for a terminal: a school's cell holding ESC sequences, BEL, C1
 * controls, bidi overrides or non-characters (hostile/text.xlsx of make_hostile.py: Excel's
 * «_x001B_» is a real ESC once read) is shown escaped («\x1B») in text output and as JSON escapes in
 * --json output; output piped into `head` ends quietly; no stack trace reaches the user.
 */
/* eslint-disable no-control-regex -- matching control characters is the point of this file */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { jsonSafe, terminalSafe } from "../../src/cli/terminalText";
import { hostile, MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { tempDir } from "../consolidation/support";
import { REPO_ROOT } from "../paths";
import { nastavnik } from "./run";

/** Anything a terminal may act on, or that is no character at all. */
const RAW_UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const HOSTILE = hostile("text");
const dir = tempDir("nastavnik-terminal-");

describe("terminalSafe and jsonSafe", () => {
  test("controls are shown escaped; Russian text, emoji, tabs and line breaks stay", () => {
    expect(terminalSafe("Школа\u001b[2J\u001b]0;ВЗЛОМ\u0007")).toBe("Школа\\x1B[2J\\x1B]0;ВЗЛОМ\\x07");
    expect(terminalSafe("a\rb\u0085c\u009b31m")).toBe("a\\x0Db\\x85c\\x9B31m");
    expect(terminalSafe("\u202eтекст\ufffe\uffff\ud800")).toBe("\\u202Eтекст\\uFFFE\\uFFFF\\uD800");
    expect(terminalSafe("Ёлкина 🙂\tстрока\nещё")).toBe("Ёлкина 🙂\tстрока\nещё");
  });

  test("property: nothing unsafe survives, and JSON stays JSON with the same strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(RAW_UNSAFE.test(terminalSafe(s))).toBe(false);
        const json = jsonSafe(JSON.stringify({ s }));
        expect(RAW_UNSAFE.test(json)).toBe(false);
        expect(JSON.parse(json)).toEqual({ s });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("commands on a school file full of terminal escapes", () => {
  const runs: [string, string[]][] = [
    ["check", ["check", HOSTILE]],
    ["kpi", ["kpi", HOSTILE]],
    ["match", ["match", HOSTILE]],
    ["report", ["report", HOSTILE, "-o", join(dir, "отчёт.xlsx")]],
    ["consolidate", ["consolidate", HOSTILE, school(TIDY), "-o", join(dir, "свод.xlsx")]],
  ];

  test.each(runs)("%s: text output shows them escaped, never raw", (_name, args) => {
    const r = nastavnik(args);
    expect([0, 1]).toContain(r.code);
    expect(RAW_UNSAFE.test(r.stdout)).toBe(false);
    expect(RAW_UNSAFE.test(r.stderr)).toBe(false);
    // The school's name (in every command's summary) with its escapes visible.
    expect(r.stdout + r.stderr).toContain("\\x1B[2J\\x1B]0;ВЗЛОМ\\x07");
  });

  test.each(runs.filter(([name]) => name !== "report"))(
    "%s --json: JSON escapes, the same strings",
    (name, args) => {
      // Outputs of their own (the text runs above wrote theirs).
      const r = nastavnik([
        ...args.map((a) => (a.startsWith(dir) ? a.replace(/\.xlsx$/, "-json.xlsx") : a)),
        "--json",
      ]);
      expect(RAW_UNSAFE.test(r.stdout)).toBe(false);
      const json = JSON.parse(r.stdout);
      // match's JSON names no school; the others carry its name, escaped.
      if (name !== "match") expect(JSON.stringify(json)).toContain("\\u001b[2J");
    },
  );
});

test("output piped into `head` ends quietly: no EPIPE, no stack trace", () => {
  const files = Array.from({ length: 40 }, () => school(MISTAKES));
  const bin = join(REPO_ROOT, "bin", "nastavnik.cjs");
  const script = `"${process.execPath}" "${bin}" check ${files.map((f) => `"${f}"`).join(" ")} 2>"${join(dir, "stderr.txt")}" | head -n 1; echo "$\{PIPESTATUS[0]}"`;
  const out = execFileSync("bash", ["-c", script], { encoding: "utf8" }).split("\n");
  expect(out[0]).toContain("school-mistakes.xlsx");
  // The status the command had when its reader went away: 1 (errors found) — never a crash.
  expect(["0", "1"]).toContain(out[1]);
  const stderr = spawnSync("cat", [join(dir, "stderr.txt")], { encoding: "utf8" }).stdout;
  expect(stderr).toBe("");
});
