/**
 * Charts: enough of Excel.Chart for report sheets (type, source, title, axes titles and maximum,
 * legend, data labels, series names, position by cells). Every chart is recorded on its sheet so
 * tests can assert type, source address, title and position.
 */
import { cellAddress, parseAddress, type Rect } from "./address";
import { officeErrors } from "./errors";
import type { ChartAxisData, ChartData, ChartSeriesData, SheetModel } from "./model/sheet";
import { FakeChartPointsCollection, FakeChartSeriesFormat, type SeriesRef } from "./chartFormats";
import type { WorkbookModel } from "./model/workbook";
import { ChartType } from "./enums";
import {
  defineProps,
  FakeClientObject,
  FakeCollection,
  type ContextLike,
  type Mirror,
} from "./proxy/clientObject";
import { FakeRange } from "./range";
import type { SheetTarget } from "./worksheet";

interface ChartTarget {
  sheetId: string;
  chartId: string;
}
type AxisKind = "category" | "value";
interface AxisTarget extends ChartTarget {
  axis: AxisKind;
}

const CHART_TYPES = new Set<string>(Object.values(ChartType));
const SERIES_BY = ["Auto", "Columns", "Rows"];

function chartParts(
  o: FakeClientObject<ChartTarget>,
  location: string,
): { model: WorkbookModel; sheet: SheetModel; chart: ChartData } {
  const t = o._t(location);
  const model = o._host.model;
  const sheet = model.requireSheet(t.sheetId, location);
  const chart = sheet.charts.find((c) => c.id === t.chartId);
  if (!chart) throw officeErrors.itemNotFound(location);
  return { model, sheet, chart };
}

/** Series Excel would build from a source block: one per column (or row) after the first. */
function seriesFor(model: WorkbookModel, sheet: SheetModel, rect: Rect, seriesBy: string): ChartSeriesData[] {
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rowCount >= rect.colCount);
  const count = byColumns ? rect.colCount : rect.rowCount;
  const points = (byColumns ? rect.rowCount : rect.colCount) - 1;
  const out: ChartSeriesData[] = [];
  const first = count > 1 ? 1 : 0;
  for (let i = first; i < count; i++) {
    const v = byColumns
      ? model.cellValue(sheet, rect.row, rect.col + i)
      : model.cellValue(sheet, rect.row + i, rect.col);
    out.push({
      name: typeof v === "string" && v !== "" ? v : `Series${out.length + 1}`,
      chartType: null,
      points,
      pointFills: {},
    });
  }
  return out;
}

function sourceOf(
  o: FakeClientObject<unknown>,
  source: unknown,
  location: string,
): { sheet: SheetModel; rect: Rect } {
  const r = o._sameContext<FakeRange>(source, location);
  const t = r._t(location);
  return { sheet: o._host.model.requireSheet(t.sheetId, location), rect: t.rect };
}

const axis = (): ChartAxisData => ({
  numberFormat: "General",
  title: { text: "", visible: false },
  maximum: null,
  minimum: null,
  majorUnit: null,
  visible: true,
});

