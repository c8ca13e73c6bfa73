/**
 * Translating a write plan into Office.js calls, batched: everything is queued and synced once,
 * except that big value writes are cut into chunks under the request limit. Events are off while
 * the add-in writes, so live checks never react to the add-in's own changes.
 */
import type {
  AnyTablePlan,
  CellBlock,
  CellValidationPlan,
  ChartPlan,
  ConditionalFormatPlan,
  ExistingTablePlan,
  PlanValue,
  RangeToTablePlan,
  SheetPlan,
  ValidationPlan,
  ValidationRule,
  WritePlan,
} from "../domain/plan/writePlan";
import { columnLetter } from "../domain/issues";
import { chartSource, seriesColor, showsLegend } from "../domain/plan/chartSource";
import { rangeAddress } from "./address";
import { Batch, chunkRows, payloadBytes } from "./batch";
import { officeHas } from "./hostSupport";
import { baseFormat, rowsToWrite } from "./planValues";

/** Which optional parts of a plan this host can write (src/domain/port/hostFeatures.ts). */
interface Capabilities {
  readonly validation: boolean;
  readonly print: boolean;
  readonly quietWrites: boolean;
}

// Excel measures column width in points; one character of the default font is about 7 px ≈ 5.3 pt.
const POINTS_PER_CHAR = 5.3;

export async function applyPlanIn(
  context: Excel.RequestContext,
  plan: WritePlan,
  maxBytes?: number,
): Promise<number> {
  const batch = new Batch(context, maxBytes, officeHas("screenUpdating"));
  const can: Capabilities = {
    validation: officeHas("dataValidation"),
    print: officeHas("printSetup"),
    quietWrites: officeHas("quietWrites"),
  };
  // Without it (ExcelApi 1.7) the pane does not listen to change events either (liveChanges, 1.9).
  if (can.quietWrites) context.runtime.enableEvents = false;
  try {
    const existing = await existingSheets(context, plan, batch);
    // All sheets exist before any content is written: dropdowns may point at a sheet later in the plan.
    batch.suspendScreen();
    const sheets = plan.sheets.map((sheet) => prepareSheet(context, sheet, existing));
    for (const name of plan.remove ?? [])
      if (existing.has(name)) context.workbook.worksheets.getItem(name).delete();
    // Names next: they point at sheets that now exist, and formulas written below may use them.
    for (const n of plan.names ?? []) context.workbook.names.add(n.name, n.reference);
    for (const [i, sheet] of plan.sheets.entries()) await applySheet(context, sheets[i], sheet, batch, can);
    if (plan.activate) context.workbook.worksheets.getItem(plan.activate).activate();
    // Re-enabled in the same batch as the last writes: events of the writes are already suppressed.
    if (can.quietWrites) context.runtime.enableEvents = true;
    await batch.flush();
  } catch (e) {
    if (can.quietWrites) context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw e;
  }
  return batch.syncs;
}

/**
 * Positions of the sheets a `replace` (or `remove`) will delete. Read only when the plan does not
 * already say (a plan made from a snapshot carries the position, saving a round trip).
 */
async function existingSheets(
  context: Excel.RequestContext,
  plan: WritePlan,
  batch: Batch,
): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const s of plan.sheets)
    if (s.mode === "replace" && s.position !== undefined) map.set(s.name, s.position);
  const unknown = plan.sheets.some((s) => s.mode === "replace" && s.position === undefined);
  if (!unknown && !plan.remove?.length) return map;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  await batch.flush();
  for (const ws of sheets.items) map.set(ws.name, ws.position);
  return map;
}

/** The sheet a plan writes to: the existing one (`update`), or a new one (replacing the old). */
function prepareSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existing: Map<string, number>,
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (plan.mode === "update") return sheets.getItem(plan.name);
  const position = existing.get(plan.name);
  if (position !== undefined) sheets.getItem(plan.name).delete();
  const ws = sheets.add(plan.name);
  if (position !== undefined) ws.position = position;
  return ws;
}

async function applySheet(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  plan: SheetPlan,
  batch: Batch,
  can: Capabilities,
) {
  if (plan.hidden !== undefined)
    ws.visibility = plan.hidden ? Excel.SheetVisibility.hidden : Excel.SheetVisibility.visible;
  if (plan.tabColor) ws.tabColor = plan.tabColor;
  for (const w of plan.columnWidths ?? []) {
    const letter = columnLetter(w.col);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = w.width * POINTS_PER_CHAR;
  }
  for (const h of plan.rowHeights ?? []) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
  for (const a of plan.clear ?? []) ws.getRange(a).clear("Contents");
  for (const block of plan.blocks ?? []) await writeBlock(ws, block, batch);
  for (const table of plan.tables ?? []) await writeTable(context, ws, table, batch);
  if (can.validation) {
    for (const v of plan.validations ?? []) applyValidation(tableColumnBody(context, v), v);
    for (const v of plan.cellValidations ?? []) applyValidation(ws.getRange(v.range), v);
  }
  for (const cf of plan.conditionalFormats ?? []) addConditionalFormats(ws, cf);
  for (const a of plan.wrap ?? []) {
    const f = ws.getRange(a).format;
    f.wrapText = true;
    f.verticalAlignment = "Top";
  }
  for (const chart of plan.charts ?? []) addChart(ws, chart);
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  if (plan.print && can.print) applyPrint(ws, plan.print);
}

