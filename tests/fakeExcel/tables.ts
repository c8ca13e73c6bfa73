/**
 * Tables. A table owns a rectangle of its sheet: header names live in the header cells, rows and
 * columns added through the API insert cells and grow the rectangle, so table data shows up in
 * the sheet's values and used range exactly as in Excel. Names are unique workbook-wide.
 */
import { parseAddress, type Rect } from "./address";
import { officeErrors } from "./errors";
import type { SheetModel } from "./model/sheet";
import {
  tableBody,
  tableHeader,
  type TableColumnData,
  type TableData,
  type WorkbookModel,
} from "./model/workbook";
import {
  defineProps,
  FakeClientObject,
  FakeCollection,
  type ContextLike,
  type Mirror,
} from "./proxy/clientObject";
import { FakeRange, type RangeTarget } from "./range";
import { FakeWorksheet } from "./worksheet";

interface TablesTarget {
  /** undefined = workbook.tables */
  sheetId?: string;
}
interface TableTarget {
  tableId: string;
}
interface ColumnTarget extends TableTarget {
  columnId: number;
}
interface RowTarget extends TableTarget {
  index: number;
}

const STYLE_RE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function tableParts(
  o: FakeClientObject<TableTarget>,
  location: string,
): { model: WorkbookModel; table: TableData; sheet: SheetModel } {
  const t = o._t(location);
  const model = o._host.model;
  const table = model.requireTable(t.tableId, location);
  return { model, table, sheet: model.requireSheet(table.sheetId, location) };
}

function rangeOf(
  o: FakeClientObject<TableTarget>,
  name: string,
  pick: (t: TableData) => Rect | null,
): FakeRange {
  const location = `${o._typeName}.${name}`;
  return FakeRange.derived(o.context, location, [], (): RangeTarget => {
    const { table } = tableParts(o, location);
    const r = pick(table);
    if (!r || r.rowCount === 0) throw officeErrors.itemNotFound(location);
    return { sheetId: table.sheetId, rect: r };
  });
}

// ----- collection ------------------------------------------------------------------------------

