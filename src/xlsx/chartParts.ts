/**
 * Adding the plan's charts to the package ExcelJS wrote (ExcelJS has no charts): per sheet with
 * charts, a drawing part with one anchor per chart, a chart part per chart, the relationships that
 * tie them to the sheet, their content types, and `<drawing r:id>` in the sheet itself. The cached
 * values come from the ExcelJS workbook the plan was applied to, so the file shows the same numbers
 * as the cells before anything recalculates.
 *
 * The package is zipped here, once, with fflate: ExcelJS is asked for an uncompressed package
 * (writePlan.ts), because its own compression (JSZip's pure-JS deflate) took a third of a
 * consolidation's time, and compressing twice when charts are added would double that.
 */
import type { CellValue, Workbook, Worksheet } from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { SheetPlan, WritePlan } from "../domain/plan/writePlan";
import { chartXml, type ChartCell, type ChartData } from "./chartXml";
import { drawingRelsXml, drawingXml } from "./drawingXml";
import { xmlUnescape } from "./xmlText";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

// Excel's day 0 is 30.12.1899 (the 1900 system ExcelJS writes).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function chartCell(v: CellValue): ChartCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "да" : "нет";
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ("result" in v) return chartCell((v.result ?? null) as CellValue);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v) return String(v.text);
  return null;
}

function dataOf(ws: Worksheet): ChartData {
  return {
    sheet: ws.name,
    cell: (row, col) => chartCell(ws.getCell(row, col).value),
    format: (row, col) => ws.getCell(row, col).numFmt ?? null,
  };
}

/** The package's parts by name, in the order they were written. */
type Parts = Record<string, Uint8Array>;

const text = (zip: Parts, path: string): string | undefined =>
  zip[path] === undefined ? undefined : strFromU8(zip[path]);

/** Sheet name → its part (`xl/worksheets/sheet1.xml`), as workbook.xml and its relationships say. */
function sheetParts(zip: Parts): Map<string, string> {
  const workbook = text(zip, "xl/workbook.xml")!;
  const rels = text(zip, "xl/_rels/workbook.xml.rels")!;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) parts.set(xmlUnescape(name).toLowerCase(), part);
  }
  return parts;
}

const relsPathOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** Adds a relationship to a part's .rels (made when absent), with an Id no other uses; returns the Id. */
function addRelationship(zip: Parts, part: string, type: string, target: string): string {
  const path = relsPathOf(part);
  const existing =
    text(zip, path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  put(
    zip,
    path,
    existing.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${R_NS}/${type}" Target="${target}"/></Relationships>`,
    ),
  );
  return id;
}

// CT_Worksheet puts <drawing> after the page setup and before these (sml.xsd).
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function withDrawing(sheetXml: string, relId: string): string {
  if (sheetXml.includes("<drawing ")) throw new Error("Лист уже содержит рисунки: диаграммы не добавлены");
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

const put = (zip: Parts, path: string, xml: string) => {
  zip[path] = strToU8(xml);
};

function countIn(zip: Parts, folder: string): number {
  return Object.keys(zip).filter((f) => f.startsWith(folder) && f.endsWith(".xml")).length;
}

/**
 * The final package: every part deflated at level 1 — about twice as fast as 6, and a tenth larger
 * (a 3.5 MB consolidation: 0.44 MB against 0.35 MB); folder entries, which are not
 * parts (Excel ignores them and the validator warns of them), left out.
 */
function zipped(zip: Parts): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(zip)) if (!name.endsWith("/")) files[name] = data;
  return zipSync(files, { level: 1 });
}

/** The package (compressed or not) with every chart of the plan added, compressed. */
export function addChartParts(bytes: Uint8Array, plan: WritePlan, wb: Workbook): Uint8Array {
  const sheets = plan.sheets.filter(
    (s): s is SheetPlan & { charts: NonNullable<SheetPlan["charts"]> } => (s.charts?.length ?? 0) > 0,
  );
  const zip: Parts = unzipSync(bytes);
  if (sheets.length === 0) return zipped(zip);
  const parts = sheetParts(zip);
  const overrides: string[] = [];
  let chartNo = countIn(zip, "xl/charts/chart");
  let drawingNo = countIn(zip, "xl/drawings/drawing");
  for (const sheet of sheets) {
    const part = parts.get(sheet.name.toLowerCase());
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === sheet.name.toLowerCase());
    if (part === undefined || ws === undefined)
      throw new Error(`Диаграммы: листа «${sheet.name}» нет в файле`);
    const data = dataOf(ws);
    const chartFiles = sheet.charts.map((chart) => {
      const file = `chart${++chartNo}.xml`;
      put(zip, `xl/charts/${file}`, chartXml(chart, data));
      overrides.push(`<Override PartName="/xl/charts/${file}" ContentType="${CHART_TYPE}"/>`);
      return file;
    });
    const drawing = `xl/drawings/drawing${++drawingNo}.xml`;
    put(zip, drawing, drawingXml(sheet.charts));
    put(zip, relsPathOf(drawing), drawingRelsXml(chartFiles));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/>`);
    const relId = addRelationship(zip, part, "drawing", `../drawings/drawing${drawingNo}.xml`);
    put(zip, part, withDrawing(text(zip, part)!, relId));
  }
  const types = text(zip, "[Content_Types].xml")!;
  put(zip, "[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return zipped(zip);
}