const POINTS_PER_INCH = 72;

function applyPrint(ws: Excel.Worksheet, print: NonNullable<SheetPlan["print"]>): void {
  const layout = ws.pageLayout;
  layout.orientation =
    print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.paperSize = Excel.PaperType.a4;
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
  if (print.margins) {
    layout.leftMargin = print.margins.left * POINTS_PER_INCH;
    layout.rightMargin = print.margins.right * POINTS_PER_INCH;
    layout.topMargin = print.margins.top * POINTS_PER_INCH;
    layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  }
  if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  for (const row of print.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);
}

/**
 * Writes rows at (row, col) in chunks under the request limit; formats go first so text stays text.
 * A chunk is cut by its values and formats together: on a long table of short values (a data sheet)
 * the formats weigh as much as the values.
 */
async function writeRows(
  ws: Excel.Worksheet,
  row: number,
  col: number,
  rows: CellBlock["values"],
  formatOf: (c: number) => string | null,
  batch: Batch,
): Promise<void> {
  const width = rows.reduce((w, x) => Math.max(w, x.length), 0);
  const padded = rows.map((x) =>
    x.length === width ? x : [...x, ...Array<null>(width - x.length).fill(null)],
  );
  const { values, formats } = rowsToWrite(padded, formatOf);
  const indexed = padded.map((_, i) => [i, values[i], formats[i]] as const);
  let r = row;
  for (const chunk of chunkRows(indexed)) {
    const chunkValues = chunk.map((x) => x[1]);
    const chunkFormats = chunk.map((x) => x[2]);
    await batch.reserve(payloadBytes(chunkValues) + payloadBytes(chunkFormats));
    const range = ws.getRange(rangeAddress(r, col, chunk.length, width));
    range.numberFormat = chunkFormats;
    const isFormula = (v: PlanValue) =>
      v !== null && typeof v === "object" && ("formula" in v || "link" in v);
    if (chunk.some(([i]) => padded[i].some(isFormula))) range.formulas = chunkValues;
    else range.values = chunkValues;
    r += chunk.length;
  }
}

async function writeBlock(ws: Excel.Worksheet, block: CellBlock, batch: Batch): Promise<void> {
  if (block.values.length === 0) return;
  await writeRows(ws, block.row, block.col, block.values, (c) => baseFormat(block, c), batch);
  const s = block.style;
  if (!s) return;
  const width = Math.max(...block.values.map((r) => r.length));
  const f = ws.getRange(rangeAddress(block.row, block.col, block.values.length, width)).format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.horizontal)
    f.horizontalAlignment = s.horizontal === "left" ? "Left" : s.horizontal === "center" ? "Center" : "Right";
  if (s.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      f.borders.getItem(edge).style = "Continuous";
    }
  }
}

async function writeTable(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  t: AnyTablePlan,
  batch: Batch,
): Promise<void> {
  if (t.kind === "existing") {
    const table = context.workbook.tables.getItem(t.name);
    for (const header of t.appendColumns) table.columns.add(undefined, undefined, header);
    if (t.rename) table.name = t.rename;
    if (t.style) table.style = t.style;
    await formatAndAppend(table, t, batch);
    return;
  }
  if (t.kind === "fromRange") {
    if (t.appendColumns.length) {
      ws.getRange(rangeAddress(t.row, t.lastCol + 1, 1, t.appendColumns.length)).values = [
        [...t.appendColumns],
      ];
    }
    const width = t.lastCol - t.col + 1 + t.appendColumns.length;
    const table = ws.tables.add(rangeAddress(t.row, t.col, t.lastRow - t.row + 1, width), true);
    table.name = t.name;
    table.style = t.style ?? "TableStyleMedium7";
    await formatAndAppend(table, t, batch);
    return;
  }
  // A new table: formats, headers and rows are written as cells first, then the table is laid over them.
  const bodyRows = t.rows.length === 0 ? [t.headers.map(() => null)] : t.rows;
  const headerRange = ws.getRange(rangeAddress(t.row, t.col, 1, t.headers.length));
  headerRange.numberFormat = [t.headers.map(() => "@")];
  headerRange.values = [[...t.headers]];
  await writeRows(ws, t.row + 1, t.col, bodyRows, (c) => t.columnFormats?.[c] ?? null, batch);
  const table = ws.tables.add(rangeAddress(t.row, t.col, bodyRows.length + 1, t.headers.length), true);
  table.name = t.name;
  table.style = t.style ?? "TableStyleMedium7";
}

/**
 * Column formats of a kept table, then its appended rows. Formats go first: new rows take them
 * from the row above, so text typed as «=…» arrives as text.
 */