export class FakeChartCollection
  extends FakeCollection<SheetTarget, FakeChart>
  implements
    Mirror<
      Excel.ChartCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount" | "items" | "count" | "load"
    >
{
  declare readonly count: number;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<SheetTarget>>[2]) {
    super(context, "ChartCollection", source);
  }

  _sheet(location: string): SheetModel {
    return this._host.model.requireSheet(this._t().sheetId, location);
  }

  _enumerate(): unknown[] {
    const sheet = this._sheet("ChartCollection.items");
    return sheet.charts.map((c) => ({ sheetId: sheet.id, chartId: c.id }));
  }

  _makeItem(target: unknown): FakeChart {
    return new FakeChart(this.context, { bound: target as ChartTarget });
  }

  get _itemMeta() {
    return FakeChart.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }

  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): FakeChart {
    const location = "ChartCollection.add";
    this._sameContext(sourceData, location);
    return new FakeChart(this.context, {
      instantiate: { location, args: [type, sourceData, seriesBy], mutates: true },
      resolve: () => {
        if (!CHART_TYPES.has(type) || type === "Invalid") throw officeErrors.invalidArgument(location);
        const by = seriesBy ?? "Auto";
        if (!SERIES_BY.includes(by)) throw officeErrors.invalidArgument(location);
        const model = this._host.model;
        const sheet = this._sheet(location);
        const src = sourceOf(this, sourceData, location);
        const chart: ChartData = {
          id: model.newGuid(),
          name: model.nextChartName(),
          chartType: type,
          source: { sheetId: src.sheet.id, rect: src.rect },
          seriesBy: by,
          title: { text: "", visible: false },
          position: null,
          top: 0,
          left: 0,
          width: 360,
          height: 216,
          axes: { category: axis(), value: axis() },
          legend: { visible: true, position: "Right" },
          dataLabels: {
            numberFormat: "General",
            showValue: false,
            showPercentage: false,
            showCategoryName: false,
            showSeriesName: false,
            showLegendKey: false,
            position: "BestFit",
          },
          series: seriesFor(model, src.sheet, src.rect, by),
        };
        sheet.charts.push(chart);
        return { sheetId: sheet.id, chartId: chart.id };
      },
    });
  }

  private _byName(location: string, name: string, orNull: boolean): FakeChart {
    return new FakeChart(this.context, {
      instantiate: { location, args: [name] },
      resolve: () => {
        const sheet = this._sheet(location);
        const c = sheet.charts.find((x) => x.name === name);
        if (!c) {
          if (orNull) return null;
          throw officeErrors.itemNotFound(location);
        }
        return { sheetId: sheet.id, chartId: c.id };
      },
    });
  }

  getItem(name: string): FakeChart {
    return this._byName("ChartCollection.getItem", name, false);
  }

  getItemOrNullObject(name: string): FakeChart {
    this._api("getItemOrNullObject", "1.4");
    return this._byName("ChartCollection.getItemOrNullObject", name, true);
  }

  getItemAt(index: number): FakeChart {
    const location = "ChartCollection.getItemAt";
    return new FakeChart(this.context, {
      instantiate: { location, args: [index] },
      resolve: () => {
        const sheet = this._sheet(location);
        const c = sheet.charts[index];
        if (!c) throw officeErrors.itemNotFound(location);
        return { sheetId: sheet.id, chartId: c.id };
      },
    });
  }

  getCount(): { readonly value: number } {
    return this._result("getCount", [], () => this._sheet("ChartCollection.getCount").charts.length);
  }
}

defineProps<FakeChartCollection>(FakeChartCollection, {
  count: { get: (o) => o._sheet("ChartCollection.count").charts.length },
});

/** Top-left corner of a cell in points, from column widths and row heights. */
function cellOffset(sheet: SheetModel, row: number, col: number): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidth(c);
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeight(r);
  return { top, left };
}

