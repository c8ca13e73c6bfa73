/**
 * Excel.Range and its formatting objects. A range proxy resolves (at sync) to a sheet id and a
 * rectangle; everything else is read from or written to the sheet model at sync time.
 */
import {
  cellCount,
  isEntireColumn,
  isEntireRow,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rectInBounds,
  rectIntersection,
  type Rect,
} from "./address";
import { FakeNotImplementedError, officeErrors } from "./errors";
import type { SheetModel, StyleKey, StyleValue } from "./model/sheet";
import type { WorkbookModel } from "./model/workbook";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeDataValidation } from "./dataValidation";
import { defineProps, FakeClientObject, type ContextLike, type Mirror } from "./proxy/clientObject";
import { FakeRangeAreas } from "./rangeAreas";
import { FakeWorksheet } from "./worksheet";

export interface RangeTarget {
  sheetId: string;
  rect: Rect;
}

type RangeSource = ConstructorParameters<typeof FakeClientObject<RangeTarget>>[2];

/** Sheet, rectangle and model of a range-like object, at sync time. */
export function rangeParts(
  o: FakeClientObject<RangeTarget>,
  location: string,
): { model: WorkbookModel; sheet: SheetModel; rect: Rect } {
  const t = o._t(location);
  const model = o._host.model;
  return { model, sheet: model.requireSheet(t.sheetId, location), rect: t.rect };
}

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

const isUnbounded = (r: Rect): boolean => isEntireColumn(r) || isEntireRow(r);

type CellInput = { broadcast: unknown } | { matrix: unknown[][] };

/**
 * Checks a cell-level input against the range size. A single value or a 1×1 array is applied to
 * every cell (office.js accepts a scalar at run time even though the typings say any[][]; Excel
 * broadcasts a 1×1 array); any other array must match the range exactly.
 */
function cellInput(value: unknown, rect: Rect, location: string): CellInput {
  if (value === null || value === undefined) throw officeErrors.invalidArgument(location);
  if (!Array.isArray(value)) {
    if (typeof value === "object") throw officeErrors.invalidArgument(location);
    return { broadcast: value };
  }
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1)
    return { broadcast: value[0][0] };
  if (
    value.length !== rect.rowCount ||
    value.some((row) => !Array.isArray(row) || row.length !== rect.colCount)
  ) {
    throw officeErrors.invalidArgument(location, DIMENSION_MISMATCH);
  }
  return { matrix: value as unknown[][] };
}

/** Values and formulas: whole columns/rows cannot take cell contents (Excel's unbounded-range rule). */
function contentMatrix(value: unknown, rect: Rect, location: string): unknown[][] {
  const input = cellInput(value, rect, location);
  if ("matrix" in input) return input.matrix;
  if (isUnbounded(rect))
    throw officeErrors.invalidArgument(location, "Cell values cannot be set on an entire column or row.");
  return Array.from({ length: rect.rowCount }, () => new Array<unknown>(rect.colCount).fill(input.broadcast));
}

function readMatrix<V>(rect: Rect, read: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let i = 0; i < rect.rowCount; i++) {
    const line: V[] = [];
    for (let j = 0; j < rect.colCount; j++) line.push(read(rect.row + i, rect.col + j));
    out.push(line);
  }
  return out;
}

/**
 * Cell-level reads of a whole column or row come back as null in Excel (the caller must narrow to
 * the used range first); otherwise a matrix.
 */
function readCells<V>(rect: Rect, read: (row: number, col: number) => V): V[][] | null {
  return isUnbounded(rect) ? null : readMatrix(rect, read);
}

function checkRect(r: Rect, location: string): Rect {
  if (!rectInBounds(r)) throw officeErrors.invalidArgument(location);
  return r;
}

