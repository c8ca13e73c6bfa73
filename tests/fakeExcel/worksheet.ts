/**
 * Worksheets: the collection (add, getItem, active sheet, count, onChanged), the sheet itself
 * (ranges, used range, tables, charts, freeze panes, page layout) and their sheet-level settings.
 */
import { MAX_COLS, MAX_ROWS, parseAddress, rectAddress, rectInBounds, type Rect } from "./address";
import { FakeChartCollection } from "./charts";
import { officeErrors } from "./errors";
import { FakeEventHandlers } from "./events";
import type { SheetModel } from "./model/sheet";
import type { WorkbookModel } from "./model/workbook";
import {
  defineProps,
  FakeClientObject,
  FakeCollection,
  type ContextLike,
  type Mirror,
} from "./proxy/clientObject";
import { FakeRange, normaliseColor, type RangeTarget } from "./range";
import { FakeAutoFilter } from "./autoFilter";
import { FakeTableCollection } from "./tables";

export interface SheetTarget {
  sheetId: string;
}

type SheetSource = ConstructorParameters<typeof FakeClientObject<SheetTarget>>[2];

export function sheetParts(
  o: FakeClientObject<SheetTarget>,
  location: string,
): { model: WorkbookModel; sheet: SheetModel } {
  const t = o._t(location);
  const model = o._host.model;
  return { model, sheet: model.requireSheet(t.sheetId, location) };
}