export class FakeChart
  extends FakeClientObject<ChartTarget>
  implements
    Mirror<
      Excel.Chart,
      | "name"
      | "id"
      | "chartType"
      | "top"
      | "left"
      | "width"
      | "height"
      | "title"
      | "axes"
      | "legend"
      | "dataLabels"
      | "series"
      | "setPosition"
      | "setData"
      | "delete"
      | "load"
      | "isNullObject"
    >
{
  declare name: string;
  declare readonly id: string;
  declare chartType: Excel.Chart["chartType"];
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<ChartTarget>>[2]) {
    super(context, "Chart", source);
  }

  get title(): FakeChartTitle {
    return this._child("title", () => new FakeChartTitle(this.context, { resolve: () => this._t() }));
  }

  get axes(): FakeChartAxes {
    return this._child("axes", () => new FakeChartAxes(this.context, { resolve: () => this._t() }));
  }

  get legend(): FakeChartLegend {
    return this._child("legend", () => new FakeChartLegend(this.context, { resolve: () => this._t() }));
  }

  get dataLabels(): FakeChartDataLabels {
    return this._child(
      "dataLabels",
      () => new FakeChartDataLabels(this.context, { resolve: () => this._t() }),
    );
  }

  get series(): FakeChartSeriesCollection {
    return this._child(
      "series",
      () => new FakeChartSeriesCollection(this.context, { resolve: () => this._t() }),
    );
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    for (const c of [startCell, endCell])
      if (c !== undefined && typeof c !== "string") this._sameContext(c, "Chart.setPosition");
    this._action("setPosition", [startCell, endCell], () => {
      const location = "Chart.setPosition";
      const { sheet, chart } = chartParts(this, location);
      const corner = (c: Excel.Range | string, end: boolean): { row: number; col: number } => {
        let rect: Rect;
        if (typeof c === "string") {
          const p = parseAddress(c);
          if (!p || (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase()))
            throw officeErrors.invalidArgument(location);
          rect = p.rect;
        } else {
          const t = (c as unknown as FakeRange)._t(location);
          if (t.sheetId !== sheet.id) throw officeErrors.invalidArgument(location);
          rect = t.rect;
        }
        return end
          ? { row: rect.row + rect.rowCount - 1, col: rect.col + rect.colCount - 1 }
          : { row: rect.row, col: rect.col };
      };
      const start = corner(startCell, false);
      const startPt = cellOffset(sheet, start.row, start.col);
      chart.top = startPt.top;
      chart.left = startPt.left;
      let endAddress: string | null = null;
      if (endCell !== undefined) {
        const end = corner(endCell, true);
        if (end.row < start.row || end.col < start.col) throw officeErrors.invalidArgument(location);
        const endPt = cellOffset(sheet, end.row + 1, end.col + 1);
        chart.width = endPt.left - startPt.left;
        chart.height = endPt.top - startPt.top;
        endAddress = cellAddress(end.row, end.col);
      }
      chart.position = { startCell: cellAddress(start.row, start.col), endCell: endAddress };
    });
  }

  setData(sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"): void {
    this._sameContext(sourceData, "Chart.setData");
    this._action("setData", [sourceData, seriesBy], () => {
      const location = "Chart.setData";
      const { model, chart } = chartParts(this, location);
      const by = seriesBy ?? "Auto";
      if (!SERIES_BY.includes(by)) throw officeErrors.invalidArgument(location);
      const src = sourceOf(this, sourceData, location);
      chart.source = { sheetId: src.sheet.id, rect: src.rect };
      chart.seriesBy = by;
      chart.series = seriesFor(model, src.sheet, src.rect, by);
    });
  }

  delete(): void {
    this._action("delete", [], () => {
      const { sheet, chart } = chartParts(this, "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

const num = (v: unknown, l: string): number => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw officeErrors.invalidArgument(l);
  return v;
};

defineProps<FakeChart>(
  FakeChart,
  {
    name: {
      get: (o) => chartParts(o, "Chart.name").chart.name,
      set: (o, v) => {
        if (typeof v !== "string" || v === "") throw officeErrors.invalidArgument("Chart.name");
        chartParts(o, "Chart.name").chart.name = v;
      },
    },
    id: { get: (o) => chartParts(o, "Chart.id").chart.id },
    chartType: {
      get: (o) => chartParts(o, "Chart.chartType").chart.chartType,
      set: (o, v) => {
        if (typeof v !== "string" || !CHART_TYPES.has(v) || v === "Invalid")
          throw officeErrors.invalidArgument("Chart.chartType");
        chartParts(o, "Chart.chartType").chart.chartType = v;
      },
    },
    top: {
      get: (o) => chartParts(o, "Chart.top").chart.top,
      set: (o, v) => void (chartParts(o, "Chart.top").chart.top = num(v, "Chart.top")),
    },
    left: {
      get: (o) => chartParts(o, "Chart.left").chart.left,
      set: (o, v) => void (chartParts(o, "Chart.left").chart.left = num(v, "Chart.left")),
    },
    width: {
      get: (o) => chartParts(o, "Chart.width").chart.width,
      set: (o, v) => void (chartParts(o, "Chart.width").chart.width = num(v, "Chart.width")),
    },
    height: {
      get: (o) => chartParts(o, "Chart.height").chart.height,
      set: (o, v) => void (chartParts(o, "Chart.height").chart.height = num(v, "Chart.height")),
    },
  },
  ["title", "axes", "legend", "dataLabels", "series"],
);

type ChartSource = { resolve: () => ChartTarget };

export class FakeChartTitle
  extends FakeClientObject<ChartTarget>
  implements Mirror<Excel.ChartTitle, "text" | "visible" | "load">
{
  declare text: string;
  declare visible: boolean;
  constructor(context: ContextLike, source: ChartSource) {
    super(context, "ChartTitle", source);
  }
}

defineProps<FakeChartTitle>(FakeChartTitle, {
  text: {
    get: (o) => chartParts(o, "ChartTitle.text").chart.title.text,
    set: (o, v) => {
      if (typeof v !== "string") throw officeErrors.invalidArgument("ChartTitle.text");
      const t = chartParts(o, "ChartTitle.text").chart.title;
      t.text = v;
      t.visible = v !== "" || t.visible;
    },
  },
  visible: {
    get: (o) => chartParts(o, "ChartTitle.visible").chart.title.visible,
    set: (o, v) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument("ChartTitle.visible");
      chartParts(o, "ChartTitle.visible").chart.title.visible = v;
    },
  },
});

export class FakeChartAxes
  extends FakeClientObject<ChartTarget>
  implements Mirror<Excel.ChartAxes, "categoryAxis" | "valueAxis" | "load">
{
  constructor(context: ContextLike, source: ChartSource) {
    super(context, "ChartAxes", source);
  }
  get categoryAxis(): FakeChartAxis {
    return this._child(
      "categoryAxis",
      () => new FakeChartAxis(this.context, { resolve: () => ({ ...this._t(), axis: "category" }) }),
    );
  }
  get valueAxis(): FakeChartAxis {
    return this._child(
      "valueAxis",
      () => new FakeChartAxis(this.context, { resolve: () => ({ ...this._t(), axis: "value" }) }),
    );
  }
}

defineProps(FakeChartAxes, {}, ["categoryAxis", "valueAxis"]);

/** Pie and doughnut charts have no axes; Excel refuses axis settings on them. */
function axisParts(o: FakeClientObject<AxisTarget>, location: string): ChartAxisData {
  const { chart } = chartParts(o, location);
  if (/^(Pie|Doughnut|3DPie)/.test(chart.chartType)) {
    throw officeErrors.invalidOperation(location, "This chart type has no axes.");
  }
  return chart.axes[o._t().axis];
}

export class FakeChartAxis
  extends FakeClientObject<AxisTarget>
  implements
    Mirror<
      Excel.ChartAxis,
      "title" | "maximum" | "minimum" | "majorUnit" | "visible" | "numberFormat" | "load"
    >
{
  declare numberFormat: string;
  declare maximum: Excel.ChartAxis["maximum"];
  declare minimum: Excel.ChartAxis["minimum"];
  declare majorUnit: Excel.ChartAxis["majorUnit"];
  declare visible: boolean;
  constructor(context: ContextLike, source: { resolve: () => AxisTarget }) {
    super(context, "ChartAxis", source);
  }
  get title(): FakeChartAxisTitle {
    return this._child("title", () => new FakeChartAxisTitle(this.context, { resolve: () => this._t() }));
  }
}

function axisNumber(key: "maximum" | "minimum" | "majorUnit") {
  const location = `ChartAxis.${key}`;
  return {
    get: (o: FakeChartAxis) => axisParts(o, location)[key],
    set: (o: FakeChartAxis, v: unknown) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw officeErrors.invalidArgument(location);
      axisParts(o, location)[key] = v;
    },
  };
}

defineProps<FakeChartAxis>(
  FakeChartAxis,
  {
    maximum: axisNumber("maximum"),
    minimum: axisNumber("minimum"),
    majorUnit: axisNumber("majorUnit"),
    numberFormat: {
      get: (o) => axisParts(o, "ChartAxis.numberFormat").numberFormat,
      set: (o, v) => {
        o._api("numberFormat", "1.8");
        if (typeof v !== "string") throw officeErrors.invalidArgument("ChartAxis.numberFormat");
        axisParts(o, "ChartAxis.numberFormat").numberFormat = v;
      },
    },
    visible: {
      get: (o) => axisParts(o, "ChartAxis.visible").visible,
      set: (o, v) => {
        if (typeof v !== "boolean") throw officeErrors.invalidArgument("ChartAxis.visible");
        axisParts(o, "ChartAxis.visible").visible = v;
      },
    },
  },
  ["title"],
);

export class FakeChartAxisTitle
  extends FakeClientObject<AxisTarget>
  implements Mirror<Excel.ChartAxisTitle, "text" | "visible" | "load">
{
  declare text: string;
  declare visible: boolean;
  constructor(context: ContextLike, source: { resolve: () => AxisTarget }) {
    super(context, "ChartAxisTitle", source);
  }
}

defineProps<FakeChartAxisTitle>(FakeChartAxisTitle, {
  text: {
    get: (o) => axisParts(o, "ChartAxisTitle.text").title.text,
    set: (o, v) => {
      if (typeof v !== "string") throw officeErrors.invalidArgument("ChartAxisTitle.text");
      const t = axisParts(o, "ChartAxisTitle.text").title;
      t.text = v;
      t.visible = v !== "" || t.visible;
    },
  },
  visible: {
    get: (o) => axisParts(o, "ChartAxisTitle.visible").title.visible,
    set: (o, v) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument("ChartAxisTitle.visible");
      axisParts(o, "ChartAxisTitle.visible").title.visible = v;
    },
  },
});

