/**
 * Plain-data inspection of the fake workbook for assertions. Outside Office semantics: no load,
 * no sync, always the current state. Every accessor reads the live model, so a view taken
 * before an Excel.run shows the result after it.
 */
import {
  cellAddress,
  columnIndex,
  parseAddress,
  parseCell,
  qualifiedAddress,
  rectAddress,
  type Rect,
} from "./address";
import type { CellScalar } from "./cellValues";
import type { FakeHost } from "./proxy/host";
import type { BorderData, HyperlinkData, PageLayoutData, SheetModel } from "./model/sheet";
import { tableBody, type TableData, type WorkbookModel } from "./model/workbook";

export interface CellView {
  address: string;
  /** Value as Excel reports it (formulas evaluated when the fake can; errors as "#N/A"…). */
  value: CellScalar;
  /** Formula text, or null for a constant. */
  formula: string | null;
  numberFormat: string;
  text: string;
  valueType: string;
  font: {
    bold: boolean;
    italic: boolean;
    color: string;
    size: number;
    name: string;
    underline: string;
    strikethrough: boolean;
  };
  /** null = no fill. */
  fill: string | null;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  borders: {
    top: BorderData | null;
    bottom: BorderData | null;
    left: BorderData | null;
    right: BorderData | null;
  };
  hyperlink: HyperlinkData | null;
}