export class FakeTableCollection
  extends FakeCollection<TablesTarget, FakeTable>
  implements
    Mirror<
      Excel.TableCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount" | "items" | "count" | "load"
    >
{
  declare readonly count: number;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<TablesTarget>>[2]) {
    super(context, "TableCollection", source);
  }

  _list(): TableData[] {
    const t = this._t();
    const model = this._host.model;
    if (t.sheetId === undefined) return model.tables;
    model.requireSheet(t.sheetId, "TableCollection");
    return model.tablesOn(t.sheetId);
  }

  _enumerate(): unknown[] {
    return this._list().map((t) => ({ tableId: t.id }));
  }

  _makeItem(target: unknown): FakeTable {
    return new FakeTable(this.context, { bound: target as TableTarget });
  }

  get _itemMeta() {
    return FakeTable.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    const location = "TableCollection.add";
    if (typeof address !== "string") this._sameContext(address, location);
    return new FakeTable(this.context, {
      instantiate: { location, args: [address, hasHeaders], mutates: true },
      resolve: () => {
        const model = this._host.model;
        const scope = this._t().sheetId;
        let sheet: SheetModel;
        let rect: Rect;
        if (typeof address === "string") {
          const p = parseAddress(address);
          if (!p) throw officeErrors.invalidArgument(location);
          const scoped = scope === undefined ? undefined : model.requireSheet(scope, location);
          if (p.sheet !== undefined) {
            const named = model.sheetByName(p.sheet);
            if (!named || (scoped && named.id !== scoped.id)) throw officeErrors.invalidArgument(location);
            sheet = named;
          } else {
            sheet = scoped ?? model.requireSheet(model.activeSheetId, location);
          }
          rect = p.rect;
        } else {
          const t = (address as unknown as FakeRange)._t(location);
          if (scope !== undefined && t.sheetId !== scope) throw officeErrors.invalidArgument(location);
          sheet = model.requireSheet(t.sheetId, location);
          rect = t.rect;
        }
        return { tableId: model.addTable(sheet, rect, Boolean(hasHeaders), location).id };
      },
    });
  }

  private _find(key: string): TableData | undefined {
    return this._list().find(
      (t) => t.name.toLowerCase() === String(key).toLowerCase() || t.id === String(key),
    );
  }

  getItem(key: string): FakeTable {
    const location = "TableCollection.getItem";
    return new FakeTable(this.context, {
      instantiate: { location, args: [key] },
      resolve: () => {
        const t = this._find(key);
        if (!t) throw officeErrors.itemNotFound(location);
        return { tableId: t.id };
      },
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    this._api("getItemOrNullObject", "1.4");
    return new FakeTable(this.context, {
      instantiate: { location: "TableCollection.getItemOrNullObject", args: [key] },
      resolve: () => {
        const t = this._find(key);
        return t ? { tableId: t.id } : null;
      },
    });
  }

  getItemAt(index: number): FakeTable {
    const location = "TableCollection.getItemAt";
    return new FakeTable(this.context, {
      instantiate: { location, args: [index] },
      resolve: () => {
        const t = this._list()[index];
        if (!t) throw officeErrors.itemNotFound(location);
        return { tableId: t.id };
      },
    });
  }

  getCount(): { readonly value: number } {
    this._api("getCount", "1.4");
    return this._result("getCount", [], () => this._list().length);
  }
}

defineProps<FakeTableCollection>(FakeTableCollection, {
  count: { get: (o) => o._list().length },
});

// ----- table -----------------------------------------------------------------------------------

export class FakeTable
  extends FakeClientObject<TableTarget>
  implements
    Mirror<
      Excel.Table,
      | "name"
      | "id"
      | "style"
      | "showHeaders"
      | "showTotals"
      | "showBandedRows"
      | "showBandedColumns"
      | "showFilterButton"
      | "highlightFirstColumn"
      | "highlightLastColumn"
      | "columns"
      | "rows"
      | "worksheet"
      | "getRange"
      | "getHeaderRowRange"
      | "getDataBodyRange"
      | "getTotalRowRange"
      | "delete"
      | "convertToRange"
      | "resize"
      | "load"
      | "set"
      | "isNullObject"
    >
{
  declare name: string;
  declare readonly id: string;
  declare style: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare showBandedRows: boolean;
  declare showBandedColumns: boolean;
  declare showFilterButton: boolean;
  declare highlightFirstColumn: boolean;
  declare highlightLastColumn: boolean;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<TableTarget>>[2]) {
    super(context, "Table", source);
  }

  get columns(): FakeTableColumnCollection {
    return this._child(
      "columns",
      () => new FakeTableColumnCollection(this.context, { resolve: () => this._t() }),
    );
  }

  get rows(): FakeTableRowCollection {
    return this._child("rows", () => new FakeTableRowCollection(this.context, { resolve: () => this._t() }));
  }

  get worksheet(): FakeWorksheet {
    return this._child(
      "worksheet",
      () =>
        new FakeWorksheet(this.context, {
          resolve: () => ({ sheetId: tableParts(this, "Table.worksheet").table.sheetId }),
        }),
    );
  }

  getRange(): FakeRange {
    return rangeOf(this, "getRange", (t) => t.rect);
  }

  getHeaderRowRange(): FakeRange {
    return rangeOf(this, "getHeaderRowRange", tableHeader);
  }

  getDataBodyRange(): FakeRange {
    return rangeOf(this, "getDataBodyRange", tableBody);
  }

  getTotalRowRange(): FakeRange {
    return rangeOf(this, "getTotalRowRange", (t) =>
      t.showTotals ? { ...t.rect, row: t.rect.row + t.rect.rowCount - 1, rowCount: 1 } : null,
    );
  }

  delete(): void {
    this._action("delete", [], () => {
      const { model, table } = tableParts(this, "Table.delete");
      model.deleteTable(table, false);
    });
  }

  convertToRange(): FakeRange {
    this._api("convertToRange", "1.2");
    const location = "Table.convertToRange";
    return new FakeRange(this.context, {
      instantiate: { location, args: [], mutates: true },
      resolve: () => {
        const { model, table } = tableParts(this, location);
        model.deleteTable(table, true);
        return { sheetId: table.sheetId, rect: table.rect };
      },
    });
  }

  resize(newRange: Excel.Range | string): void {
    this._api("resize", "1.13");
    if (typeof newRange !== "string") this._sameContext(newRange, "Table.resize");
    this._action("resize", [newRange], () => {
      const location = "Table.resize";
      const { model, table } = tableParts(this, location);
      let rect: Rect;
      if (typeof newRange === "string") {
        const p = parseAddress(newRange);
        if (!p) throw officeErrors.invalidArgument(location);
        rect = p.rect;
      } else {
        const t = (newRange as unknown as FakeRange)._t(location);
        if (t.sheetId !== table.sheetId) throw officeErrors.invalidArgument(location);
        rect = t.rect;
      }
      model.resizeTable(table, rect, location);
    });
  }
}

