/**
 * The "server side" of one worksheet: a sparse grid of cells plus the sheet-level objects
 * (validation, conditional formats, charts, freeze panes, page layout). Plain data with small
 * mutation helpers; it knows nothing about proxies, requests or syncs.
 */
import { isEntireColumn, isEntireRow, MAX_COLS, MAX_ROWS, type Rect } from "../address";
import type { CellScalar } from "../cellValues";
import { shiftRectDown, shiftRectRight } from "./rects";

export interface BorderData {
  style: string;
  color: string;
  weight: string;
}

/** Cell-level formatting keys and what an unformatted cell reports for each. */
export const STYLE_DEFAULTS = {
  numberFormat: "General" as string,
  bold: false as boolean,
  italic: false as boolean,
  underline: "None" as string,
  strikethrough: false as boolean,
  fontColor: "#000000" as string,
  fontSize: 11 as number,
  fontName: "Calibri" as string,
  /** null = no fill (Excel reports "#FFFFFF" through the API). */
  fill: null as string | null,
  wrapText: false as boolean,
  horizontalAlignment: "General" as string,
  verticalAlignment: "Bottom" as string,
  indentLevel: 0 as number,
  borderTop: null as BorderData | null,
  borderBottom: null as BorderData | null,
  borderLeft: null as BorderData | null,
  borderRight: null as BorderData | null,
};
export type StyleKey = keyof typeof STYLE_DEFAULTS;
export type StyleValue<K extends StyleKey> = (typeof STYLE_DEFAULTS)[K];
export type StyleBag = { [K in StyleKey]?: StyleValue<K> };

export interface HyperlinkData {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Cell {
  /** Constant value, or for a formula cell the value shown when the fake cannot evaluate it. */
  v: CellScalar;
  /** Formula text ("=…") when the cell holds a formula. */
  f?: string;
  /** Error constant ("#N/A") for error cells. */
  err?: string;
  s?: StyleBag;
  h?: HyperlinkData;
}

export interface ValidationData {
  /** Stored in Excel's read-back form: formulas as "=…" strings. */
  rule: Record<string, unknown>;
  type: string;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ValidationEntry {
  rect: Rect;
  data: ValidationData;
}

export const DEFAULT_VALIDATION: ValidationData = {
  rule: {},
  type: "None",
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
};

export interface ConditionalFormatFormat {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: string | null;
  numberFormat: string | null;
}

export interface ConditionalFormatData {
  id: string;
  type: string;
  ranges: Rect[];
  priority: number;
  stopIfTrue: boolean;
  /** Type-specific rule as Excel reads it back (textComparison / cellValue / custom). */
  rule: Record<string, unknown> | null;
  format: ConditionalFormatFormat;
}

export interface ChartAxisData {
  numberFormat: string;
  title: { text: string; visible: boolean };
  maximum: number | null;
  minimum: number | null;
  majorUnit: number | null;
  visible: boolean;
}

export interface ChartData {
  id: string;
  name: string;
  chartType: string;
  /** Source data block as given to charts.add / setData. */
  source: { sheetId: string; rect: Rect };
  seriesBy: string;
  title: { text: string; visible: boolean };
  /** Top-left and bottom-right cells given to setPosition (null until set). */
  position: { startCell: string; endCell: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  axes: { category: ChartAxisData; value: ChartAxisData };
  legend: { visible: boolean; position: string };
  dataLabels: {
    numberFormat: string;
    showValue: boolean;
    showPercentage: boolean;
    showCategoryName: boolean;
    showSeriesName: boolean;
    showLegendKey: boolean;
    position: string;
  };
  series: ChartSeriesData[];
}

export interface ChartSeriesData {
  name: string;
  /** Set when the series is drawn as another type than the chart (a target line over bars). */
  chartType: string | null;
  fill?: string;
  line?: string;
  /** Points: one per category of the source. */
  points: number;
  pointFills: Record<number, string>;
}

export interface PageLayoutData {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  /** `pageLayout.headersFooters.defaultForAllPages.centerFooter`. */
  centerFooter: string;
  /** Rows (0-based) above which `horizontalPageBreaks.add` started a page. */
  rowBreaks: number[];
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15; // points

const key = (row: number, col: number): number => row * MAX_COLS + col;
export const keyRow = (k: number): number => Math.floor(k / MAX_COLS);
export const keyCol = (k: number): number => k % MAX_COLS;

const cloneJson = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  showGridlines = true;
  cells = new Map<number, Cell>();
  rowStyles = new Map<number, StyleBag>();
  colStyles = new Map<number, StyleBag>();
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freezeRows = 0;
  freezeColumns = 0;
  pageLayout: PageLayoutData = {
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    centerFooter: "",
    rowBreaks: [],
  };
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatData[] = [];
  charts: ChartData[] = [];
  /** Rows hidden by their own flag, a collapsed outline group or a filter (0-based). */
  hiddenRows = new Set<number>();
  /** Merged ranges (values in the top-left cell only). */
  merges: Rect[] = [];
  /** The sheet's AutoFilter, if any; `filtered` when a condition hides rows. */
  autoFilter: { rect: Rect; filtered: boolean } | null = null;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  clone(): SheetModel {
    const s = new SheetModel(this.id, this.name);
    s.visibility = this.visibility;
    s.tabColor = this.tabColor;
    s.showGridlines = this.showGridlines;
    for (const [k, c] of this.cells) {
      const copy: Cell = { v: c.v };
      if (c.f !== undefined) copy.f = c.f;
      if (c.err !== undefined) copy.err = c.err;
      if (c.s) copy.s = { ...c.s };
      if (c.h) copy.h = { ...c.h };
      s.cells.set(k, copy);
    }
    for (const [k, b] of this.rowStyles) s.rowStyles.set(k, { ...b });
    for (const [k, b] of this.colStyles) s.colStyles.set(k, { ...b });
    s.colWidths = new Map(this.colWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.freezeRows = this.freezeRows;
    s.freezeColumns = this.freezeColumns;
    s.pageLayout = cloneJson(this.pageLayout);
    s.validations = cloneJson(this.validations);
    s.conditionalFormats = cloneJson(this.conditionalFormats);
    s.charts = cloneJson(this.charts);
    s.hiddenRows = new Set(this.hiddenRows);
    s.merges = this.merges.map((m) => ({ ...m }));
    s.autoFilter = this.autoFilter && {
      rect: { ...this.autoFilter.rect },
      filtered: this.autoFilter.filtered,
    };
    return s;
  }

  // ----- cells -------------------------------------------------------------------------------

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(key(row, col));
  }

