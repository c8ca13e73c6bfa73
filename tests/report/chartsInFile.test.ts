/**
 * The report file as people get it (`nastavnik report`, the pane's export: one writer): native
 * charts bound to «Мониторинг»'s cells, in parts Excel reads, that LibreOffice opens and keeps,
 * and pages that print on A4 with the charts whole. The pages are saved as images under
 * test-results/print/ to be looked at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { reportPlan } from "../../src/domain/report/reportPlan";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { day } from "../domain/builders";
import { REPO_ROOT } from "../paths";
import { libreOfficeConvert, tempDir } from "../xlsx/support/external";
import { busySchool } from "./support";

const dir = tempDir("charts");
const file = join(dir, "Мониторинг.xlsx");
const PRINT = join(REPO_ROOT, "test-results", "print");
let zip: JSZip;
const plan = reportPlan(busySchool().result, day("2024-12-23"));
const monitoring = plan.sheets.find((s) => s.name === MONITORING_SHEET)!;

beforeAll(async () => {
  const bytes = await writePlanToBuffer(plan);
  writeFileSync(file, bytes);
  zip = await JSZip.loadAsync(bytes);
});

const text = (path: string) => zip.file(path)!.async("string");

test("one chart part per chart of the plan, each titled in Russian and bound to the sheet's cells", async () => {
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(monitoring.charts!.length);
  const coverage = await text("xl/charts/chart1.xml");
  const spec = monitoring.charts![0];
  expect(coverage).toContain(`<a:t>${spec.title}</a:t>`);
  expect(coverage).toContain('<c:barDir val="bar"/>');
  // Categories and values refer to the KPI table's rows, with the cells' values cached.
  const [from, to] = spec.dataRange.split(":");
  const top = Number(/\d+/.exec(from)![0]);
  const bottom = Number(/\d+/.exec(to)![0]);
  expect(coverage).toContain(`<c:f>'Мониторинг'!$A$${top + 1}:$A$${bottom}</c:f>`);
  expect(coverage).toContain(`<c:f>'Мониторинг'!$B$${top + 1}:$B$${bottom}</c:f>`);
  expect(coverage).toContain("<c:v>Доля молодых специалистов, имеющих наставника</c:v>");
  expect(coverage).toContain('formatCode="0.0&quot; &quot;%"');
});

test("the sheet, its drawing and the content types tie the charts in", async () => {
  const types = await text("[Content_Types].xml");
  expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(monitoring.charts!.length);
  expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  const sheet = await text("xl/worksheets/sheet1.xml");
  const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)![1];
  const rels = await text("xl/worksheets/_rels/sheet1.xml.rels");
  expect(rels).toContain(
    `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
  );
  // The table parts ExcelJS wrote keep their own ids.
  expect(new Set([...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1])).size).toBe(
    [...rels.matchAll(/<Relationship /g)].length,
  );
  const drawing = await text("xl/drawings/drawing1.xml");
  expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(monitoring.charts!.length);
  // <drawing> stands before <tableParts>, as the schema orders them.
  expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
});

test("LibreOffice opens the file with its charts and keeps them when it saves it again", () => {
  const again = join(dir, "again");
  mkdirSync(again);
  const saved = libreOfficeConvert(file, again, "xlsx");
  const parts = execFileSync("unzip", ["-Z1", saved], { encoding: "utf8" }).split("\n");
  expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(monitoring.charts!.length);
  const titles = parts
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .map((p) => execFileSync("unzip", ["-p", saved, p], { encoding: "utf8" }))
    .join("");
  for (const c of monitoring.charts!) expect(titles).toContain(c.title);
});

test("printed on A4 landscape with page numbers; the pages are saved as images", () => {
  const pdf = libreOfficeConvert(file, dir, "pdf");
  mkdirSync(PRINT, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(PRINT, "monitoring")]);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  // A4 landscape: 842 × 595 points.
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const words = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(words).toContain(`Страница 1 из ${pages}`);
  // Every chart's title is printed, each on the page its band starts (none cut by a page break).
  for (const c of monitoring.charts!) expect(words).toContain(c.title);
  expect(readFileSync(pdf).length).toBeGreaterThan(10_000);
});