async function formatAndAppend(
  table: Excel.Table,
  t: ExistingTablePlan | RangeToTablePlan,
  batch: Batch,
): Promise<void> {
  for (const [header, format] of Object.entries(t.formats)) {
    // A single format is applied to every cell of the column (Office's scalar rule for numberFormat).
    table.columns.getItem(header).getDataBodyRange().numberFormat = [[format]];
  }
  for (const chunk of chunkRows(t.appendRows ?? [])) {
    const { values } = rowsToWrite(chunk, () => null);
    await batch.reserve(payloadBytes(values));
    table.rows.add(undefined, values);
  }
}

function tableColumnBody(context: Excel.RequestContext, v: ValidationPlan): Excel.Range {
  return context.workbook.tables.getItem(v.table).columns.getItem(v.column).getDataBodyRange();
}

/** `=DATE(2000,1,1)`: locale-independent, unlike a typed date. */
const dateFormula = (iso: string) =>
  `=DATE(${iso.slice(0, 4)},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`;

function ruleOf(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return {
        list: {
          inCellDropDown: true,
          source: typeof rule.source === "string" ? rule.source : rule.source.join(","),
        },
      };
    case "date":
      return {
        date: {
          formula1: dateFormula(rule.min),
          formula2: dateFormula(rule.max),
          operator: Excel.DataValidationOperator.between,
        },
      };
    case "wholeNumber":
      return {
        wholeNumber: {
          formula1: rule.min,
          formula2: rule.max,
          operator: Excel.DataValidationOperator.between,
        },
      };
    case "decimal":
      return {
        decimal:
          rule.max === undefined
            ? { formula1: rule.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo }
            : { formula1: rule.min, formula2: rule.max, operator: Excel.DataValidationOperator.between },
      };
  }
}

function applyValidation(range: Excel.Range, v: ValidationPlan | CellValidationPlan): void {
  // Replacing a rule needs the old one cleared first; the user's data is not touched.
  range.dataValidation.clear();
  range.dataValidation.rule = ruleOf(v.rule);
  if (v.prompt)
    range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  if (v.error) {
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.stop,
      title: v.error.title,
      message: v.error.message,
    };
  }
}

function addConditionalFormats(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const range = ws.getRange(cf.range);
  for (const rule of cf.rules) {
    if ("formula" in rule) {
      const f = range.conditionalFormats.add("Custom");
      f.custom.rule.formula = rule.formula;
      f.custom.format.fill.color = rule.fill;
      if (rule.fontColor) f.custom.format.font.color = rule.fontColor;
      continue;
    }
    const f = range.conditionalFormats.add("CellValue");
    f.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
    f.cellValue.format.fill.color = rule.fill;
    if (rule.fontColor) f.cellValue.format.font.color = rule.fontColor;
  }
}

// Office's own names for the chart types (string values of Excel.ChartType).
const chartTypes: Record<
  ChartPlan["type"],
  "ColumnClustered" | "BarClustered" | "Pie" | "Line" | "ColumnStacked"
> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  pie: "Pie",
  line: "Line",
  columnStacked: "ColumnStacked",
};

function addChart(ws: Excel.Worksheet, c: ChartPlan): void {
  const chart = ws.charts.add(
    chartTypes[c.type],
    ws.getRange(c.dataRange),
    c.seriesBy === "columns" ? Excel.ChartSeriesBy.columns : Excel.ChartSeriesBy.rows,
  );
  chart.name = c.name;
  chart.title.text = c.title;
  chart.setPosition(c.from, c.to);
  chart.legend.visible = showsLegend(c);
  if (showsLegend(c)) chart.legend.position = "Bottom";
  if (c.dataLabels) {
    chart.dataLabels.showValue = true;
    const format = c.labelFormat ?? c.valueFormat;
    if (format && officeHas("chartNumberFormats")) chart.dataLabels.numberFormat = format;
  }
  if (c.type === "pie") return; // a pie has no axes, and Excel colours its slices itself
  if (c.axisTitles?.category) chart.axes.categoryAxis.title.text = c.axisTitles.category;
  if (c.axisTitles?.value) chart.axes.valueAxis.title.text = c.axisTitles.value;
  if (c.valueAxisMax !== undefined) chart.axes.valueAxis.maximum = c.valueAxisMax;
  if (c.valueFormat && officeHas("chartNumberFormats")) chart.axes.valueAxis.numberFormat = c.valueFormat;
  chartSource(c).series.forEach((_, i) => {
    const s = chart.series.getItemAt(i);
    const colour = seriesColor(c, i);
    if (c.lineSeries?.includes(i)) s.chartType = "Line";
    if (c.type === "line" || c.lineSeries?.includes(i)) s.format.line.color = colour;
    else s.format.fill.setSolidColor(colour);
  });
  c.pointColors?.forEach((colour, k) => {
    if (colour !== null) chart.series.getItemAt(0).points.getItemAt(k).format.fill.setSolidColor(colour);
  });
}