export class FakeChartLegend
  extends FakeClientObject<ChartTarget>
  implements Mirror<Excel.ChartLegend, "visible" | "position" | "load">
{
  declare visible: boolean;
  declare position: Excel.ChartLegend["position"];
  constructor(context: ContextLike, source: ChartSource) {
    super(context, "ChartLegend", source);
  }
}

defineProps<FakeChartLegend>(FakeChartLegend, {
  visible: {
    get: (o) => chartParts(o, "ChartLegend.visible").chart.legend.visible,
    set: (o, v) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument("ChartLegend.visible");
      chartParts(o, "ChartLegend.visible").chart.legend.visible = v;
    },
  },
  position: {
    get: (o) => chartParts(o, "ChartLegend.position").chart.legend.position,
    set: (o, v) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(v as string))
        throw officeErrors.invalidArgument("ChartLegend.position");
      chartParts(o, "ChartLegend.position").chart.legend.position = v as string;
    },
  },
});

type LabelFlag = "showValue" | "showPercentage" | "showCategoryName" | "showSeriesName" | "showLegendKey";

export class FakeChartDataLabels
  extends FakeClientObject<ChartTarget>
  implements Mirror<Excel.ChartDataLabels, LabelFlag | "position" | "numberFormat" | "load">
{
  declare numberFormat: string;
  declare showValue: boolean;
  declare showPercentage: boolean;
  declare showCategoryName: boolean;
  declare showSeriesName: boolean;
  declare showLegendKey: boolean;
  declare position: Excel.ChartDataLabels["position"];
  constructor(context: ContextLike, source: ChartSource) {
    super(context, "ChartDataLabels", source);
  }
}

