/**
 * `ADDIN_URL=https://… npm run build` as a school's IT person runs it: the manifest in the build is
 * the template written for that address, every file it names is in the build, nothing deployed
 * carries a source map, every page carries the Content-Security-Policy, the documents are pages;
 * an http:// address is refused with the reason. (Slow: a full production build.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { contentSecurityPolicy, renderManifest } from "../../scripts/deployment";
import { REPO_ROOT } from "../paths";

const BASE = "https://school.example.ru/nastavnik";
const WEBPACK = join(REPO_ROOT, "node_modules", "webpack", "bin", "webpack.js");

function build(addinUrl: string, out: string) {
  return spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--output-path", out], {
    cwd: REPO_ROOT,
    env: { ...process.env, ADDIN_URL: addinUrl },
    encoding: "utf8",
    timeout: 300_000,
  });
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

let out: string;
let files: string[];
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "nastavnik-dist-"));
  const result = build(`${BASE}/`, out);
  expect({ status: result.status, stderr: result.stderr.slice(-2000) }).toEqual({
    status: 0,
    stderr: expect.any(String),
  });
  expect(result.stdout).toContain(`dist/manifest.xml: ${BASE}`);
  files = filesUnder(out).map((f) => f.split("\\").join("/"));
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

test("the manifest is the template written for ADDIN_URL, and every file it names is in the build", () => {
  const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(manifest).toBe(renderManifest(readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8"), BASE));
  const urls = [...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const url of urls) {
    expect(url.startsWith(`${BASE}/`)).toBe(true);
    expect([url, files.includes(url.slice(BASE.length + 1))]).toEqual([url, true]);
  }
});

test("nothing deployed carries a source map", () => {
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const js of files.filter((f) => f.endsWith(".js"))) {
    expect([js, readFileSync(join(out, js), "utf8").includes("sourceMappingURL")]).toEqual([js, false]);
  }
});

test("every page carries the production Content-Security-Policy before any script", () => {
  const pages = files.filter((f) => f.endsWith(".html"));
  expect(pages).toEqual(
    expect.arrayContaining(["taskpane.html", "commands.html", "file.html", "docs/index.html"]),
  );
  for (const page of pages) {
    const html = readFileSync(join(out, page), "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect([page, meta?.[1]]).toEqual([page, contentSecurityPolicy("production")]);
    const firstScript = html.indexOf("<script");
    if (firstScript >= 0) expect(meta!.index).toBeLessThan(firstScript);
  }
  expect(contentSecurityPolicy("production")).not.toContain("unsafe-eval");
});

test("the boot guard is loaded before the bundle, under a name that changes with its content", () => {
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const boot = /<script src="?(boot\.[0-9a-f]{8}\.js)"?>/.exec(html);
  expect(boot).not.toBeNull();
  expect(files).toContain(boot![1]);
  expect(boot!.index).toBeLessThan(html.search(/<script defer/));
});

test("the documents are pages with working links between them", () => {
  const index = readFileSync(join(out, "docs/index.html"), "utf8");
  // The build minifies pages, so the attribute may lose its quotes.
  expect(index).toMatch(/href="?deployment\.html"?>/);
  expect(existsSync(join(out, "docs/deployment.html"))).toBe(true);
});

test("an http:// address stops the build with the reason, before anything is built", () => {
  const refused = mkdtempSync(join(tmpdir(), "nastavnik-refused-"));
  try {
    const result = build("http://school.example.ru/nastavnik", refused);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("нужен адрес https://");
    expect(readdirSync(refused)).toEqual([]);
  } finally {
    rmSync(refused, { recursive: true, force: true });
  }
});
