/**
 * The drawing part of a sheet (`xl/drawings/drawingN.xml`) that places its charts: one anchor per
 * chart, from the top-left of its first cell to the bottom-right of its last, as Office.js's
 * `setPosition(from, to)` places it. The anchor moves and sizes with the cells, so a chart keeps to
 * its rows when the sheet is printed or rows are resized.
 */
import { parseRect } from "../domain/plan/chartSource";
import type { ChartPlan } from "../domain/plan/writePlan";
import { xmlText } from "./xmlText";

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Zero-based cell corner of an anchor. */
const marker = (tag: "from" | "to", col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

function anchor(chart: ChartPlan, index: number, relId: string): string {
  const from = parseRect(chart.from);
  const to = parseRect(chart.to);
  return (
    `<xdr:twoCellAnchor editAs="twoCell">${marker("from", from.left - 1, from.top - 1)}${marker("to", to.right, to.bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xmlText(chart.name)}" descr="${xmlText(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_URI}"><c:chart xmlns:c="${CHART_URI}" xmlns:r="${R_NS}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing of `charts`, the i-th chart linked by relationship `rId{i+1}`. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>` +
    charts.map((c, i) => anchor(c, i, `rId${i + 1}`)).join("") +
    `</xdr:wsDr>`
  );
}

/** The drawing's relationships: `rId{i+1}` → the chart part of the i-th chart. */
export function drawingRelsXml(chartParts: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    chartParts
      .map((part, i) => `<Relationship Id="rId${i + 1}" Type="${R_NS}/chart" Target="../charts/${part}"/>`)
      .join("") +
    `</Relationships>`
  );
}