function labelFlag(key: LabelFlag) {
  const location = `ChartDataLabels.${key}`;
  return {
    get: (o: FakeChartDataLabels) => chartParts(o, location).chart.dataLabels[key],
    set: (o: FakeChartDataLabels, v: unknown) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument(location);
      chartParts(o, location).chart.dataLabels[key] = v;
    },
  };
}

defineProps<FakeChartDataLabels>(FakeChartDataLabels, {
  numberFormat: {
    get: (o) => chartParts(o, "ChartDataLabels.numberFormat").chart.dataLabels.numberFormat,
    set: (o, v) => {
      o._api("numberFormat", "1.8");
      if (typeof v !== "string") throw officeErrors.invalidArgument("ChartDataLabels.numberFormat");
      chartParts(o, "ChartDataLabels.numberFormat").chart.dataLabels.numberFormat = v;
    },
  },
  showValue: labelFlag("showValue"),
  showPercentage: labelFlag("showPercentage"),
  showCategoryName: labelFlag("showCategoryName"),
  showSeriesName: labelFlag("showSeriesName"),
  showLegendKey: labelFlag("showLegendKey"),
  position: {
    get: (o) => chartParts(o, "ChartDataLabels.position").chart.dataLabels.position,
    set: (o, v) => {
      if (typeof v !== "string") throw officeErrors.invalidArgument("ChartDataLabels.position");
      chartParts(o, "ChartDataLabels.position").chart.dataLabels.position = v;
    },
  },
});

