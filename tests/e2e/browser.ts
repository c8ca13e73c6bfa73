/**
 * Browser-test harness: serves the webpack build (dist/) on loopback, answers the office.js request
 * with the fake host, blocks — and records — any other request, and saves screenshots as artefacts.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO_ROOT } from "../paths";
import type { FakeWorkbookState } from "../fakeExcel";
import { manifestHostSets } from "../fakeExcel/manifestSets";

const DIST = join(REPO_ROOT, "dist");
export const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

function serveDist(): Promise<Server> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let stubCode: string | undefined;
async function officeStub(): Promise<string> {
  stubCode ??= (
    await build({
      entryPoints: [join(__dirname, "officeStub.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2020",
      write: false,
      logLevel: "silent",
    })
  ).outputFiles[0].text;
  return stubCode;
}

export interface PaneSession {
  readonly page: Page;
  /** Requests the pane tried to make to anything but its own files and office.js. */
  readonly foreignRequests: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly seed?: FakeWorkbookState;
  readonly requirementSets?: Record<string, string>;
  readonly width?: number;
  /**
   * What answers the office.js request: the fake Excel host (default), office.js outside Office
   * (loads, reports no host), or nothing (the request fails, as without network).
   */
  readonly office?: "excel" | "noHost" | "unreachable";
  /** The page to open, relative to dist/. */
  readonly path?: string;
  /** Runs before the page loads (init scripts, extra routes). */
  readonly beforeLoad?: (page: Page) => Promise<unknown>;
}

export async function openPane(opts: OpenOptions = {}): Promise<PaneSession> {
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      // Date inputs follow the browser's UI language, as they do in a Russian Office.
      "--lang=ru-RU",
    ],
  });
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 360, height: 900 },
    locale: "ru-RU",
  });
  const foreignRequests: string[] = [];
  const stub = await officeStub();
  const office = opts.office ?? "excel";
  await page.addInitScript(
    ([seed, sets, noHost]) => {
      const w = window as unknown as Record<string, unknown>;
      if (seed) w.__NASTAVNIK_SEED__ = seed;
      if (sets) w.__NASTAVNIK_SETS__ = sets;
      if (noHost) w.__NASTAVNIK_NO_HOST__ = true;
    },
    [opts.seed ?? null, opts.requirementSets ?? manifestHostSets(), office === "noHost"] as const,
  );
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      if (office === "unreachable") return route.abort("internetdisconnected");
      return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    }
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    // Personal data never leaves the workbook: anything else is a failure of the test.
    foreignRequests.push(url);
    return route.abort();
  });
  page.on("pageerror", (e) => foreignRequests.push(`pageerror: ${e.message}`));
  // The pages' Content-Security-Policy must let the pane work: a violation fails the test too.
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) foreignRequests.push(`csp: ${message.text()}`);
  });
  await opts.beforeLoad?.(page);
  await page.goto(`${origin}/${opts.path ?? "taskpane.html"}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    foreignRequests,
    async screenshot(name) {
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}