  ensureCell(row: number, col: number): Cell {
    const k = key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { v: "" };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Drops a cell that no longer holds anything, so the used range shrinks like Excel's. */
  prune(row: number, col: number): void {
    const k = key(row, col);
    const c = this.cells.get(k);
    if (
      c &&
      c.v === "" &&
      c.f === undefined &&
      c.err === undefined &&
      !c.h &&
      (!c.s || Object.keys(c.s).length === 0)
    ) {
      this.cells.delete(k);
    }
  }

  /** Existing cells inside `r`, without materialising empty ones. */
  *cellsIn(r: Rect): Generator<[number, number, Cell]> {
    const area = r.rowCount * r.colCount;
    if (area <= this.cells.size * 2) {
      for (let i = 0; i < r.rowCount; i++) {
        for (let j = 0; j < r.colCount; j++) {
          const c = this.cells.get(key(r.row + i, r.col + j));
          if (c) yield [r.row + i, r.col + j, c];
        }
      }
      return;
    }
    for (const [k, c] of [...this.cells]) {
      const row = keyRow(k);
      const col = keyCol(k);
      if (row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount)
        yield [row, col, c];
    }
  }

  hasContent(c: Cell): boolean {
    return c.v !== "" || c.f !== undefined || c.err !== undefined;
  }

  // ----- formatting --------------------------------------------------------------------------

  style<K extends StyleKey>(row: number, col: number, k: K): StyleValue<K> {
    const own = this.cells.get(key(row, col))?.s?.[k];
    if (own !== undefined) return own as StyleValue<K>;
    const r = this.rowStyles.get(row)?.[k];
    if (r !== undefined) return r as StyleValue<K>;
    const c = this.colStyles.get(col)?.[k];
    if (c !== undefined) return c as StyleValue<K>;
    return STYLE_DEFAULTS[k];
  }

  /**
   * Formats a rectangle. Whole columns and rows are stored once per column/row (as Excel does)
   * instead of materialising a million cells; cells that already exist get the value explicitly so
   * the later write wins over any earlier row/column format.
   */
  setStyle<K extends StyleKey>(r: Rect, k: K, value: StyleValue<K>): void {
    const setOn = (c: Cell) => {
      (c.s ??= {})[k] = value;
    };
    if (isEntireColumn(r) && !isEntireRow(r)) {
      for (let col = r.col; col < r.col + r.colCount; col++) {
        const bag = this.colStyles.get(col) ?? {};
        bag[k] = value;
        this.colStyles.set(col, bag);
      }
      for (const [, , c] of this.cellsIn(r)) setOn(c);
      for (const [row, bag] of this.rowStyles) {
        if (bag[k] === undefined) continue;
        for (let col = r.col; col < r.col + r.colCount; col++) setOn(this.ensureCell(row, col));
      }
      return;
    }
    if (isEntireRow(r)) {
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        const bag = this.rowStyles.get(row) ?? {};
        bag[k] = value;
        this.rowStyles.set(row, bag);
      }
      for (const [, , c] of this.cellsIn(r)) setOn(c);
      return;
    }
    for (let i = 0; i < r.rowCount; i++) {
      for (let j = 0; j < r.colCount; j++) setOn(this.ensureCell(r.row + i, r.col + j));
    }
  }