/** Resolves an address given to Worksheet.getRange (A1 forms, or a defined name on this sheet). */
function resolveSheetAddress(
  model: WorkbookModel,
  sheet: SheetModel,
  address: string | undefined,
  location: string,
): Rect {
  if (address === undefined || address === null)
    return { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS };
  if (typeof address !== "string") throw officeErrors.invalidArgument(location);
  let p = parseAddress(address);
  if (!p) {
    const named = model.names.find((n) => n.name.toLowerCase() === address.trim().toLowerCase());
    if (named) p = parseAddress(named.formula.replace(/^=/, ""));
  }
  if (!p) throw officeErrors.invalidArgument(location);
  if (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw officeErrors.invalidArgument(location);
  return p.rect;
}

export class FakeWorksheet
  extends FakeClientObject<SheetTarget>
  implements
    Mirror<
      Excel.Worksheet,
      | "name"
      | "position"
      | "visibility"
      | "tabColor"
      | "id"
      | "showGridlines"
      | "activate"
      | "delete"
      | "getRange"
      | "getRangeByIndexes"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "getCell"
      | "tables"
      | "charts"
      | "freezePanes"
      | "pageLayout"
      | "autoFilter"
      | "horizontalPageBreaks"
      | "onChanged"
      | "load"
      | "set"
      | "isNullObject"
    >
{
  declare name: string;
  declare position: number;
  declare visibility: Excel.Worksheet["visibility"];
  declare tabColor: string;
  declare readonly id: string;
  declare showGridlines: boolean;

  constructor(context: ContextLike, source: SheetSource) {
    super(context, "Worksheet", source);
  }

  private _range(
    name: string,
    args: unknown[],
    compute: (model: WorkbookModel, sheet: SheetModel) => Rect | null,
  ): FakeRange {
    const location = `Worksheet.${name}`;
    return FakeRange.derived(this.context, location, args, (): RangeTarget | null => {
      const { model, sheet } = sheetParts(this, location);
      const rect = compute(model, sheet);
      if (rect === null) return null;
      if (!rectInBounds(rect)) throw officeErrors.invalidArgument(location);
      return { sheetId: sheet.id, rect };
    });
  }

  getRange(address?: string): FakeRange {
    return this._range("getRange", [address], (model, sheet) =>
      resolveSheetAddress(model, sheet, address, "Worksheet.getRange"),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._api("getRangeByIndexes", "1.7");
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => ({
      row: startRow,
      col: startColumn,
      rowCount,
      colCount: columnCount,
    }));
  }

  getCell(row: number, column: number): FakeRange {
    return this._range("getCell", [row, column], () => ({ row, col: column, rowCount: 1, colCount: 1 }));
  }

  /** Excel counts formatted cells and table areas unless valuesOnly; an empty sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._range("getUsedRange", [valuesOnly], (model, sheet) => {
      const u = sheet.usedRect(
        Boolean(valuesOnly),
        model.tablesOn(sheet.id).map((t) => t.rect),
      );
      return u ?? { row: 0, col: 0, rowCount: 1, colCount: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._api("getUsedRangeOrNullObject", "1.4");
    return this._range("getUsedRangeOrNullObject", [valuesOnly], (model, sheet) =>
      sheet.usedRect(
        Boolean(valuesOnly),
        model.tablesOn(sheet.id).map((t) => t.rect),
      ),
    );
  }

  activate(): void {
    this._action(
      "activate",
      [],
      () => {
        const { model, sheet } = sheetParts(this, "Worksheet.activate");
        model.activate(sheet, "Worksheet.activate");
      },
      true, // selection and the active sheet are workbook state (rolled back with it)
    );
  }

  delete(): void {
    this._action("delete", [], () => {
      const { model, sheet } = sheetParts(this, "Worksheet.delete");
      model.deleteSheet(sheet.id, "Worksheet.delete");
    });
  }

  get tables(): FakeTableCollection {
    return this._child(
      "tables",
      () => new FakeTableCollection(this.context, { resolve: () => ({ sheetId: this._t().sheetId }) }),
    );
  }

  get charts(): FakeChartCollection {
    return this._child("charts", () => new FakeChartCollection(this.context, { resolve: () => this._t() }));
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    this._api("freezePanes", "1.7");
    return this._child(
      "freezePanes",
      () => new FakeWorksheetFreezePanes(this.context, { resolve: () => this._t() }),
    );
  }

  get autoFilter(): FakeAutoFilter {
    this._api("autoFilter", "1.9");
    return this._child("autoFilter", () => new FakeAutoFilter(this.context, { resolve: () => this._t() }));
  }

  get pageLayout(): FakePageLayout {
    this._api("pageLayout", "1.9");
    return this._child("pageLayout", () => new FakePageLayout(this.context, { resolve: () => this._t() }));
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    this._api("horizontalPageBreaks", "1.9");
    return this._child(
      "horizontalPageBreaks",
      () => new FakePageBreakCollection(this.context, { resolve: () => this._t() }),
    );
  }

  _onChanged: FakeEventHandlers<Excel.WorksheetChangedEventArgs> | undefined = undefined;

  get onChanged(): FakeEventHandlers<Excel.WorksheetChangedEventArgs> {
    this._api("onChanged", "1.7");
    return (this._onChanged ??= new FakeEventHandlers(
      this.context,
      "Worksheet.onChanged",
      () => this._t().sheetId,
    ));
  }
}

defineProps<FakeWorksheet>(
  FakeWorksheet,
  {
    name: {
      get: (o) => sheetParts(o, "Worksheet.name").sheet.name,
      set: (o, v) => {
        const { model, sheet } = sheetParts(o, "Worksheet.name");
        sheet.name = model.validateSheetName(v, "Worksheet.name", sheet.id);
      },
    },
    id: { get: (o) => sheetParts(o, "Worksheet.id").sheet.id },
    position: {
      get: (o) => {
        const { model, sheet } = sheetParts(o, "Worksheet.position");
        return model.sheets.indexOf(sheet);
      },
      set: (o, v) => {
        const { model, sheet } = sheetParts(o, "Worksheet.position");
        model.moveSheet(sheet, v, "Worksheet.position");
      },
    },
    visibility: {
      get: (o) => sheetParts(o, "Worksheet.visibility").sheet.visibility,
      set: (o, v) => {
        const { model, sheet } = sheetParts(o, "Worksheet.visibility");
        model.setVisibility(sheet, v, "Worksheet.visibility");
      },
    },
    tabColor: {
      api: "1.7",
      get: (o) => sheetParts(o, "Worksheet.tabColor").sheet.tabColor,
      set: (o, v) => {
        const { sheet } = sheetParts(o, "Worksheet.tabColor");
        sheet.tabColor = v === "" ? "" : normaliseColor(v, "Worksheet.tabColor");
      },
    },
    showGridlines: {
      api: "1.8",
      get: (o) => sheetParts(o, "Worksheet.showGridlines").sheet.showGridlines,
      set: (o, v) => {
        if (typeof v !== "boolean") throw officeErrors.invalidArgument("Worksheet.showGridlines");
        sheetParts(o, "Worksheet.showGridlines").sheet.showGridlines = v;
      },
    },
  },
  ["tables", "charts", "freezePanes", "pageLayout", "autoFilter", "horizontalPageBreaks"],
);

// ----- collection ------------------------------------------------------------------------------

export class FakeWorksheetCollection
  extends FakeCollection<Record<string, never>, FakeWorksheet>
  implements
    Mirror<
      Excel.WorksheetCollection,
      | "add"
      | "getItem"
      | "getItemOrNullObject"
      | "getActiveWorksheet"
      | "getCount"
      | "getFirst"
      | "getLast"
      | "items"
      | "onChanged"
      | "load"
    >
{
  constructor(context: ContextLike) {
    super(context, "WorksheetCollection", { bound: {} });
  }

  _enumerate(): unknown[] {
    return this._host.model.sheets.map((s) => ({ sheetId: s.id }));
  }

  _makeItem(target: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, { bound: target as SheetTarget });
  }

  get _itemMeta() {
    return FakeWorksheet.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }

  private _sheet(
    location: string,
    args: unknown[],
    find: (model: WorkbookModel) => SheetModel | null,
    mutates = false,
  ): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      instantiate: { location, args, mutates },
      resolve: () => {
        const s = find(this._host.model);
        return s ? { sheetId: s.id } : null;
      },
    });
  }

  add(name?: string): FakeWorksheet {
    return this._sheet(
      "WorksheetCollection.add",
      [name],
      (m) => m.addSheet(name, "WorksheetCollection.add"),
      true,
    );
  }

  getItem(key: string): FakeWorksheet {
    return this._sheet("WorksheetCollection.getItem", [key], (m) => {
      const s = m.sheetByName(key) ?? m.sheetById(key);
      if (!s) throw officeErrors.itemNotFound("WorksheetCollection.getItem");
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this._api("getItemOrNullObject", "1.4");
    return this._sheet(
      "WorksheetCollection.getItemOrNullObject",
      [key],
      (m) => m.sheetByName(key) ?? m.sheetById(key) ?? null,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this._sheet("WorksheetCollection.getActiveWorksheet", [], (m) =>
      m.requireSheet(m.activeSheetId, "WorksheetCollection.getActiveWorksheet"),
    );
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    this._api("getFirst", "1.5");
    return this._sheet("WorksheetCollection.getFirst", [visibleOnly], (m) => {
      const s = (visibleOnly ? m.visibleSheets() : m.sheets)[0];
      if (!s) throw officeErrors.itemNotFound("WorksheetCollection.getFirst");
      return s;
    });
  }

  getLast(visibleOnly?: boolean): FakeWorksheet {
    this._api("getLast", "1.5");
    return this._sheet("WorksheetCollection.getLast", [visibleOnly], (m) => {
      const list = visibleOnly ? m.visibleSheets() : m.sheets;
      const s = list[list.length - 1];
      if (!s) throw officeErrors.itemNotFound("WorksheetCollection.getLast");
      return s;
    });
  }

  getCount(visibleOnly?: boolean): { readonly value: number } {
    this._api("getCount", "1.4");
    return this._result(
      "getCount",
      [visibleOnly],
      () => (visibleOnly ? this._host.model.visibleSheets() : this._host.model.sheets).length,
    );
  }

  _onChanged: FakeEventHandlers<Excel.WorksheetChangedEventArgs> | undefined = undefined;

  get onChanged(): FakeEventHandlers<Excel.WorksheetChangedEventArgs> {
    this._api("onChanged", "1.9");
    return (this._onChanged ??= new FakeEventHandlers(this.context, "WorksheetCollection.onChanged", null));
  }
}

defineProps(FakeWorksheetCollection, {});

// ----- freeze panes ----------------------------------------------------------------------------

export class FakeWorksheetFreezePanes
  extends FakeClientObject<SheetTarget>
  implements
    Mirror<
      Excel.WorksheetFreezePanes,
      "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocation" | "getLocationOrNullObject"
    >
{
  constructor(context: ContextLike, source: SheetSource) {
    super(context, "WorksheetFreezePanes", source);
  }

  freezeRows(count?: number): void {
    this._action("freezeRows", [count], () => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0 || n >= MAX_ROWS)
        throw officeErrors.invalidArgument("WorksheetFreezePanes.freezeRows");
      const { sheet } = sheetParts(this, "WorksheetFreezePanes.freezeRows");
      sheet.freezeRows = n;
      sheet.freezeColumns = 0;
    });
  }

  freezeColumns(count?: number): void {
    this._action("freezeColumns", [count], () => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0 || n >= MAX_COLS)
        throw officeErrors.invalidArgument("WorksheetFreezePanes.freezeColumns");
      const { sheet } = sheetParts(this, "WorksheetFreezePanes.freezeColumns");
      sheet.freezeColumns = n;
      sheet.freezeRows = 0;
    });
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    if (typeof frozenRange !== "string") this._sameContext(frozenRange, "WorksheetFreezePanes.freezeAt");
    this._action("freezeAt", [frozenRange], () => {
      const location = "WorksheetFreezePanes.freezeAt";
      const { model, sheet } = sheetParts(this, location);
      let rect: Rect;
      if (typeof frozenRange === "string") rect = resolveSheetAddress(model, sheet, frozenRange, location);
      else {
        const t = (frozenRange as unknown as FakeRange)._t(location);
        if (t.sheetId !== sheet.id) throw officeErrors.invalidArgument(location);
        rect = t.rect;
      }
      // The given cells become the frozen top-left pane: "1:2" freezes rows, "A:B" columns.
      sheet.freezeRows = rect.rowCount === MAX_ROWS ? 0 : rect.row + rect.rowCount;
      sheet.freezeColumns = rect.colCount === MAX_COLS ? 0 : rect.col + rect.colCount;
    });
  }

  unfreeze(): void {
    this._action("unfreeze", [], () => {
      const { sheet } = sheetParts(this, "WorksheetFreezePanes.unfreeze");
      sheet.freezeRows = 0;
      sheet.freezeColumns = 0;
    });
  }

  private _location(orNull: boolean): FakeRange {
    const location = orNull
      ? "WorksheetFreezePanes.getLocationOrNullObject"
      : "WorksheetFreezePanes.getLocation";
    return FakeRange.derived(this.context, location, [], () => {
      const { sheet } = sheetParts(this, location);
      const rows = sheet.freezeRows;
      const cols = sheet.freezeColumns;
      if (!rows && !cols) {
        if (orNull) return null;
        throw officeErrors.itemNotFound(location);
      }
      const rect: Rect = {
        row: 0,
        col: 0,
        rowCount: rows || MAX_ROWS,
        colCount: cols || MAX_COLS,
      };
      return { sheetId: sheet.id, rect };
    });
  }

  getLocation(): FakeRange {
    return this._location(false);
  }

  getLocationOrNullObject(): FakeRange {
    return this._location(true);
  }
}

defineProps(FakeWorksheetFreezePanes, {});

// ----- page layout -----------------------------------------------------------------------------

/** Print titles are whole rows ("$1:$4") or whole columns ("$A:$B"), as Excel stores them. */
function titleAddress(v: unknown, location: string, rows: boolean, self: FakeClientObject<unknown>): string {
  let rect: Rect;
  if (typeof v === "string") {
    const p = parseAddress(v);
    if (!p) throw officeErrors.invalidArgument(location);
    rect = p.rect;
    const whole = rows ? rect.colCount === MAX_COLS : rect.rowCount === MAX_ROWS;
    if (!whole) throw officeErrors.invalidArgument(location);
  } else {
    rect = self._sameContext<FakeRange>(v, location)._t(location).rect;
  }
  return rows
    ? rectAddress({ row: rect.row, col: 0, rowCount: rect.rowCount, colCount: MAX_COLS }, true)
    : rectAddress({ row: 0, col: rect.col, rowCount: MAX_ROWS, colCount: rect.colCount }, true);
}

export class FakePageLayout
  extends FakeClientObject<SheetTarget>
  implements
    Mirror<
      Excel.PageLayout,
      | "orientation"
      | "paperSize"
      | "zoom"
      | "centerHorizontally"
      | "centerVertically"
      | "printGridlines"
      | "printHeadings"
      | "blackAndWhite"
      | "leftMargin"
      | "rightMargin"
      | "topMargin"
      | "bottomMargin"
      | "headerMargin"
      | "footerMargin"
      | "setPrintTitleRows"
      | "setPrintTitleColumns"
      | "setPrintArea"
      | "headersFooters"
      | "load"
    >
{
  get headersFooters(): { readonly defaultForAllPages: FakeHeaderFooter } {
    const footer = this._child(
      "defaultForAllPages",
      () => new FakeHeaderFooter(this.context, { resolve: () => this._t() }),
    );
    return { defaultForAllPages: footer };
  }

  declare orientation: Excel.PageLayout["orientation"];
  declare paperSize: Excel.PageLayout["paperSize"];
  declare zoom: Excel.PageLayoutZoomOptions;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;

  constructor(context: ContextLike, source: SheetSource) {
    super(context, "PageLayout", source);
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._action("setPrintTitleRows", [printTitleRows], () => {
      const { sheet } = sheetParts(this, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = titleAddress(
        printTitleRows,
        "PageLayout.setPrintTitleRows",
        true,
        this,
      );
    });
  }

  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    this._action("setPrintTitleColumns", [printTitleColumns], () => {
      const { sheet } = sheetParts(this, "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = titleAddress(
        printTitleColumns,
        "PageLayout.setPrintTitleColumns",
        false,
        this,
      );
    });
  }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this._action("setPrintArea", [printArea], () => {
      const location = "PageLayout.setPrintArea";
      const { model, sheet } = sheetParts(this, location);
      let rect: Rect;
      if (typeof printArea === "string") rect = resolveSheetAddress(model, sheet, printArea, location);
      else rect = this._sameContext<FakeRange>(printArea, location)._t(location).rect;
      sheet.pageLayout.printArea = rectAddress(rect, true);
    });
  }
}

function layoutProp<
  K extends
    | "orientation"
    | "paperSize"
    | "centerHorizontally"
    | "centerVertically"
    | "printGridlines"
    | "printHeadings"
    | "blackAndWhite"
    | "leftMargin"
    | "rightMargin"
    | "topMargin"
    | "bottomMargin"
    | "headerMargin"
    | "footerMargin",
>(key: K, check: (v: unknown) => boolean) {
  const location = `PageLayout.${key}`;
  return {
    get: (o: FakePageLayout) => sheetParts(o, location).sheet.pageLayout[key],
    set: (o: FakePageLayout, v: unknown) => {
      if (!check(v)) throw officeErrors.invalidArgument(location);
      (sheetParts(o, location).sheet.pageLayout as unknown as Record<string, unknown>)[key] = v;
    },
  };
}

const isBool = (v: unknown) => typeof v === "boolean";
const isMargin = (v: unknown) => typeof v === "number" && v >= 0;

defineProps<FakePageLayout>(FakePageLayout, {
  orientation: layoutProp("orientation", (v) => v === "Portrait" || v === "Landscape"),
  paperSize: layoutProp("paperSize", (v) => typeof v === "string" && v.length > 0),
  zoom: {
    get: (o) => ({ ...sheetParts(o, "PageLayout.zoom").sheet.pageLayout.zoom }),
    set: (o, v) => {
      const location = "PageLayout.zoom";
      const z = v as Excel.PageLayoutZoomOptions | null;
      if (!z || typeof z !== "object") throw officeErrors.invalidArgument(location);
      if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400))
        throw officeErrors.invalidArgument(location);
      for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
        if (z[k] !== undefined && (typeof z[k] !== "number" || z[k]! < 0))
          throw officeErrors.invalidArgument(location);
      }
      const clean: Excel.PageLayoutZoomOptions = {};
      if (z.scale !== undefined) clean.scale = z.scale;
      if (z.horizontalFitToPages !== undefined) clean.horizontalFitToPages = z.horizontalFitToPages;
      if (z.verticalFitToPages !== undefined) clean.verticalFitToPages = z.verticalFitToPages;
      sheetParts(o, location).sheet.pageLayout.zoom = clean;
    },
  },
  centerHorizontally: layoutProp("centerHorizontally", isBool),
  centerVertically: layoutProp("centerVertically", isBool),
  printGridlines: layoutProp("printGridlines", isBool),
  printHeadings: layoutProp("printHeadings", isBool),
  blackAndWhite: layoutProp("blackAndWhite", isBool),
  leftMargin: layoutProp("leftMargin", isMargin),
  rightMargin: layoutProp("rightMargin", isMargin),
  topMargin: layoutProp("topMargin", isMargin),
  bottomMargin: layoutProp("bottomMargin", isMargin),
  headerMargin: layoutProp("headerMargin", isMargin),
  footerMargin: layoutProp("footerMargin", isMargin),
});