interface SeriesTarget extends ChartTarget {
  index: number;
}

export class FakeChartSeriesCollection
  extends FakeCollection<ChartTarget, FakeChartSeries>
  implements Mirror<Excel.ChartSeriesCollection, "getCount" | "getItemAt" | "items" | "count" | "load">
{
  declare readonly count: number;
  constructor(context: ContextLike, source: ChartSource) {
    super(context, "ChartSeriesCollection", source);
  }
  _enumerate(): unknown[] {
    const { chart } = chartParts(this, "ChartSeriesCollection.items");
    const t = this._t();
    return chart.series.map((_, index) => ({ ...t, index }));
  }
  _makeItem(target: unknown): FakeChartSeries {
    return new FakeChartSeries(this.context, { bound: target as SeriesTarget });
  }
  get _itemMeta() {
    return FakeChartSeries.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }
  getCount(): { readonly value: number } {
    return this._result(
      "getCount",
      [],
      () => chartParts(this, "ChartSeriesCollection.getCount").chart.series.length,
    );
  }
  getItemAt(index: number): FakeChartSeries {
    const location = "ChartSeriesCollection.getItemAt";
    return new FakeChartSeries(this.context, {
      instantiate: { location, args: [index] },
      resolve: () => {
        const { chart } = chartParts(this, location);
        if (index < 0 || index >= chart.series.length) throw officeErrors.itemNotFound(location);
        return { ...this._t(), index };
      },
    });
  }
}

defineProps<FakeChartSeriesCollection>(FakeChartSeriesCollection, {
  count: { get: (o) => chartParts(o, "ChartSeriesCollection.count").chart.series.length },
});

export class FakeChartSeries
  extends FakeClientObject<SeriesTarget>
  implements Mirror<Excel.ChartSeries, "name" | "chartType" | "format" | "points" | "load">
{
  declare name: string;
  declare chartType: Excel.ChartSeries["chartType"];
  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<SeriesTarget>>[2]) {
    super(context, "ChartSeries", source);
  }
  private get _ref(): SeriesRef {
    return { series: (location) => seriesParts(this, location) };
  }
  get format(): FakeChartSeriesFormat {
    return this._child("format", () => new FakeChartSeriesFormat(this.context, this._ref));
  }
  get points(): FakeChartPointsCollection {
    return this._child("points", () => new FakeChartPointsCollection(this.context, this._ref));
  }
}

function seriesParts(o: FakeChartSeries, location: string): ChartSeriesData {
  const { chart } = chartParts(o, location);
  const s = chart.series[o._t().index];
  if (!s) throw officeErrors.itemNotFound(location);
  return s;
}

defineProps<FakeChartSeries>(
  FakeChartSeries,
  {
    name: {
      get: (o) => seriesParts(o, "ChartSeries.name").name,
      set: (o, v) => {
        if (typeof v !== "string") throw officeErrors.invalidArgument("ChartSeries.name");
        seriesParts(o, "ChartSeries.name").name = v;
      },
    },
    chartType: {
      get: (o) =>
        seriesParts(o, "ChartSeries.chartType").chartType ??
        chartParts(o, "ChartSeries.chartType").chart.chartType,
      set: (o, v) => {
        o._api("chartType", "1.7");
        if (typeof v !== "string" || !CHART_TYPES.has(v))
          throw officeErrors.invalidArgument("ChartSeries.chartType");
        seriesParts(o, "ChartSeries.chartType").chartType = v;
      },
    },
  },
  ["format", "points"],
);