  /** The value of a style key if uniform over `r`; undefined when cells differ (Excel then reads null). */
  uniformStyle<K extends StyleKey>(r: Rect, k: K): StyleValue<K> | undefined {
    const first = this.style(r.row, r.col, k);
    const firstJson = JSON.stringify(first);
    if (r.rowCount * r.colCount > 200000) {
      // Whole columns/rows: every cell either exists, or inherits a row format, a column format
      // or the default, so looking at those sources is exact without visiting a million cells.
      const seen = new Set<string>([firstJson]);
      for (const [row, col] of this.cellsIn(r)) seen.add(JSON.stringify(this.style(row, col, k)));
      for (const [row, bag] of this.rowStyles) {
        if (row >= r.row && row < r.row + r.rowCount && bag[k] !== undefined)
          seen.add(JSON.stringify(bag[k]));
      }
      for (let col = r.col; col < r.col + r.colCount; col++) {
        seen.add(JSON.stringify(this.colStyles.get(col)?.[k] ?? STYLE_DEFAULTS[k]));
      }
      return seen.size === 1 ? first : undefined;
    }
    for (let i = 0; i < r.rowCount; i++) {
      for (let j = 0; j < r.colCount; j++) {
        if (JSON.stringify(this.style(r.row + i, r.col + j, k)) !== firstJson) return undefined;
      }
    }
    return first;
  }

  clearFormats(r: Rect): void {
    for (const [row, col, c] of this.cellsIn(r)) {
      delete c.s;
      this.prune(row, col);
    }
  }

  columnWidth(col: number): number {
    return this.colWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  // ----- used range --------------------------------------------------------------------------

  /** Bounding box of cells with values (valuesOnly) or with values or formatting. */
  usedRect(valuesOnly: boolean, extra: readonly Rect[] = []): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, c] of this.cells) {
      const counts =
        this.hasContent(c) ||
        (!valuesOnly && (c.h !== undefined || (c.s !== undefined && Object.keys(c.s).length > 0)));
      if (!counts) continue;
      const row = keyRow(k);
      const col = keyCol(k);
      if (row < r1) r1 = row;
      if (row > r2) r2 = row;
      if (col < c1) c1 = col;
      if (col > c2) c2 = col;
    }
    if (!valuesOnly) {
      for (const x of extra) {
        r1 = Math.min(r1, x.row);
        c1 = Math.min(c1, x.col);
        r2 = Math.max(r2, x.row + x.rowCount - 1);
        c2 = Math.max(c2, x.col + x.colCount - 1);
      }
    }
    if (r2 < 0) return null;
    return { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
  }

  // ----- inserting cells (tables growing) ----------------------------------------------------

  /** Inserts `n` empty rows of cells at row `at` within columns [col, col+colCount), shifting down. */
  insertCellsDown(at: number, col: number, colCount: number, n: number): boolean {
    const moving: [number, Cell][] = [];
    for (const [k, c] of this.cells) {
      const row = keyRow(k);
      const cc = keyCol(k);
      if (row >= at && cc >= col && cc < col + colCount) moving.push([k, c]);
    }
    if (moving.some(([k]) => keyRow(k) + n >= MAX_ROWS)) return false;
    for (const [k] of moving) this.cells.delete(k);
    for (const [k, c] of moving) this.cells.set(key(keyRow(k) + n, keyCol(k)), c);
    for (const v of this.validations) v.rect = shiftRectDown(v.rect, at, col, colCount, n);
    for (const cf of this.conditionalFormats)
      cf.ranges = cf.ranges.map((r) => shiftRectDown(r, at, col, colCount, n));
    return true;
  }

  /** Inserts `n` empty columns of cells at column `at` within rows [row, row+rowCount), shifting right. */
  insertCellsRight(at: number, row: number, rowCount: number, n: number): boolean {
    const moving: [number, Cell][] = [];
    for (const [k, c] of this.cells) {
      const rr = keyRow(k);
      const cc = keyCol(k);
      if (cc >= at && rr >= row && rr < row + rowCount) moving.push([k, c]);
    }
    if (moving.some(([k]) => keyCol(k) + n >= MAX_COLS)) return false;
    for (const [k] of moving) this.cells.delete(k);
    for (const [k, c] of moving) this.cells.set(key(keyRow(k), keyCol(k) + n), c);
    for (const v of this.validations) v.rect = shiftRectRight(v.rect, at, row, rowCount, n);
    for (const cf of this.conditionalFormats)
      cf.ranges = cf.ranges.map((r) => shiftRectRight(r, at, row, rowCount, n));
    return true;
  }

  /** Removes cells of `r` and moves the cells below up (within the same columns). */
  deleteCellsUp(r: Rect): void {
    const moving: [number, Cell][] = [];
    for (const [k, c] of [...this.cells]) {
      const row = keyRow(k);
      const col = keyCol(k);
      if (col < r.col || col >= r.col + r.colCount || row < r.row) continue;
      this.cells.delete(k);
      if (row >= r.row + r.rowCount) moving.push([key(row - r.rowCount, col), c]);
    }
    for (const [k, c] of moving) this.cells.set(k, c);
  }
}