function tableFlag(
  key:
    | "showBandedRows"
    | "showBandedColumns"
    | "showFilterButton"
    | "highlightFirstColumn"
    | "highlightLastColumn",
) {
  const location = `Table.${key}`;
  return {
    get: (o: FakeTable) => tableParts(o, location).table[key],
    set: (o: FakeTable, v: unknown) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument(location);
      tableParts(o, location).table[key] = v;
    },
  };
}

defineProps<FakeTable>(
  FakeTable,
  {
    id: { get: (o) => tableParts(o, "Table.id").table.id },
    name: {
      get: (o) => tableParts(o, "Table.name").table.name,
      set: (o, v) => {
        const { model, table } = tableParts(o, "Table.name");
        table.name = model.validateTableName(v, "Table.name", table.id);
      },
    },
    showHeaders: {
      get: (o) => tableParts(o, "Table.showHeaders").table.showHeaders,
      set: (o, v) => {
        if (typeof v !== "boolean") throw officeErrors.invalidArgument("Table.showHeaders");
        const { model, table } = tableParts(o, "Table.showHeaders");
        model.setShowHeaders(table, v, "Table.showHeaders");
      },
    },
    showTotals: {
      get: (o) => tableParts(o, "Table.showTotals").table.showTotals,
      set: (o, v) => {
        if (typeof v !== "boolean") throw officeErrors.invalidArgument("Table.showTotals");
        const { table, sheet } = tableParts(o, "Table.showTotals");
        if (v === table.showTotals) return;
        if (v) {
          sheet.insertCellsDown(table.rect.row + table.rect.rowCount, table.rect.col, table.rect.colCount, 1);
          table.rect = { ...table.rect, rowCount: table.rect.rowCount + 1 };
        } else {
          const last = { ...table.rect, row: table.rect.row + table.rect.rowCount - 1, rowCount: 1 };
          sheet.deleteCellsUp(last);
          table.rect = { ...table.rect, rowCount: table.rect.rowCount - 1 };
        }
        table.showTotals = v;
      },
    },
    style: {
      get: (o) => tableParts(o, "Table.style").table.style,
      set: (o, v) => {
        if (typeof v !== "string" || (v !== "" && !STYLE_RE.test(v)))
          throw officeErrors.invalidArgument("Table.style");
        tableParts(o, "Table.style").table.style = v;
      },
    },
    showBandedRows: tableFlag("showBandedRows"),
    showBandedColumns: tableFlag("showBandedColumns"),
    showFilterButton: tableFlag("showFilterButton"),
    highlightFirstColumn: tableFlag("highlightFirstColumn"),
    highlightLastColumn: tableFlag("highlightLastColumn"),
  },
  ["columns", "rows", "worksheet"],
);

// ----- columns ---------------------------------------------------------------------------------

function columnParts(o: FakeClientObject<ColumnTarget>, location: string) {
  const t = o._t(location);
  const parts = tableParts(o as unknown as FakeClientObject<TableTarget>, location);
  const index = parts.table.columns.findIndex((c) => c.id === t.columnId);
  if (index < 0) throw officeErrors.itemNotFound(location);
  const rect: Rect = { ...parts.table.rect, col: parts.table.rect.col + index, colCount: 1 };
  return { ...parts, column: parts.table.columns[index]!, index, rect };
}

