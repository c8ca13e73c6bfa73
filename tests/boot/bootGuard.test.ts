/**
 * The boot guard must run where the bundle cannot: it is parsed as ES5 (what Internet Explorer 11
 * accepts), and its feature detection is run against the globals of engines Office uses.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { REPO_ROOT } from "../paths";

const source = readFileSync(join(REPO_ROOT, "src/boot/bootGuard.js"), "utf8");

interface BootApi {
  missingFeatures(w: unknown): string[];
  required: [string, unknown][];
  messages: Record<string, { title: string }>;
}

/** Runs the guard in a fresh context whose globals are the given ones (no document: no start). */
function guardIn(globals: Record<string, unknown>): { api: BootApi; context: Record<string, unknown> } {
  const context: Record<string, unknown> = { ...globals };
  runInNewContext(source, context);
  return { api: context.NastavnikBoot as BootApi, context };
}

/** The built-ins of the new context itself: a current engine (Node's V8). */
const modern = runInNewContext("this");
// Node has no Blob/URL inside a bare vm context; a browser does.
const browserExtras = { Blob, URL };

/** An engine without what the ES5 era lacked (Internet Explorer 11's shape of the guard's checks). */
function ie11Like(): Record<string, unknown> {
  const g = runInNewContext(`
    delete Promise.prototype.finally; delete Promise.allSettled; delete Object.fromEntries;
    delete Array.prototype.flatMap; this.Promise = undefined; this.Symbol = undefined; this.globalThis = undefined;
    this`);
  return g;
}

describe("boot guard source", () => {
  it("parses as an ES5 script (no let/const, arrows, classes or modules)", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("would be rejected as ES5 if it used later syntax (the parse is a real check)", () => {
    expect(() =>
      parse(`${source}\nconst later = () => 1;`, { ecmaVersion: 5, sourceType: "script" }),
    ).toThrow();
  });

  it("does not start outside a page (no document): it only exposes its checks", () => {
    const { api, context } = guardIn({});
    expect(typeof api.missingFeatures).toBe("function");
    expect(context.__nastavnikBoot).toBeUndefined();
  });
});

describe("feature detection", () => {
  it("finds nothing missing in a current engine", () => {
    const { api } = guardIn({});
    expect(api.missingFeatures({ ...pick(modern), ...browserExtras })).toEqual([]);
  });

  it("names every missing part of an Internet Explorer 11-like engine", () => {
    const { api } = guardIn({});
    const missing = api.missingFeatures(ie11Like());
    expect(missing).toEqual([
      "Promise",
      "Promise.allSettled",
      "globalThis",
      "Symbol.iterator",
      "Object.fromEntries",
      "Array.prototype.flatMap",
      "Blob, URL.createObjectURL",
    ]);
  });

  it("catches an EdgeHTML 18-like engine (ES2017, without the ES2019/ES2020 built-ins)", () => {
    const { api } = guardIn({});
    const edge = runInNewContext("delete Object.fromEntries; delete Promise.allSettled; this");
    expect(api.missingFeatures({ ...pick(edge), ...browserExtras })).toEqual([
      "Promise.allSettled",
      "Object.fromEntries",
    ]);
  });

  it("treats a check that throws as missing", () => {
    const { api } = guardIn({});
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("access denied");
        },
      },
    );
    expect(api.missingFeatures(hostile)).toHaveLength(api.required.length);
  });
});

/** The context's globals as a plain object the checks can read (vm globals are not enumerable). */
function pick(g: Record<string, unknown>): Record<string, unknown> {
  const names = [
    "Promise",
    "globalThis",
    "Map",
    "Set",
    "WeakMap",
    "Symbol",
    "Object",
    "Array",
    "Blob",
    "URL",
  ];
  return Object.fromEntries(names.map((n) => [n, g[n]]));
}