/** The page footer text (only the centre one is modelled: the report's page numbers). */
export class FakeHeaderFooter
  extends FakeClientObject<SheetTarget>
  implements Mirror<Excel.HeaderFooter, "centerFooter" | "load">
{
  declare centerFooter: string;
  constructor(context: ContextLike, source: SheetSource) {
    super(context, "HeaderFooter", source);
  }
}

defineProps<FakeHeaderFooter>(FakeHeaderFooter, {
  centerFooter: {
    get: (o) => sheetParts(o, "HeaderFooter.centerFooter").sheet.pageLayout.centerFooter,
    set: (o, v) => {
      // Excel refuses a header or footer over 255 characters.
      if (typeof v !== "string" || v.length > 255)
        throw officeErrors.invalidArgument("HeaderFooter.centerFooter");
      sheetParts(o, "HeaderFooter.centerFooter").sheet.pageLayout.centerFooter = v;
    },
  },
});

/** Manual page breaks above a row («Вставить разрыв страницы»). */
export class FakePageBreakCollection
  extends FakeClientObject<SheetTarget>
  implements Mirror<Excel.PageBreakCollection, "add">
{
  constructor(context: ContextLike, source: SheetSource) {
    super(context, "PageBreakCollection", source);
  }
  add(pageBreakRange: Excel.Range | string): Excel.PageBreak {
    const location = "PageBreakCollection.add";
    this._action("add", [pageBreakRange], () => {
      const { model, sheet } = sheetParts(this, location);
      const rect =
        typeof pageBreakRange === "string"
          ? resolveSheetAddress(model, sheet, pageBreakRange, location)
          : this._sameContext<FakeRange>(pageBreakRange, location)._t(location).rect;
      if (!sheet.pageLayout.rowBreaks.includes(rect.row)) sheet.pageLayout.rowBreaks.push(rect.row);
    });
    return undefined as unknown as Excel.PageBreak;
  }
}
