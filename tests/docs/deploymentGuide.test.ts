/**
 * docs/deployment.md says what the build and the pane do: its feature table is the pane's own
 * (src/domain/port/hostFeatures.ts), and every Content-Security-Policy it gives for a web server
 * is the one the build puts into the pages. `UPDATE_DOCS=1 npx jest tests/docs` rewrites the table.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy } from "../../scripts/deployment";
import { HOST_FEATURES, MIN_EXCEL_API } from "../../src/domain/port/hostFeatures";
import { hostFeaturesMarkdown } from "../../src/domain/port/hostFeaturesDoc";
import { REPO_ROOT } from "../paths";

const GUIDE = join(REPO_ROOT, "docs", "deployment.md");
const START = "<!-- host-features:start -->";
const END = "<!-- host-features:end -->";

function withTable(guide: string): string {
  const from = guide.indexOf(START);
  const to = guide.indexOf(END);
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  return `${guide.slice(0, from + START.length)}\n${hostFeaturesMarkdown()}\n${guide.slice(to)}`;
}

test("the feature table is the one the pane uses", () => {
  const guide = readFileSync(GUIDE, "utf8");
  const expected = withTable(guide);
  if (process.env.UPDATE_DOCS === "1" && expected !== guide) writeFileSync(GUIDE, expected);
  expect(guide).toBe(expected);
  for (const feature of HOST_FEATURES)
    expect(guide).toContain(`| ${feature.version} | \`${feature.apis[0]}\``);
});

test("the guide names the manifest's minimum", () => {
  expect(readFileSync(GUIDE, "utf8")).toContain(`ExcelApi) не\nниже **${MIN_EXCEL_API}**`);
});

test("every Content-Security-Policy in the guide is the build's", () => {
  const guide = readFileSync(GUIDE, "utf8");
  const policies = [...guide.matchAll(/default-src [^"\n]+/g)].map((m) => m[0]);
  // The header line, nginx, Apache and IIS.
  expect(policies).toHaveLength(4);
  for (const policy of policies) expect(policy).toBe(contentSecurityPolicy("production"));
});