export class FakeTableColumnCollection
  extends FakeCollection<TableTarget, FakeTableColumn>
  implements
    Mirror<
      Excel.TableColumnCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount" | "items" | "count" | "load"
    >
{
  declare readonly count: number;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<TableTarget>>[2]) {
    super(context, "TableColumnCollection", source);
  }

  _enumerate(): unknown[] {
    const { table } = tableParts(this, "TableColumnCollection.items");
    return table.columns.map((c) => ({ tableId: table.id, columnId: c.id }));
  }

  _makeItem(target: unknown): FakeTableColumn {
    return new FakeTableColumn(this.context, { bound: target as ColumnTarget });
  }

  get _itemMeta() {
    return FakeTableColumn.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }

  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    name?: string,
  ): FakeTableColumn {
    const location = "TableColumnCollection.add";
    return new FakeTableColumn(this.context, {
      instantiate: { location, args: [index, values, name], mutates: true },
      resolve: () => {
        const { model, table } = tableParts(this, location);
        if (values !== undefined && !Array.isArray(values)) throw officeErrors.invalidArgument(location);
        const col = model.addTableColumn(table, index, values as unknown[][] | undefined, name, location);
        return { tableId: table.id, columnId: col.id };
      },
    });
  }

  private _lookup(key: number | string, table: TableData): TableColumnData | undefined {
    if (typeof key === "number") return table.columns.find((c) => c.id === key);
    return table.columns.find((c) => c.name.toLowerCase() === key.toLowerCase() || String(c.id) === key);
  }

  getItem(key: number | string): FakeTableColumn {
    const location = "TableColumnCollection.getItem";
    return new FakeTableColumn(this.context, {
      instantiate: { location, args: [key] },
      resolve: () => {
        const { table } = tableParts(this, location);
        const c = this._lookup(key, table);
        if (!c) throw officeErrors.itemNotFound(location);
        return { tableId: table.id, columnId: c.id };
      },
    });
  }

  getItemOrNullObject(key: number | string): FakeTableColumn {
    this._api("getItemOrNullObject", "1.4");
    const location = "TableColumnCollection.getItemOrNullObject";
    return new FakeTableColumn(this.context, {
      instantiate: { location, args: [key] },
      resolve: () => {
        const { table } = tableParts(this, location);
        const c = this._lookup(key, table);
        return c ? { tableId: table.id, columnId: c.id } : null;
      },
    });
  }

  getItemAt(index: number): FakeTableColumn {
    const location = "TableColumnCollection.getItemAt";
    return new FakeTableColumn(this.context, {
      instantiate: { location, args: [index] },
      resolve: () => {
        const { table } = tableParts(this, location);
        const c = table.columns[index];
        if (!c) throw officeErrors.itemNotFound(location);
        return { tableId: table.id, columnId: c.id };
      },
    });
  }

  getCount(): { readonly value: number } {
    this._api("getCount", "1.4");
    return this._result(
      "getCount",
      [],
      () => tableParts(this, "TableColumnCollection.getCount").table.columns.length,
    );
  }
}

defineProps<FakeTableColumnCollection>(FakeTableColumnCollection, {
  count: { get: (o) => tableParts(o, "TableColumnCollection.count").table.columns.length },
});

export class FakeTableColumn
  extends FakeClientObject<ColumnTarget>
  implements
    Mirror<
      Excel.TableColumn,
      | "name"
      | "index"
      | "id"
      | "values"
      | "getRange"
      | "getHeaderRowRange"
      | "getDataBodyRange"
      | "load"
      | "isNullObject"
    >
{
  declare name: string;
  declare readonly index: number;
  declare readonly id: number;
  declare values: Excel.TableColumn["values"];

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<ColumnTarget>>[2]) {
    super(context, "TableColumn", source);
  }

  private _colRange(name: string, pick: (table: TableData, rect: Rect) => Rect | null): FakeRange {
    const location = `TableColumn.${name}`;
    return FakeRange.derived(this.context, location, [], () => {
      const { table, rect } = columnParts(this, location);
      const r = pick(table, rect);
      if (!r || r.rowCount === 0) throw officeErrors.itemNotFound(location);
      return { sheetId: table.sheetId, rect: r };
    });
  }

  getRange(): FakeRange {
    return this._colRange("getRange", (_t, r) => r);
  }

  getHeaderRowRange(): FakeRange {
    return this._colRange("getHeaderRowRange", (t, r) => (t.showHeaders ? { ...r, rowCount: 1 } : null));
  }

  getDataBodyRange(): FakeRange {
    return this._colRange("getDataBodyRange", (t, r) => {
      const body = tableBody(t);
      return { ...r, row: body.row, rowCount: body.rowCount };
    });
  }
}

defineProps<FakeTableColumn>(FakeTableColumn, {
  id: { get: (o) => columnParts(o, "TableColumn.id").column.id },
  index: { get: (o) => columnParts(o, "TableColumn.index").index },
  name: {
    get: (o) => columnParts(o, "TableColumn.name").column.name,
    set: (o, v) => {
      const location = "TableColumn.name";
      const { model, sheet, table, rect } = columnParts(o, location);
      if (typeof v !== "string" || v === "") throw officeErrors.invalidArgument(location);
      if (!table.showHeaders) throw officeErrors.invalidOperation(location);
      model.writeCells(sheet, { ...rect, rowCount: 1 }, [[v]], location);
    },
  },
  values: {
    get: (o) => {
      const { model, sheet, rect } = columnParts(o, "TableColumn.values");
      const out: unknown[][] = [];
      for (let i = 0; i < rect.rowCount; i++) out.push([model.cellValue(sheet, rect.row + i, rect.col)]);
      return out;
    },
    set: (o, v) => {
      const location = "TableColumn.values";
      const { model, sheet, rect } = columnParts(o, location);
      if (
        !Array.isArray(v) ||
        v.length !== rect.rowCount ||
        v.some((r) => !Array.isArray(r) || r.length !== 1)
      ) {
        throw officeErrors.invalidArgument(location);
      }
      model.writeCells(sheet, rect, v as unknown[][], location);
    },
  },
});

