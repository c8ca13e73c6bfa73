/**
 * One ChartPlan as a DrawingML chart part (`xl/charts/chartN.xml`). ExcelJS writes no charts, so
 * the file writer spells them out from the same plan the Office.js adapter hands to Excel. Every
 * series refers to the sheet's cells (Excel and LibreOffice redraw from them) and carries their
 * values as a cache, for viewers that do not calculate. Element order follows the ECMA-376 schema
 * (dml-chart.xsd): Excel offers to repair a part whose elements are out of order.
 */
import { chartSource, seriesColor, showsLegend, type CellRect } from "../domain/plan/chartSource";
import type { ChartPlan } from "../domain/plan/writePlan";
import { columnLetters } from "./address";
import { xmlText } from "./xmlText";

/** A cell as the chart cache holds it: text, a number (dates as serials), or nothing. */
export type ChartCell = string | number | null;

export interface ChartData {
  /** The sheet the ranges are on. */
  readonly sheet: string;
  readonly cell: (row: number, col: number) => ChartCell;
  /** Number format of a cell, for categories that are dates or numbers. */
  readonly format: (row: number, col: number) => string | null;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AX = 500000001;
const VAL_AX = 500000002;

const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();
const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

function ref(sheet: string, r: CellRect): string {
  const s = `'${sheet.replace(/'/g, "''")}'`;
  const a = `$${columnLetters(r.left)}$${r.top}`;
  const b = `$${columnLetters(r.right)}$${r.bottom}`;
  return xmlText(a === b ? `${s}!${a}` : `${s}!${a}:${b}`);
}

function cellsOf(d: ChartData, r: CellRect): { row: number; col: number; v: ChartCell }[] {
  const out: { row: number; col: number; v: ChartCell }[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push({ row, col, v: d.cell(row, col) });
  return out;
}

function strRef(d: ChartData, r: CellRect): string {
  const cells = cellsOf(d, r);
  const pts = cells
    .map((c, i) => (c.v === null ? "" : `<c:pt idx="${i}"><c:v>${xmlText(String(c.v))}</c:v></c:pt>`))
    .join("");
  return `<c:strRef><c:f>${ref(d.sheet, r)}</c:f><c:strCache>${val("ptCount", cells.length)}${pts}</c:strCache></c:strRef>`;
}

function numRef(d: ChartData, r: CellRect, formatCode: string): string {
  const cells = cellsOf(d, r);
  const pts = cells
    .map((c, i) => (typeof c.v === "number" ? `<c:pt idx="${i}"><c:v>${c.v}</c:v></c:pt>` : ""))
    .join("");
  return (
    `<c:numRef><c:f>${ref(d.sheet, r)}</c:f><c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode>` +
    `${val("ptCount", cells.length)}${pts}</c:numCache></c:numRef>`
  );
}

/** Categories that are all numbers (dates among them) stay numbers, with their format; else text. */
function categories(d: ChartData, r: CellRect): string {
  const cells = cellsOf(d, r).filter((c) => c.v !== null);
  const numeric = cells.length > 0 && cells.every((c) => typeof c.v === "number");
  if (!numeric) return `<c:cat>${strRef(d, r)}</c:cat>`;
  return `<c:cat>${numRef(d, r, d.format(r.top, r.left) ?? "General")}</c:cat>`;
}

/** Rich text of a title; `rotated` for a vertical axis. */
function title(text: string, size: number, bold: boolean, rotated = false): string {
  const b = bold ? 1 : 0;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr${rotated ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="${size}" b="${b}"/>` +
    `<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

const fill = (colour: string) => `<a:solidFill><a:srgbClr val="${hex(colour)}"/></a:solidFill>`;
const shapeFill = (colour: string) => `<c:spPr>${fill(colour)}</c:spPr>`;
const lineShape = (colour: string) =>
  `<c:spPr><a:ln w="28575" cap="rnd">${fill(colour)}<a:round/></a:ln></c:spPr>`;

type Kind = "bar" | "line" | "pie";

function dataLabels(chart: ChartPlan, kind: Kind): string {
  if (!chart.dataLabels) return "";
  const code = chart.labelFormat ?? chart.valueFormat;
  const format = code ? `<c:numFmt formatCode="${xmlText(code)}" sourceLinked="0"/>` : "";
  // Excel refuses «outside end» on stacked bars; a pie places its labels best itself.
  const position =
    kind === "pie"
      ? val("dLblPos", "bestFit")
      : kind === "bar" && chart.type !== "columnStacked"
        ? val("dLblPos", "outEnd")
        : "";
  return (
    `<c:dLbls>${format}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${position}` +
    `${val("showLegendKey", 0)}${val("showVal", 1)}${val("showCatName", 0)}${val("showSerName", 0)}` +
    `${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>`
  );
}

function pointFills(kind: Kind, colours: readonly (string | null)[]): string {
  return colours
    .map((colour, i) => {
      if (colour === null) return "";
      const extra = kind === "bar" ? val("invertIfNegative", 0) + val("bubble3D", 0) : val("bubble3D", 0);
      return `<c:dPt>${val("idx", i)}${extra}${shapeFill(colour)}</c:dPt>`;
    })
    .join("");
}

function series(chart: ChartPlan, d: ChartData, i: number, kind: Kind): string {
  const s = chartSource(chart);
  const one = s.series[i];
  const colour = seriesColor(chart, i);
  const head = `${val("idx", i)}${val("order", i)}<c:tx>${strRef(d, { top: one.name.row, left: one.name.col, bottom: one.name.row, right: one.name.col })}</c:tx>`;
  const cat = categories(d, s.categories);
  const values = `<c:val>${numRef(d, one.values, "General")}</c:val>`;
  const labels = dataLabels(chart, kind);
  switch (kind) {
    case "bar": {
      const points = i === 0 && chart.pointColors ? pointFills(kind, chart.pointColors) : "";
      return `<c:ser>${head}${shapeFill(colour)}${val("invertIfNegative", 0)}${points}${labels}${cat}${values}</c:ser>`;
    }
    case "line": {
      // A target drawn over bars is a plain line; a trend marks each date.
      const marker =
        chart.type === "line"
          ? `<c:marker>${val("symbol", "circle")}${val("size", 6)}</c:marker>`
          : `<c:marker>${val("symbol", "none")}</c:marker>`;
      return `<c:ser>${head}${lineShape(colour)}${marker}${labels}${cat}${values}${val("smooth", 0)}</c:ser>`;
    }
    case "pie": {
      const count = s.categories.bottom - s.categories.top + s.categories.right - s.categories.left + 1;
      const slices = Array.from({ length: count }, (_, k) => chart.pointColors?.[k] ?? seriesColor({}, k));
      return `<c:ser>${head}${pointFills(kind, slices)}${labels}${cat}${values}</c:ser>`;
    }
  }
}

const axes = `${val("axId", CAT_AX)}${val("axId", VAL_AX)}`;

function barChart(chart: ChartPlan, d: ChartData, indexes: number[]): string {
  const dir = chart.type === "barClustered" ? "bar" : "col";
  const stacked = chart.type === "columnStacked";
  return (
    `<c:barChart>${val("barDir", dir)}${val("grouping", stacked ? "stacked" : "clustered")}${val("varyColors", 0)}` +
    indexes.map((i) => series(chart, d, i, "bar")).join("") +
    `${val("gapWidth", 60)}${stacked ? val("overlap", 100) : ""}${axes}</c:barChart>`
  );
}

function lineChart(chart: ChartPlan, d: ChartData, indexes: number[]): string {
  return (
    `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}` +
    indexes.map((i) => series(chart, d, i, "line")).join("") +
    `<c:marker val="1"/>${axes}</c:lineChart>`
  );
}

function axesXml(chart: ChartPlan): string {
  const horizontal = chart.type === "barClustered";
  const catTitle = chart.axisTitles?.category;
  const valTitle = chart.axisTitles?.value;
  const scaling = `<c:scaling>${val("orientation", "minMax")}${chart.valueAxisMax === undefined ? "" : val("max", chart.valueAxisMax)}${val("min", 0)}</c:scaling>`;
  const ticks = `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}`;
  const cat =
    `<c:catAx>${val("axId", CAT_AX)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}` +
    `${val("axPos", horizontal ? "l" : "b")}${catTitle ? title(catTitle, 900, false, horizontal) : ""}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}${val("crossAx", VAL_AX)}${val("crosses", "autoZero")}` +
    `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const format = chart.valueFormat ?? "General";
  const value =
    `<c:valAx>${val("axId", VAL_AX)}${scaling}${val("delete", 0)}${val("axPos", horizontal ? "b" : "l")}` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${fill("#D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `${valTitle ? title(valTitle, 900, false, !horizontal) : ""}` +
    `<c:numFmt formatCode="${xmlText(format)}" sourceLinked="${chart.valueFormat ? 0 : 1}"/>${ticks}` +
    `${val("crossAx", CAT_AX)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return cat + value;
}

function plotArea(chart: ChartPlan, d: ChartData): string {
  const count = chartSource(chart).series.length;
  const all = Array.from({ length: count }, (_, i) => i);
  if (chart.type === "pie") {
    return `<c:plotArea><c:layout/><c:pieChart>${val("varyColors", 1)}${all.length > 0 ? series(chart, d, 0, "pie") : ""}${val("firstSliceAng", 0)}</c:pieChart></c:plotArea>`;
  }
  if (chart.type === "line")
    return `<c:plotArea><c:layout/>${lineChart(chart, d, all)}${axesXml(chart)}</c:plotArea>`;
  const lines = all.filter((i) => chart.lineSeries?.includes(i));
  const bars = all.filter((i) => !lines.includes(i));
  return (
    `<c:plotArea><c:layout/>${barChart(chart, d, bars)}` +
    `${lines.length > 0 ? lineChart(chart, d, lines) : ""}${axesXml(chart)}</c:plotArea>`
  );
}

export function chartXml(chart: ChartPlan, d: ChartData): string {
  const legend = showsLegend(chart)
    ? `<c:legend>${val("legendPos", "b")}<c:overlay val="0"/></c:legend>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}>${val("date1904", 0)}${val("lang", "ru-RU")}${val("roundedCorners", 0)}` +
    `<c:chart>${title(chart.title, 1200, true)}${val("autoTitleDeleted", 0)}${plotArea(chart, d)}${legend}` +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr>${fill("#FFFFFF")}<a:ln w="9525">${fill("#D9D9D9")}</a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}