export class FakeRange
  extends FakeClientObject<RangeTarget>
  implements
    Mirror<
      Excel.Range,
      | "address"
      | "addressLocal"
      | "cellCount"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "values"
      | "text"
      | "numberFormat"
      | "formulas"
      | "valueTypes"
      | "hyperlink"
      | "isEntireColumn"
      | "isEntireRow"
      | "format"
      | "dataValidation"
      | "conditionalFormats"
      | "worksheet"
      | "select"
      | "clear"
      | "getCell"
      | "getRow"
      | "getColumn"
      | "getOffsetRange"
      | "getResizedRange"
      | "getIntersection"
      | "getIntersectionOrNullObject"
      | "getLastRow"
      | "getLastColumn"
      | "getLastCell"
      | "getEntireColumn"
      | "getEntireRow"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "getAbsoluteResizedRange"
      | "getSpecialCellsOrNullObject"
      | "getMergedAreasOrNullObject"
      | "load"
      | "set"
      | "track"
      | "untrack"
      | "isNullObject"
    >
{
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly cellCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare values: Excel.Range["values"];
  declare readonly text: string[][];
  declare numberFormat: Excel.Range["numberFormat"];
  declare formulas: Excel.Range["formulas"];
  declare readonly valueTypes: Excel.Range["valueTypes"];
  declare hyperlink: Excel.RangeHyperlink;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;

  constructor(context: ContextLike, source: RangeSource) {
    super(context, "Range", source);
  }

  /** A range computed from a parent object at sync time (getRange, getCell, getUsedRange…). */
  static derived(
    context: ContextLike,
    location: string,
    args: unknown[],
    compute: () => RangeTarget | null,
  ): FakeRange {
    return new FakeRange(context, { resolve: compute, instantiate: { location, args } });
  }

  private _derive(
    name: string,
    args: unknown[],
    compute: (sheet: SheetModel, rect: Rect) => Rect | null,
    api?: string,
  ): FakeRange {
    if (api) this._api(name, api);
    const location = `Range.${name}`;
    return FakeRange.derived(this.context, location, args, () => {
      const { sheet, rect } = rangeParts(this, location);
      const r = compute(sheet, rect);
      return r === null ? null : { sheetId: sheet.id, rect: checkRect(r, location) };
    });
  }

  get format(): FakeRangeFormat {
    return this._child("format", () => new FakeRangeFormat(this.context, { resolve: () => this._t() }));
  }

  get dataValidation(): FakeDataValidation {
    this._api("dataValidation", "1.8");
    return this._child(
      "dataValidation",
      () => new FakeDataValidation(this.context, { resolve: () => this._t() }),
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this._api("conditionalFormats", "1.6");
    return this._child(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.context, { resolve: () => this._t() }),
    );
  }

  get worksheet(): FakeWorksheet {
    return this._child(
      "worksheet",
      () => new FakeWorksheet(this.context, { resolve: () => ({ sheetId: this._t().sheetId }) }),
    );
  }

  select(): void {
    this._action(
      "select",
      [],
      () => {
        const { model, sheet, rect } = rangeParts(this, "Range.select");
        model.activate(sheet, "Range.select");
        model.selection = { sheetId: sheet.id, rect };
      },
      true, // selection and the active sheet are workbook state (rolled back with it)
    );
  }

  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents",
  ): void {
    this._action("clear", [applyTo], () => {
      const { model, sheet, rect } = rangeParts(this, "Range.clear");
      const mode = applyTo ?? "All";
      if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(mode)) {
        throw officeErrors.invalidArgument("Range.clear");
      }
      model.clearRange(sheet, rect, mode);
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this._derive("getCell", [row, column], (_s, r) => ({
      row: r.row + row,
      col: r.col + column,
      rowCount: 1,
      colCount: 1,
    }));
  }

  getRow(row: number): FakeRange {
    return this._derive("getRow", [row], (_s, r) => {
      if (row < 0 || row >= r.rowCount) throw officeErrors.invalidArgument("Range.getRow");
      return { ...r, row: r.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): FakeRange {
    return this._derive("getColumn", [column], (_s, r) => {
      if (column < 0 || column >= r.colCount) throw officeErrors.invalidArgument("Range.getColumn");
      return { ...r, col: r.col + column, colCount: 1 };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], (_s, r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derive(
      "getResizedRange",
      [deltaRows, deltaColumns],
      (_s, r) => ({ ...r, rowCount: r.rowCount + deltaRows, colCount: r.colCount + deltaColumns }),
      "1.7",
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this._derive(
      "getAbsoluteResizedRange",
      [numRows, numColumns],
      (_s, r) => ({ ...r, rowCount: numRows, colCount: numColumns }),
      "1.7",
    );
  }

  private _other(anotherRange: Excel.Range | string, location: string, sheet: SheetModel): Rect {
    if (typeof anotherRange === "string") {
      const p = parseAddress(anotherRange);
      if (!p || (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase()))
        throw officeErrors.invalidArgument(location);
      return p.rect;
    }
    const other = this._sameContext<FakeRange>(anotherRange, location);
    const t = other._t(location);
    if (t.sheetId !== sheet.id) throw officeErrors.invalidArgument(location);
    return t.rect;
  }

  getIntersection(anotherRange: Excel.Range | string): FakeRange {
    if (typeof anotherRange !== "string") this._sameContext(anotherRange, "Range.getIntersection");
    return this._derive("getIntersection", [anotherRange], (s, r) => {
      const x = rectIntersection(r, this._other(anotherRange, "Range.getIntersection", s));
      if (!x) throw officeErrors.itemNotFound("Range.getIntersection");
      return x;
    });
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): FakeRange {
    if (typeof anotherRange !== "string")
      this._sameContext(anotherRange, "Range.getIntersectionOrNullObject");
    return this._derive(
      "getIntersectionOrNullObject",
      [anotherRange],
      (s, r) => rectIntersection(r, this._other(anotherRange, "Range.getIntersectionOrNullObject", s)),
      "1.4",
    );
  }

  getLastRow(): FakeRange {
    return this._derive("getLastRow", [], (_s, r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }

  getLastColumn(): FakeRange {
    return this._derive("getLastColumn", [], (_s, r) => ({ ...r, col: r.col + r.colCount - 1, colCount: 1 }));
  }

  getLastCell(): FakeRange {
    return this._derive("getLastCell", [], (_s, r) => ({
      row: r.row + r.rowCount - 1,
      col: r.col + r.colCount - 1,
      rowCount: 1,
      colCount: 1,
    }));
  }

  getEntireColumn(): FakeRange {
    return this._derive("getEntireColumn", [], (_s, r) => ({
      row: 0,
      col: r.col,
      rowCount: MAX_ROWS,
      colCount: r.colCount,
    }));
  }

  getEntireRow(): FakeRange {
    return this._derive("getEntireRow", [], (_s, r) => ({
      row: r.row,
      col: 0,
      rowCount: r.rowCount,
      colCount: MAX_COLS,
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._derive("getUsedRange", [valuesOnly], (s, r) => {
      const used = this._host.model.tablesOn(s.id).map((t) => t.rect);
      const u = s.usedRect(Boolean(valuesOnly), used);
      const x = u && rectIntersection(u, r);
      if (!x) throw officeErrors.itemNotFound("Range.getUsedRange");
      return x;
    });
  }

  /**
   * Only the visible cells are modelled (SpecialCellType.visible): the rows of the range that are not
   * hidden, one area per run of such rows; null when every row is hidden.
   */
  getSpecialCellsOrNullObject(
    cellType:
      | Excel.SpecialCellType
      | "ConditionalFormats"
      | "DataValidations"
      | "Blanks"
      | "Constants"
      | "Formulas"
      | "SameConditionalFormat"
      | "SameDataValidation"
      | "Visible",
    cellValueType?: unknown,
  ): FakeRangeAreas {
    this._api("getSpecialCellsOrNullObject", "1.9");
    if (cellType !== "Visible")
      throw new FakeNotImplementedError(`Range.getSpecialCellsOrNullObject(${cellType})`);
    const location = "Range.getSpecialCellsOrNullObject";
    return new FakeRangeAreas(this.context, {
      instantiate: { location, args: [cellType, cellValueType ?? null] },
      resolve: () => {
        const { sheet, rect } = rangeParts(this, location);
        const rects: Rect[] = [];
        let start = -1;
        for (let r = rect.row; r <= rect.row + rect.rowCount; r++) {
          const shown = r < rect.row + rect.rowCount && !sheet.hiddenRows.has(r);
          if (shown && start < 0) start = r;
          if (!shown && start >= 0) {
            rects.push({ row: start, col: rect.col, rowCount: r - start, colCount: rect.colCount });
            start = -1;
          }
        }
        return rects.length === 0 ? null : { sheetId: sheet.id, rects };
      },
    });
  }

  /** The merged ranges that intersect this range (ExcelApi 1.13); null when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._api("getMergedAreasOrNullObject", "1.13");
    const location = "Range.getMergedAreasOrNullObject";
    return new FakeRangeAreas(this.context, {
      instantiate: { location, args: [] },
      resolve: () => {
        const { sheet, rect } = rangeParts(this, location);
        const rects = sheet.merges.filter((m) => rectIntersection(m, rect) !== null).map((m) => ({ ...m }));
        return rects.length === 0 ? null : { sheetId: sheet.id, rects };
      },
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (s, r) => {
        const used = this._host.model.tablesOn(s.id).map((t) => t.rect);
        const u = s.usedRect(Boolean(valuesOnly), used);
        return (u && rectIntersection(u, r)) ?? null;
      },
      "1.4",
    );
  }
}

const loc = (p: string) => `Range.${p}`;

defineProps<FakeRange>(
  FakeRange,
  {
    // Order matters for set(): office.js applies numberFormat before values.
    numberFormat: {
      get: (o) => {
        const { sheet, rect } = rangeParts(o, loc("numberFormat"));
        return readCells(rect, (r, c) => sheet.style(r, c, "numberFormat"));
      },
      set: (o, v) => {
        const { sheet, rect } = rangeParts(o, loc("numberFormat"));
        const check = (f: unknown) => {
          if (typeof f !== "string") throw officeErrors.invalidArgument(loc("numberFormat"));
          return f === "" ? "General" : f;
        };
        const input = cellInput(v, rect, loc("numberFormat"));
        if ("broadcast" in input) {
          if (input.broadcast !== null) sheet.setStyle(rect, "numberFormat", check(input.broadcast));
          return;
        }
        input.matrix.forEach((line, i) =>
          line.forEach((f, j) => {
            if (f === null || f === undefined) return;
            sheet.setStyle(
              { row: rect.row + i, col: rect.col + j, rowCount: 1, colCount: 1 },
              "numberFormat",
              check(f),
            );
          }),
        );
      },
    },
    values: {
      get: (o) => {
        const { model, sheet, rect } = rangeParts(o, loc("values"));
        return readCells(rect, (r, c) => model.cellValue(sheet, r, c));
      },
      set: (o, v) => {
        const { model, sheet, rect } = rangeParts(o, loc("values"));
        model.writeCells(sheet, rect, contentMatrix(v, rect, loc("values")), loc("values"));
      },
    },
    text: {
      get: (o) => {
        const { model, sheet, rect } = rangeParts(o, loc("text"));
        return readCells(rect, (r, c) => model.cellText(sheet, r, c));
      },
    },
    formulas: {
      get: (o) => {
        const { model, sheet, rect } = rangeParts(o, loc("formulas"));
        return readCells(rect, (r, c) => model.cellFormula(sheet, r, c));
      },
      set: (o, v) => {
        const { model, sheet, rect } = rangeParts(o, loc("formulas"));
        model.writeCells(sheet, rect, contentMatrix(v, rect, loc("formulas")), loc("formulas"));
      },
    },
    rowIndex: { get: (o) => o._t().rect.row },
    columnIndex: { get: (o) => o._t().rect.col },
    rowCount: { get: (o) => o._t().rect.rowCount },
    columnCount: { get: (o) => o._t().rect.colCount },
    address: {
      get: (o) => {
        const { model, sheet, rect } = rangeParts(o, loc("address"));
        return model.address(sheet, rect);
      },
    },
    addressLocal: {
      get: (o) => {
        const { model, sheet, rect } = rangeParts(o, loc("addressLocal"));
        return model.address(sheet, rect);
      },
    },
    cellCount: { get: (o) => cellCount(o._t().rect) },
    valueTypes: {
      get: (o) => {
        const { model, sheet, rect } = rangeParts(o, loc("valueTypes"));
        return readCells(rect, (r, c) => model.valueType(sheet, r, c));
      },
    },
    isEntireColumn: { get: (o) => isEntireColumn(o._t().rect) },
    isEntireRow: { get: (o) => isEntireRow(o._t().rect) },
    hyperlink: {
      api: "1.7",
      get: (o) => {
        const { sheet, rect } = rangeParts(o, loc("hyperlink"));
        // A cell without a link reads back as an empty hyperlink object.
        const h = sheet.cell(rect.row, rect.col)?.h;
        return h ? { ...h } : {};
      },
      set: (o, v) => {
        const { model, sheet, rect } = rangeParts(o, loc("hyperlink"));
        if (typeof v !== "object" || v === null) throw officeErrors.invalidArgument(loc("hyperlink"));
        model.setHyperlink(sheet, rect, v as Excel.RangeHyperlink);
      },
    },
  },
  ["format", "dataValidation", "conditionalFormats", "worksheet"],
);

// ----- formatting ------------------------------------------------------------------------------

const COLOR_RE = /^#[0-9A-Fa-f]{6}$/;
const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

/** Excel accepts #RRGGBB and HTML colour names and reads colours back as upper-case #RRGGBB. */
export function normaliseColor(v: unknown, location: string): string {
  if (typeof v === "string") {
    if (COLOR_RE.test(v)) return v.toUpperCase();
    const named = NAMED_COLORS[v.toLowerCase()];
    if (named) return named;
  }
  throw officeErrors.invalidArgument(location);
}

/** Spec for a property stored as a cell style key, read back as uniform value or null. */
function styleProp<O extends FakeClientObject<RangeTarget>, K extends StyleKey>(
  type: string,
  name: string,
  key: K,
  convert: (v: unknown, location: string) => StyleValue<K>,
  read: (v: StyleValue<K>) => unknown = (v) => v,
) {
  return {
    get: (o: O) => {
      const { sheet, rect } = rangeParts(o, `${type}.${name}`);
      const v = sheet.uniformStyle(rect, key);
      return v === undefined ? null : read(v);
    },
    set: (o: O, value: unknown) => {
      const location = `${type}.${name}`;
      const { sheet, rect } = rangeParts(o, location);
      if (value === null || value === undefined) throw officeErrors.invalidArgument(location);
      sheet.setStyle(rect, key, convert(value, location));
    },
  };
}

const asBool = (v: unknown, location: string): boolean => {
  if (typeof v !== "boolean") throw officeErrors.invalidArgument(location);
  return v;
};
const oneOf =
  (...allowed: string[]) =>
  (v: unknown, location: string): string => {
    if (typeof v !== "string" || !allowed.includes(v)) throw officeErrors.invalidArgument(location);
    return v;
  };
const positive = (v: unknown, location: string): number => {
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw officeErrors.invalidArgument(location);
  return v;
};

export class FakeRangeFormat
  extends FakeClientObject<RangeTarget>
  implements
    Mirror<
      Excel.RangeFormat,
      | "columnWidth"
      | "rowHeight"
      | "wrapText"
      | "horizontalAlignment"
      | "verticalAlignment"
      | "indentLevel"
      | "font"
      | "fill"
      | "borders"
      | "autofitColumns"
      | "autofitRows"
      | "load"
    >
{
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  declare verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  declare indentLevel: number;

  constructor(context: ContextLike, source: RangeSource) {
    super(context, "RangeFormat", source);
  }

  get font(): FakeRangeFont {
    return this._child("font", () => new FakeRangeFont(this.context, { resolve: () => this._t() }));
  }

  get fill(): FakeRangeFill {
    return this._child("fill", () => new FakeRangeFill(this.context, { resolve: () => this._t() }));
  }

  get borders(): FakeRangeBorderCollection {
    return this._child(
      "borders",
      () => new FakeRangeBorderCollection(this.context, { resolve: () => this._t() }),
    );
  }

  /** Width from the longest display text, roughly as Excel measures Calibri 11. */
  autofitColumns(): void {
    this._api("autofitColumns", "1.2");
    this._action("autofitColumns", [], () => {
      const { model, sheet, rect } = rangeParts(this, "RangeFormat.autofitColumns");
      const used = sheet.usedRect(true);
      const lastCol = used ? Math.min(rect.col + rect.colCount, used.col + used.colCount) : rect.col + 1;
      for (let c = rect.col; c < lastCol; c++) {
        let longest = 0;
        for (const [row, col] of sheet.cellsIn({ ...rect, col: c, colCount: 1 })) {
          longest = Math.max(longest, model.cellText(sheet, row, col).length);
        }
        sheet.colWidths.set(c, longest === 0 ? 48 : Math.round((longest * 7 + 10) * 0.75 * 100) / 100);
      }
    });
  }

  autofitRows(): void {
    this._api("autofitRows", "1.2");
    this._action("autofitRows", [], () => {
      const { sheet, rect } = rangeParts(this, "RangeFormat.autofitRows");
      for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, 100000); r++) sheet.rowHeights.delete(r);
    });
  }
}

defineProps<FakeRangeFormat>(
  FakeRangeFormat,
  {
    columnWidth: {
      api: "1.2",
      get: (o) => {
        const { sheet, rect } = rangeParts(o, "RangeFormat.columnWidth");
        const first = sheet.columnWidth(rect.col);
        for (let c = rect.col; c < rect.col + rect.colCount; c++)
          if (sheet.columnWidth(c) !== first) return null;
        return first;
      },
      set: (o, v) => {
        const { sheet, rect } = rangeParts(o, "RangeFormat.columnWidth");
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
          throw officeErrors.invalidArgument("RangeFormat.columnWidth");
        for (let c = rect.col; c < rect.col + rect.colCount; c++) sheet.colWidths.set(c, v);
      },
    },
    rowHeight: {
      api: "1.2",
      get: (o) => {
        const { sheet, rect } = rangeParts(o, "RangeFormat.rowHeight");
        const first = sheet.rowHeight(rect.row);
        const last = Math.min(rect.row + rect.rowCount, rect.row + 100000);
        for (let r = rect.row; r < last; r++) if (sheet.rowHeight(r) !== first) return null;
        return first;
      },
      set: (o, v) => {
        const { sheet, rect } = rangeParts(o, "RangeFormat.rowHeight");
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
          throw officeErrors.invalidArgument("RangeFormat.rowHeight");
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, v);
      },
    },
    wrapText: styleProp("RangeFormat", "wrapText", "wrapText", asBool),
    horizontalAlignment: styleProp(
      "RangeFormat",
      "horizontalAlignment",
      "horizontalAlignment",
      oneOf("General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"),
    ),
    verticalAlignment: styleProp(
      "RangeFormat",
      "verticalAlignment",
      "verticalAlignment",
      oneOf("Top", "Center", "Bottom", "Justify", "Distributed"),
    ),
    indentLevel: styleProp("RangeFormat", "indentLevel", "indentLevel", (v, l) => {
      if (typeof v !== "number" || v < 0 || v > 250) throw officeErrors.invalidArgument(l);
      return v;
    }),
  },
  ["font", "fill", "borders"],
);

export class FakeRangeFont
  extends FakeClientObject<RangeTarget>
  implements
    Mirror<
      Excel.RangeFont,
      "bold" | "italic" | "color" | "size" | "name" | "underline" | "strikethrough" | "load"
    >
{
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  declare underline: Excel.RangeFont["underline"];
  declare strikethrough: boolean;

  constructor(context: ContextLike, source: RangeSource) {
    super(context, "RangeFont", source);
  }
}

defineProps<FakeRangeFont>(FakeRangeFont, {
  bold: styleProp("RangeFont", "bold", "bold", asBool),
  italic: styleProp("RangeFont", "italic", "italic", asBool),
  color: styleProp("RangeFont", "color", "fontColor", normaliseColor),
  size: styleProp("RangeFont", "size", "fontSize", positive),
  name: styleProp("RangeFont", "name", "fontName", (v, l) => {
    if (typeof v !== "string" || v === "") throw officeErrors.invalidArgument(l);
    return v;
  }),
  underline: styleProp(
    "RangeFont",
    "underline",
    "underline",
    oneOf("None", "Single", "Double", "SingleAccountant", "DoubleAccountant"),
  ),
  strikethrough: styleProp("RangeFont", "strikethrough", "strikethrough", asBool),
});

export class FakeRangeFill
  extends FakeClientObject<RangeTarget>
  implements Mirror<Excel.RangeFill, "color" | "clear" | "load">
{
  declare color: string;

  constructor(context: ContextLike, source: RangeSource) {
    super(context, "RangeFill", source);
  }

  clear(): void {
    this._action("clear", [], () => {
      const { sheet, rect } = rangeParts(this, "RangeFill.clear");
      sheet.setStyle(rect, "fill", null);
    });
  }
}

defineProps<FakeRangeFill>(FakeRangeFill, {
  color: {
    get: (o) => {
      const { sheet, rect } = rangeParts(o, "RangeFill.color");
      const v = sheet.uniformStyle(rect, "fill");
      // No fill reads back as white; a mixed range as null.
      return v === undefined ? null : (v ?? "#FFFFFF");
    },
    set: (o, v) => {
      const { sheet, rect } = rangeParts(o, "RangeFill.color");
      sheet.setStyle(rect, "fill", normaliseColor(v, "RangeFill.color"));
    },
  },
});

// ----- borders ---------------------------------------------------------------------------------

const SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
type Side = (typeof SIDES)[number];

interface BorderTarget extends RangeTarget {
  side: Side;
}

/** Which cells and which of their edges a border index means, for a given rectangle. */
function borderCells(
  rect: Rect,
  side: Side,
): { rect: Rect; key: "borderTop" | "borderBottom" | "borderLeft" | "borderRight" } | null {
  const last = (n: number) => n - 1;
  switch (side) {
    case "EdgeTop":
      return { rect: { ...rect, rowCount: 1 }, key: "borderTop" };
    case "EdgeBottom":
      return { rect: { ...rect, row: rect.row + last(rect.rowCount), rowCount: 1 }, key: "borderBottom" };
    case "EdgeLeft":
      return { rect: { ...rect, colCount: 1 }, key: "borderLeft" };
    case "EdgeRight":
      return { rect: { ...rect, col: rect.col + last(rect.colCount), colCount: 1 }, key: "borderRight" };
    case "InsideHorizontal":
      return rect.rowCount > 1
        ? { rect: { ...rect, rowCount: rect.rowCount - 1 }, key: "borderBottom" }
        : null;
    case "InsideVertical":
      return rect.colCount > 1
        ? { rect: { ...rect, colCount: rect.colCount - 1 }, key: "borderRight" }
        : null;
    default:
      return null;
  }
}

export class FakeRangeBorderCollection
  extends FakeClientObject<RangeTarget>
  implements Mirror<Excel.RangeBorderCollection, "getItem" | "load">
{
  constructor(context: ContextLike, source: RangeSource) {
    super(context, "RangeBorderCollection", source);
  }

  getItem(index: Excel.BorderIndex | Side): FakeRangeBorder {
    return new FakeRangeBorder(this.context, {
      resolve: () => {
        if (!SIDES.includes(index as Side))
          throw officeErrors.invalidArgument("RangeBorderCollection.getItem");
        return { ...this._t(), side: index as Side };
      },
      instantiate: { location: "RangeBorderCollection.getItem", args: [index] },
    });
  }
}

export class FakeRangeBorder
  extends FakeClientObject<BorderTarget>
  implements Mirror<Excel.RangeBorder, "style" | "color" | "weight" | "sideIndex" | "load">
{
  declare style: Excel.RangeBorder["style"];
  declare color: string;
  declare weight: Excel.RangeBorder["weight"];
  declare readonly sideIndex: Excel.RangeBorder["sideIndex"];

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<BorderTarget>>[2]) {
    super(context, "RangeBorder", source);
  }
}

function borderProp(name: "style" | "color" | "weight", convert: (v: unknown, location: string) => string) {
  const location = `RangeBorder.${name}`;
  const parts = (o: FakeRangeBorder) => {
    const t = o._t(location);
    return { sheet: o._host.model.requireSheet(t.sheetId, location), cells: borderCells(t.rect, t.side) };
  };
  return {
    get: (o: FakeRangeBorder) => {
      const { sheet, cells } = parts(o);
      if (!cells) return name === "style" ? "None" : name === "color" ? "#000000" : "Thin";
      const v = sheet.uniformStyle(cells.rect, cells.key);
      if (v === undefined) return null;
      return (v ?? { style: "None", color: "#000000", weight: "Thin" })[name];
    },
    set: (o: FakeRangeBorder, value: unknown) => {
      const { sheet, cells } = parts(o);
      const v = convert(value, location);
      if (!cells) return;
      for (let i = 0; i < cells.rect.rowCount; i++) {
        for (let j = 0; j < cells.rect.colCount; j++) {
          const one = { row: cells.rect.row + i, col: cells.rect.col + j, rowCount: 1, colCount: 1 };
          const current = sheet.style(one.row, one.col, cells.key) ?? {
            style: "None",
            color: "#000000",
            weight: "Thin",
          };
          const next = { ...current, [name]: v };
          sheet.setStyle(one, cells.key, next.style === "None" ? null : next);
        }
      }
    },
  };
}

defineProps<FakeRangeBorder>(FakeRangeBorder, {
  style: borderProp(
    "style",
    oneOf("None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"),
  ),
  color: borderProp("color", normaliseColor),
  weight: borderProp("weight", oneOf("Hairline", "Thin", "Medium", "Thick")),
  sideIndex: { get: (o) => o._t().side },
});