// ----- rows ------------------------------------------------------------------------------------

export class FakeTableRowCollection
  extends FakeCollection<TableTarget, FakeTableRow>
  implements Mirror<Excel.TableRowCollection, "add" | "getCount" | "getItemAt" | "items" | "count" | "load">
{
  declare readonly count: number;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<TableTarget>>[2]) {
    super(context, "TableRowCollection", source);
  }

  _enumerate(): unknown[] {
    const { table } = tableParts(this, "TableRowCollection.items");
    return Array.from({ length: tableBody(table).rowCount }, (_, index) => ({ tableId: table.id, index }));
  }

  _makeItem(target: unknown): FakeTableRow {
    return new FakeTableRow(this.context, { bound: target as RowTarget });
  }

  get _itemMeta() {
    return FakeTableRow.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }

  add(
    index?: number | null,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    alwaysInsert?: boolean,
  ): FakeTableRow {
    const location = "TableRowCollection.add";
    void alwaysInsert;
    return new FakeTableRow(this.context, {
      instantiate: { location, args: [index, values, alwaysInsert], mutates: true },
      resolve: () => {
        const { model, table } = tableParts(this, location);
        if (values !== undefined && !Array.isArray(values)) throw officeErrors.invalidArgument(location);
        const target = model.addTableRows(table, index, values as unknown[][] | undefined, location);
        return { tableId: table.id, index: target.row - tableBody(table).row };
      },
    });
  }

  getCount(): { readonly value: number } {
    this._api("getCount", "1.4");
    return this._result(
      "getCount",
      [],
      () => tableBody(tableParts(this, "TableRowCollection.getCount").table).rowCount,
    );
  }

  getItemAt(index: number): FakeTableRow {
    const location = "TableRowCollection.getItemAt";
    return new FakeTableRow(this.context, {
      instantiate: { location, args: [index] },
      resolve: () => {
        const { table } = tableParts(this, location);
        if (index < 0 || index >= tableBody(table).rowCount) throw officeErrors.itemNotFound(location);
        return { tableId: table.id, index };
      },
    });
  }
}

defineProps<FakeTableRowCollection>(FakeTableRowCollection, {
  count: { get: (o) => tableBody(tableParts(o, "TableRowCollection.count").table).rowCount },
});

function rowParts(o: FakeClientObject<RowTarget>, location: string) {
  const t = o._t(location);
  const parts = tableParts(o as unknown as FakeClientObject<TableTarget>, location);
  const body = tableBody(parts.table);
  if (t.index >= body.rowCount) throw officeErrors.itemNotFound(location);
  return { ...parts, rect: { ...body, row: body.row + t.index, rowCount: 1 } };
}

export class FakeTableRow
  extends FakeClientObject<RowTarget>
  implements Mirror<Excel.TableRow, "index" | "values" | "getRange" | "delete" | "load">
{
  declare readonly index: number;
  declare values: Excel.TableRow["values"];

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<RowTarget>>[2]) {
    super(context, "TableRow", source);
  }

  getRange(): FakeRange {
    return FakeRange.derived(this.context, "TableRow.getRange", [], () => {
      const { table, rect } = rowParts(this, "TableRow.getRange");
      return { sheetId: table.sheetId, rect };
    });
  }

  /** Deleting a row shifts the table's cells below it up; the last body row is only emptied. */
  delete(): void {
    this._action("delete", [], () => {
      const { model, sheet, table, rect } = rowParts(this, "TableRow.delete");
      if (tableBody(table).rowCount === 1) {
        model.clearRange(sheet, rect, "Contents");
        return;
      }
      sheet.deleteCellsUp(rect);
      table.rect = { ...table.rect, rowCount: table.rect.rowCount - 1 };
      model.noteChange(sheet, rect, "RowDeleted");
    });
  }
}

defineProps<FakeTableRow>(FakeTableRow, {
  index: { get: (o) => o._t().index },
  values: {
    get: (o) => {
      const { model, sheet, rect } = rowParts(o, "TableRow.values");
      return [
        Array.from({ length: rect.colCount }, (_, j) => model.cellValue(sheet, rect.row, rect.col + j)),
      ];
    },
    set: (o, v) => {
      const location = "TableRow.values";
      const { model, sheet, rect } = rowParts(o, location);
      if (
        !Array.isArray(v) ||
        v.length !== 1 ||
        !Array.isArray(v[0]) ||
        (v[0] as unknown[]).length !== rect.colCount
      ) {
        throw officeErrors.invalidArgument(location);
      }
      model.writeCells(sheet, rect, v as unknown[][], location);
    },
  },
});