export interface TableView {
  name: string;
  id: string;
  sheet: string;
  /** "Пары!A1:F20" */
  address: string;
  headers: string[];
  /** Body rows (Excel's rows.getCount()). */
  rowCount: number;
  /** Body values. */
  values: CellScalar[][];
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface ValidationView {
  /** Local address, e.g. "C2:C50". */
  address: string;
  type: string;
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatView {
  /** Local address; several areas are joined with ",". */
  address: string;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  rule: Record<string, unknown> | null;
  format: {
    fill: string | null;
    fontColor: string | null;
    bold: boolean | null;
    italic: boolean | null;
    numberFormat: string | null;
  };
}

export interface ChartView {
  name: string;
  type: string;
  /** Sheet-qualified source address, e.g. "Отчёт!A3:C9". */
  source: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  position: { startCell: string; endCell: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  valueAxisMax: number | null;
  valueAxisMin: number | null;
  legend: { visible: boolean; position: string };
  dataLabels: Record<string, unknown>;
  series: string[];
}

export interface SheetView {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  freezeRows: number;
  freezeColumns: number;
  pageLayout: PageLayoutData;
  /** One cell, by "B7". */
  cell(address: string): CellView;
  /** Values of a range ("A1:C3"), or of the used range (values only) when no address is given. */
  values(address?: string): CellScalar[][];
  /** Formulas/constants like Range.formulas. */
  formulas(address: string): CellScalar[][];
  numberFormats(address: string): string[][];
  /** Local address of the used range ("A1:F20"), or null for an empty sheet. */
  usedRange(valuesOnly?: boolean): string | null;
  /** Column width in points, by letter ("C") or 1-based number. */
  columnWidth(column: string | number): number;
  /** Row height in points, by 1-based row number. */
  rowHeight(row: number): number;
  tables: TableView[];
  validations: ValidationView[];
  /** The validation covering one cell ("C5"), or null. */
  validationAt(address: string): ValidationView | null;
  conditionalFormats: ConditionalFormatView[];
  charts: ChartView[];
}

export interface FakeStateView {
  /** Sheets in workbook order. */
  sheets: SheetView[];
  sheetNames: string[];
  /** By name (case-insensitive); throws if missing so a test fails with a clear message. */
  sheet(name: string): SheetView;
  hasSheet(name: string): boolean;
  tables: TableView[];
  table(name: string): TableView | undefined;
  names: { name: string; formula: string; comment: string; visible: boolean }[];
  activeSheet: string | null;
  /** Last `Range.select()` (sheet and local address), or null. */
  selection: { sheet: string; address: string } | null;
  eventsEnabled: boolean;
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function matrix<V>(r: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let i = 0; i < r.rowCount; i++) {
    const line: V[] = [];
    for (let j = 0; j < r.colCount; j++) line.push(f(r.row + i, r.col + j));
    out.push(line);
  }
  return out;
}

function localRect(address: string): Rect {
  const p = parseAddress(address);
  if (!p) throw new Error(`Fake Excel state: not an address: ${address}`);
  return p.rect;
}

function tableView(model: WorkbookModel, t: TableData): TableView {
  const sheet = model.sheetById(t.sheetId)!;
  const body = tableBody(t);
  return {
    name: t.name,
    id: t.id,
    sheet: sheet.name,
    address: qualifiedAddress(sheet.name, t.rect),
    headers: t.columns.map((c) => c.name),
    rowCount: body.rowCount,
    values: matrix(body, (r, c) => model.cellValue(sheet, r, c)),
    style: t.style,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
  };
}

function sheetView(model: WorkbookModel, sheet: SheetModel): SheetView {
  const cell = (address: string): CellView => {
    const p = parseCell(address);
    if (!p) throw new Error(`Fake Excel state: not a cell address: ${address}`);
    const { row, col } = p;
    const c = sheet.cell(row, col);
    return {
      address: cellAddress(row, col),
      value: model.cellValue(sheet, row, col),
      formula: c?.f ?? null,
      numberFormat: sheet.style(row, col, "numberFormat"),
      text: model.cellText(sheet, row, col),
      valueType: model.valueType(sheet, row, col),
      font: {
        bold: sheet.style(row, col, "bold"),
        italic: sheet.style(row, col, "italic"),
        color: sheet.style(row, col, "fontColor"),
        size: sheet.style(row, col, "fontSize"),
        name: sheet.style(row, col, "fontName"),
        underline: sheet.style(row, col, "underline"),
        strikethrough: sheet.style(row, col, "strikethrough"),
      },
      fill: sheet.style(row, col, "fill"),
      wrapText: sheet.style(row, col, "wrapText"),
      horizontalAlignment: sheet.style(row, col, "horizontalAlignment"),
      verticalAlignment: sheet.style(row, col, "verticalAlignment"),
      borders: {
        top: sheet.style(row, col, "borderTop"),
        bottom: sheet.style(row, col, "borderBottom"),
        left: sheet.style(row, col, "borderLeft"),
        right: sheet.style(row, col, "borderRight"),
      },
      hyperlink: c?.h ? { ...c.h } : null,
    };
  };
  const validationViews = (): ValidationView[] =>
    sheet.validations.map((v) => ({
      address: rectAddress(v.rect),
      type: v.data.type,
      rule: copy(v.data.rule),
      prompt: { ...v.data.prompt },
      errorAlert: { ...v.data.errorAlert },
      ignoreBlanks: v.data.ignoreBlanks,
    }));
  return {
    id: sheet.id,
    name: sheet.name,
    position: model.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    freezeRows: sheet.freezeRows,
    freezeColumns: sheet.freezeColumns,
    pageLayout: copy(sheet.pageLayout),
    cell,
    values(address?: string) {
      const r = address === undefined ? sheet.usedRect(true) : localRect(address);
      return r ? matrix(r, (row, col) => model.cellValue(sheet, row, col)) : [];
    },
    formulas(address: string) {
      return matrix(localRect(address), (row, col) => model.cellFormula(sheet, row, col));
    },
    numberFormats(address: string) {
      return matrix(localRect(address), (row, col) => sheet.style(row, col, "numberFormat"));
    },
    usedRange(valuesOnly = false) {
      const r = sheet.usedRect(
        valuesOnly,
        model.tablesOn(sheet.id).map((t) => t.rect),
      );
      return r ? rectAddress(r) : null;
    },
    columnWidth(column: string | number) {
      const c = typeof column === "number" ? column - 1 : columnIndex(column);
      if (c < 0) throw new Error(`Fake Excel state: not a column: ${column}`);
      return sheet.columnWidth(c);
    },
    rowHeight(row: number) {
      return sheet.rowHeight(row - 1);
    },
    get tables() {
      return model.tablesOn(sheet.id).map((t) => tableView(model, t));
    },
    get validations() {
      return validationViews();
    },
    validationAt(address: string) {
      const p = parseCell(address);
      if (!p) throw new Error(`Fake Excel state: not a cell address: ${address}`);
      const i = sheet.validations.findIndex(
        (v) =>
          p.row >= v.rect.row &&
          p.row < v.rect.row + v.rect.rowCount &&
          p.col >= v.rect.col &&
          p.col < v.rect.col + v.rect.colCount,
      );
      return i < 0 ? null : validationViews()[i]!;
    },
    get conditionalFormats() {
      return [...sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => ({
          address: cf.ranges.map((r) => rectAddress(r)).join(","),
          type: cf.type,
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
          rule: cf.rule ? copy(cf.rule) : null,
          format: {
            fill: cf.format.fillColor,
            fontColor: cf.format.fontColor,
            bold: cf.format.bold,
            italic: cf.format.italic,
            numberFormat: cf.format.numberFormat,
          },
        }));
    },
    get charts() {
      return sheet.charts.map((c) => {
        const src = model.sheetById(c.source.sheetId);
        return {
          name: c.name,
          type: c.chartType,
          source: src ? qualifiedAddress(src.name, c.source.rect) : "#REF!",
          seriesBy: c.seriesBy,
          title: c.title.text,
          titleVisible: c.title.visible,
          position: c.position ? { ...c.position } : null,
          top: c.top,
          left: c.left,
          width: c.width,
          height: c.height,
          categoryAxisTitle: c.axes.category.title.text,
          valueAxisTitle: c.axes.value.title.text,
          valueAxisMax: c.axes.value.maximum,
          valueAxisMin: c.axes.value.minimum,
          legend: { ...c.legend },
          dataLabels: { ...c.dataLabels },
          series: c.series.map((s) => s.name),
        };
      });
    },
  };
}

export function createStateView(host: FakeHost): FakeStateView {
  const model = () => host.model;
  return {
    get sheets() {
      return model().sheets.map((s) => sheetView(model(), s));
    },
    get sheetNames() {
      return model().sheets.map((s) => s.name);
    },
    sheet(name: string) {
      const s = model().sheetByName(name);
      if (!s)
        throw new Error(
          `Fake Excel state: no sheet named "${name}" (sheets: ${model()
            .sheets.map((x) => x.name)
            .join(", ")})`,
        );
      return sheetView(model(), s);
    },
    hasSheet(name: string) {
      return model().sheetByName(name) !== undefined;
    },
    get tables() {
      return model().tables.map((t) => tableView(model(), t));
    },
    table(name: string) {
      const t = model().tableByName(name);
      return t ? tableView(model(), t) : undefined;
    },
    get names() {
      return model().names.map((n) => ({ ...n }));
    },
    get activeSheet() {
      return model().sheetById(model().activeSheetId)?.name ?? null;
    },
    get selection() {
      const sel = model().selection;
      const sheet = sel && model().sheetById(sel.sheetId);
      return sel && sheet ? { sheet: sheet.name, address: rectAddress(sel.rect) } : null;
    },
    get eventsEnabled() {
      return model().eventsEnabled;
    },
  };
}
