/**
 * The fake's "server": the whole workbook as plain data, with the operations Excel performs when a
 * request arrives (write values, grow a table, rename a sheet…). Proxy objects only ever reach the
 * model through ids, so a sync can run against a copy and be thrown away (response over 5 MB).
 */
import {
  parseAddress,
  qualifiedAddress,
  rectAddress,
  rectIntersection,
  rectsIntersect,
  type Rect,
} from "../address";
import {
  ERROR_VALUES,
  evaluateFormula,
  FormulaError,
  formatText,
  interpretInput,
  type CellScalar,
  type Culture,
  type EvalValue,
} from "../cellValues";
import { officeErrors } from "../errors";
import { sameRect } from "./rects";
import { SheetModel, type HyperlinkData } from "./sheet";

export interface TableColumnData {
  id: number;
  name: string;
}

export interface TableData {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row (when shown), body rows, totals row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columns: TableColumnData[];
  nextColumnId: number;
}

export interface NamedItemData {
  name: string;
  /** Formula as Excel reads it back, e.g. "=Справочники!$A$2:$A$9". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: string;
  /** Whether `context.runtime.enableEvents` was on when the change was applied. */
  eventsEnabled: boolean;
}

const TABLE_NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Excel refuses names that read as cell references ("A1", "R1C1", "R", "C"). */
function nameLooksLikeReference(name: string): boolean {
  if (/^[Rr]$|^[Cc]$/.test(name)) return true;
  if (/^[Rr]\d*[Cc]\d*$/.test(name)) return true;
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!m) return false;
  const letters = m[1]!.toUpperCase();
  return letters.length < 3 || letters <= "XFD";
}

export function tableBody(t: TableData): Rect {
  const top = t.rect.row + (t.showHeaders ? 1 : 0);
  const bottom = t.rect.row + t.rect.rowCount - (t.showTotals ? 1 : 0);
  return { row: top, col: t.rect.col, rowCount: Math.max(bottom - top, 0), colCount: t.rect.colCount };
}

export function tableHeader(t: TableData): Rect | null {
  return t.showHeaders ? { row: t.rect.row, col: t.rect.col, rowCount: 1, colCount: t.rect.colCount } : null;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableData[] = [];
  names: NamedItemData[] = [];
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  eventsEnabled = true;
  changes: ChangeRecord[] = [];
  private counter = 0;
  private tableCounter = 0;
  private chartCounter = 0;

  constructor(readonly culture: Culture) {}

  /** Default names are localised by Excel: «Лист1», «Таблица1», «Диаграмма 1» in Russian Excel. */
  get defaultNames(): { sheet: string; table: string; chart: string; column: string } {
    return this.culture === "ru-RU"
      ? { sheet: "Лист", table: "Таблица", chart: "Диаграмма ", column: "Столбец" }
      : { sheet: "Sheet", table: "Table", chart: "Chart ", column: "Column" };
  }

  clone(): WorkbookModel {
    const w = new WorkbookModel(this.culture);
    w.sheets = this.sheets.map((s) => s.clone());
    w.tables = JSON.parse(JSON.stringify(this.tables)) as TableData[];
    w.names = this.names.map((n) => ({ ...n }));
    w.activeSheetId = this.activeSheetId;
    w.selection = this.selection
      ? { sheetId: this.selection.sheetId, rect: { ...this.selection.rect } }
      : null;
    w.eventsEnabled = this.eventsEnabled;
    w.counter = this.counter;
    w.tableCounter = this.tableCounter;
    w.chartCounter = this.chartCounter;
    return w;
  }

  newGuid(): string {
    this.counter++;
    return `{00000000-0001-0000-0000-${this.counter.toString(16).toUpperCase().padStart(12, "0")}}`;
  }

  // ----- sheets ------------------------------------------------------------------------------

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  requireSheet(id: string, location: string): SheetModel {
    const s = this.sheetById(id);
    if (!s) throw officeErrors.itemNotFound(location);
    return s;
  }

  validateSheetName(name: unknown, location: string, selfId?: string): string {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.trim().toLowerCase() === "history"
    ) {
      throw officeErrors.invalidArgument(location);
    }
    const other = this.sheetByName(name);
    if (other && other.id !== selfId) throw officeErrors.itemAlreadyExists(location);
    return name;
  }

  addSheet(name: string | undefined, location: string): SheetModel {
    let finalName: string;
    if (name === undefined || name === null || name === "") {
      const prefix = this.defaultNames.sheet;
      let n = this.sheets.length + 1;
      while (this.sheetByName(`${prefix}${n}`)) n++;
      finalName = `${prefix}${n}`;
    } else {
      finalName = this.validateSheetName(name, location);
    }
    const sheet = new SheetModel(this.newGuid(), finalName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  deleteSheet(id: string, location: string): void {
    const sheet = this.requireSheet(id, location);
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw officeErrors.invalidOperation(
        location,
        "A workbook must contain at least one visible worksheet.",
      );
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.tables = this.tables.filter((t) => t.sheetId !== id);
    if (this.selection?.sheetId === id) this.selection = null;
    if (this.activeSheetId === id) this.activateNeighbour(index);
  }

  private activateNeighbour(index: number): void {
    const after = this.sheets.slice(index).find((s) => s.visibility === "Visible");
    const before = this.sheets
      .slice(0, index)
      .reverse()
      .find((s) => s.visibility === "Visible");
    this.activeSheetId = (after ?? before)?.id ?? "";
    this.selection = null;
  }

  setVisibility(sheet: SheetModel, visibility: unknown, location: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw officeErrors.invalidArgument(location);
    }
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw officeErrors.invalidOperation(
        location,
        "A workbook must contain at least one visible worksheet.",
      );
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id) {
      this.activateNeighbour(this.sheets.indexOf(sheet));
    }
  }

  moveSheet(sheet: SheetModel, position: unknown, location: string): void {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    ) {
      throw officeErrors.invalidArgument(location);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  activate(sheet: SheetModel, location: string): void {
    if (sheet.visibility !== "Visible") {
      throw officeErrors.invalidOperation(location, "A hidden worksheet cannot be activated.");
    }
    if (this.activeSheetId !== sheet.id) this.selection = null;
    this.activeSheetId = sheet.id;
  }

  // ----- cell values -------------------------------------------------------------------------

  /** The value Excel reports for a cell (formulas evaluated when the fake can). */
  cellValue(sheet: SheetModel, row: number, col: number, visiting = new Set<string>()): CellScalar {
    const c = sheet.cell(row, col);
    if (!c) return "";
    if (c.err !== undefined) return c.err;
    if (c.f === undefined) return c.v;
    const id = `${sheet.id}:${row}:${col}`;
    if (visiting.has(id)) return 0; // circular reference: Excel shows 0 and warns
    visiting.add(id);
    try {
      const result = evaluateFormula(c.f, {
        range: (sheetName, address) => {
          const target = sheetName === undefined ? sheet : this.sheetByName(sheetName);
          const parsed = parseAddress(address);
          if (!target || !parsed) return null;
          const r = parsed.rect;
          const out: EvalValue[][] = [];
          for (let i = 0; i < r.rowCount; i++) {
            const line: EvalValue[] = [];
            for (let j = 0; j < r.colCount; j++) {
              const v = this.cellValue(target, r.row + i, r.col + j, visiting);
              line.push(this.isErrorCell(target, r.row + i, r.col + j) ? new FormulaError(String(v)) : v);
            }
            out.push(line);
          }
          return out;
        },
      });
      if (result === undefined) return c.v;
      return result instanceof FormulaError ? result.text : result;
    } finally {
      visiting.delete(id);
    }
  }

  isErrorCell(sheet: SheetModel, row: number, col: number): boolean {
    const c = sheet.cell(row, col);
    if (!c) return false;
    if (c.err !== undefined) return true;
    if (c.f === undefined) return false;
    const v = this.cellValue(sheet, row, col);
    return typeof v === "string" && (ERROR_VALUES as readonly string[]).includes(v) && v !== c.f;
  }

  valueType(sheet: SheetModel, row: number, col: number): string {
    if (this.isErrorCell(sheet, row, col)) return "Error";
    const v = this.cellValue(sheet, row, col);
    if (v === "") return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  cellText(sheet: SheetModel, row: number, col: number): string {
    return formatText(this.cellValue(sheet, row, col), sheet.style(row, col, "numberFormat"), this.culture);
  }

  cellFormula(sheet: SheetModel, row: number, col: number): CellScalar {
    const c = sheet.cell(row, col);
    if (!c) return "";
    if (c.f !== undefined) return c.f;
    if (c.err !== undefined) return c.err;
    return c.v;
  }

  /**
   * Writes a 2-D block through `values` or `formulas`: each entry is interpreted like typed input
   * under the cell's current number format; null entries leave the cell untouched (Excel's rule).
   */
  writeCells(sheet: SheetModel, rect: Rect, matrix: unknown[][], location: string): void {
    for (let i = 0; i < rect.rowCount; i++) {
      const line = matrix[i]!;
      for (let j = 0; j < rect.colCount; j++) {
        const raw = line[j];
        if (raw === null || raw === undefined) continue;
        const row = rect.row + i;
        const col = rect.col + j;
        const input = interpretInput(raw, sheet.style(row, col, "numberFormat"), this.culture);
        if (!input) throw officeErrors.invalidArgument(location);
        const c = sheet.ensureCell(row, col);
        c.v = input.value;
        delete c.err;
        if (input.formula !== undefined) c.f = input.formula;
        else delete c.f;
        if (input.autoFormat) (c.s ??= {}).numberFormat = input.autoFormat;
        if (input.value === "" && input.formula === undefined) delete c.h;
        sheet.prune(row, col);
      }
    }
    this.afterContentChange(sheet, rect);
  }

  /** Called after any change of cell contents: table headers follow their cells, events get noted. */
  afterContentChange(sheet: SheetModel, rect: Rect, changeType = "RangeEdited"): void {
    this.syncTableHeaders(sheet, rect);
    this.noteChange(sheet, rect, changeType);
  }

  noteChange(sheet: SheetModel, rect: Rect, changeType: string): void {
    this.changes.push({ sheetId: sheet.id, rect, changeType, eventsEnabled: this.eventsEnabled });
  }

  setHyperlink(sheet: SheetModel, rect: Rect, link: HyperlinkData): void {
    const isEmpty = !link.address && !link.documentReference;
    for (let i = 0; i < rect.rowCount; i++) {
      for (let j = 0; j < rect.colCount; j++) {
        const c = sheet.ensureCell(rect.row + i, rect.col + j);
        if (isEmpty) delete c.h;
        else c.h = { ...link };
        // Excel shows the link text in the cell: textToDisplay, or the link target.
        if (!isEmpty) {
          const text = link.textToDisplay ?? link.address ?? link.documentReference ?? "";
          if (link.textToDisplay !== undefined || (c.v === "" && c.f === undefined)) {
            c.v = text;
            delete c.f;
            delete c.err;
          }
        }
        sheet.prune(rect.row + i, rect.col + j);
      }
    }
    if (!isEmpty) this.afterContentChange(sheet, rect);
  }

  clearRange(sheet: SheetModel, rect: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
    const formats = applyTo === "All" || applyTo === "Formats";
    const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
    for (const [row, col, c] of sheet.cellsIn(rect)) {
      if (contents) {
        c.v = "";
        delete c.f;
        delete c.err;
      }
      if (formats) delete c.s;
      if (links) delete c.h;
      sheet.prune(row, col);
    }
    if (formats) {
      // Clearing formats also removes conditional formats that lie wholly inside the range.
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !cf.ranges.every((r) => rectIntersection(r, rect) && sameRect(rectIntersection(r, rect)!, r)),
      );
    }
    if (contents) this.afterContentChange(sheet, rect);
  }

  // ----- tables ------------------------------------------------------------------------------

  tableById(id: string): TableData | undefined {
    return this.tables.find((t) => t.id === id);
  }

  tableByName(name: string): TableData | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  requireTable(id: string, location: string): TableData {
    const t = this.tableById(id);
    if (!t) throw officeErrors.itemNotFound(location);
    return t;
  }

  /** Table and defined names share one namespace, case-insensitive, workbook-wide. */
  validateTableName(name: unknown, location: string, selfId?: string): string {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 255 ||
      !TABLE_NAME_RE.test(name) ||
      nameLooksLikeReference(name)
    ) {
      throw officeErrors.invalidArgument(location, `The table name '${String(name)}' is not valid.`);
    }
    const clash = this.tableByName(name);
    if (
      (clash && clash.id !== selfId) ||
      this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())
    ) {
      throw officeErrors.itemAlreadyExists(location);
    }
    return name;
  }

  tablesOn(sheetId: string): TableData[] {
    return this.tables.filter((t) => t.sheetId === sheetId);
  }

  /** Header names Excel derives from header cells: blanks become ColumnN, duplicates get a suffix. */
  private normaliseHeaders(raw: CellScalar[]): string[] {
    const out: string[] = [];
    const used = new Set<string>();
    raw.forEach((v, i) => {
      let name = typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
      if (name === "") {
        const prefix = this.defaultNames.column;
        let n = i + 1;
        while (used.has(`${prefix}${n}`.toLowerCase())) n++;
        name = `${prefix}${n}`;
      }
      if (used.has(name.toLowerCase())) {
        let n = 2;
        while (used.has(`${name}${n}`.toLowerCase())) n++;
        name = `${name}${n}`;
      }
      used.add(name.toLowerCase());
      out.push(name);
    });
    return out;
  }

  private writeHeaderCells(sheet: SheetModel, t: TableData): void {
    if (!t.showHeaders) return;
    t.columns.forEach((c, j) => {
      const cell = sheet.ensureCell(t.rect.row, t.rect.col + j);
      cell.v = c.name;
      delete cell.f;
      delete cell.err;
    });
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean, location: string): TableData {
    if (this.tablesOn(sheet.id).some((t) => rectsIntersect(t.rect, rect))) {
      throw officeErrors.invalidArgument(location, "A table can't overlap another table.");
    }
    let r = rect;
    if (!hasHeaders) {
      // Excel inserts a header row above the data, shifting the data down inside those columns.
      if (!sheet.insertCellsDown(r.row, r.col, r.colCount, 1)) throw officeErrors.invalidOperation(location);
      this.shiftTablesDown(sheet, r.row, r.col, r.colCount, 1);
      for (let j = 0; j < r.colCount; j++) sheet.ensureCell(r.row, r.col + j).v = "";
      r = { ...r, rowCount: r.rowCount + 1 };
    }
    if (r.rowCount === 1) r = { ...r, rowCount: 2 }; // a table always has at least one body row
    const raw: CellScalar[] = [];
    for (let j = 0; j < r.colCount; j++) raw.push(this.cellValue(sheet, r.row, r.col + j));
    const names = this.normaliseHeaders(raw);
    const prefix = this.defaultNames.table;
    let n = ++this.tableCounter;
    while (
      this.tableByName(`${prefix}${n}`) ||
      this.names.some((x) => x.name.toLowerCase() === `${prefix}${n}`.toLowerCase())
    )
      n = ++this.tableCounter;
    const t: TableData = {
      id: String(n),
      name: `${prefix}${n}`,
      sheetId: sheet.id,
      rect: r,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      highlightFirstColumn: false,
      highlightLastColumn: false,
      columns: names.map((name, i) => ({ id: i + 1, name })),
      nextColumnId: names.length + 1,
    };
    this.tables.push(t);
    this.writeHeaderCells(sheet, t);
    this.noteChange(sheet, r, "RangeEdited");
    return t;
  }

  /** Re-derives column names after header cells were written or cleared (Excel keeps them in step). */
  syncTableHeaders(sheet: SheetModel, rect: Rect): void {
    for (const t of this.tablesOn(sheet.id)) {
      const header = tableHeader(t);
      if (!header || !rectsIntersect(header, rect)) continue;
      const raw: CellScalar[] = [];
      for (let j = 0; j < header.colCount; j++) raw.push(this.cellValue(sheet, header.row, header.col + j));
      const names = this.normaliseHeaders(raw);
      names.forEach((name, j) => (t.columns[j]!.name = name));
      this.writeHeaderCells(sheet, t);
    }
  }

  private shiftTablesDown(
    sheet: SheetModel,
    at: number,
    col: number,
    colCount: number,
    n: number,
    except?: TableData,
  ): void {
    for (const t of this.tablesOn(sheet.id)) {
      if (t === except) continue;
      if (t.rect.row >= at && t.rect.col >= col && t.rect.col + t.rect.colCount <= col + colCount) {
        t.rect = { ...t.rect, row: t.rect.row + n };
      }
    }
  }

  private shiftTablesRight(
    sheet: SheetModel,
    at: number,
    row: number,
    rowCount: number,
    n: number,
    except?: TableData,
  ): void {
    for (const t of this.tablesOn(sheet.id)) {
      if (t === except) continue;
      if (t.rect.col >= at && t.rect.row >= row && t.rect.row + t.rect.rowCount <= row + rowCount) {
        t.rect = { ...t.rect, col: t.rect.col + n };
      }
    }
  }

  private bodyIsBlankPlaceholder(sheet: SheetModel, t: TableData): boolean {
    const body = tableBody(t);
    if (body.rowCount !== 1) return false;
    for (let j = 0; j < body.colCount; j++) {
      const c = sheet.cell(body.row, body.col + j);
      if (c && sheet.hasContent(c)) return false;
    }
    return true;
  }

  /**
   * TableRowCollection.add: inserts rows (cells below the table move down), new rows take the
   * formatting of the neighbouring body row, and validation / conditional formats that covered
   * the whole body of a column grow with it, as in Excel. A table created from a header row only
   * has one blank body row, which the first added row fills.
   */
  addTableRows(
    t: TableData,
    index: number | null | undefined,
    values: unknown[][] | undefined,
    location: string,
  ): Rect {
    const sheet = this.requireSheet(t.sheetId, location);
    const width = t.columns.length;
    const rows = values ?? [new Array<unknown>(width).fill("")];
    if (
      !Array.isArray(rows) ||
      rows.length === 0 ||
      rows.some((r) => !Array.isArray(r) || r.length !== width)
    ) {
      throw officeErrors.invalidArgument(
        location,
        "The number of columns in the input array doesn't match the table.",
      );
    }
    const body = tableBody(t);
    if (index !== null && index !== undefined && (index < 0 || index > body.rowCount)) {
      throw officeErrors.invalidArgument(location);
    }
    let n = rows.length;
    let at: number;
    let target: Rect;
    if (this.bodyIsBlankPlaceholder(sheet, t)) {
      at = body.row + 1;
      n -= 1;
      target = { row: body.row, col: body.col, rowCount: rows.length, colCount: width };
    } else {
      at = index === null || index === undefined ? body.row + body.rowCount : body.row + index;
      target = { row: at, col: body.col, rowCount: n, colCount: width };
    }
    if (n > 0) {
      const templateRow = at > body.row ? at - 1 : at;
      if (!sheet.insertCellsDown(at, t.rect.col, width, n)) throw officeErrors.invalidOperation(location);
      this.shiftTablesDown(sheet, at, t.rect.col, width, n, t);
      const template = at > body.row ? templateRow : templateRow + n;
      for (let j = 0; j < width; j++) {
        const s = sheet.cell(template, body.col + j)?.s;
        if (!s) continue;
        for (let i = 0; i < n; i++) sheet.ensureCell(at + i, body.col + j).s = { ...s };
      }
      // Rules that ended on the last body row keep covering the column (Excel's table auto-fill).
      const grow = <T extends { row: number; col: number; rowCount: number; colCount: number }>(r: T): T =>
        r.row >= body.row &&
        r.row + r.rowCount === at &&
        r.col >= t.rect.col &&
        r.col + r.colCount <= t.rect.col + width
          ? { ...r, rowCount: r.rowCount + n }
          : r;
      for (const v of sheet.validations) v.rect = grow(v.rect);
      for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.map(grow);
      t.rect = { ...t.rect, rowCount: t.rect.rowCount + n };
    }
    this.writeCells(sheet, target, rows, location);
    return target;
  }

  /** TableColumnCollection.add: a new column at the right (or at `index`), cells to the right shift. */
  addTableColumn(
    t: TableData,
    index: number | null | undefined,
    values: unknown[][] | undefined,
    name: string | undefined,
    location: string,
  ): TableColumnData {
    const sheet = this.requireSheet(t.sheetId, location);
    const count = t.columns.length;
    if (index !== null && index !== undefined && (index < 0 || index > count))
      throw officeErrors.invalidArgument(location);
    if (
      values !== undefined &&
      (!Array.isArray(values) ||
        values.length !== t.rect.rowCount ||
        values.some((r) => !Array.isArray(r) || r.length !== 1))
    ) {
      throw officeErrors.invalidArgument(
        location,
        "The number of rows in the input array doesn't match the table.",
      );
    }
    const pos = index === null || index === undefined ? count : index;
    const at = t.rect.col + pos;
    if (!sheet.insertCellsRight(at, t.rect.row, t.rect.rowCount, 1))
      throw officeErrors.invalidOperation(location);
    this.shiftTablesRight(sheet, at, t.rect.row, t.rect.rowCount, 1, t);
    const header = name ?? (values ? String(values[0]![0] ?? "") : "");
    const col: TableColumnData = { id: t.nextColumnId++, name: header };
    t.columns.splice(pos, 0, col);
    t.rect = { ...t.rect, colCount: t.rect.colCount + 1 };
    const target: Rect = { row: t.rect.row, col: at, rowCount: t.rect.rowCount, colCount: 1 };
    if (values) {
      const body = values.map((r) => [r[0]]);
      if (t.showHeaders) body[0] = [header];
      this.writeCells(sheet, target, body, location);
    }
    const raw: CellScalar[] = t.columns.map((c) => c.name);
    this.normaliseHeaders(raw).forEach((nm, j) => (t.columns[j]!.name = nm));
    this.writeHeaderCells(sheet, t);
    this.noteChange(sheet, target, "RangeEdited");
    return col;
  }

  deleteTable(t: TableData, keepCells: boolean): void {
    this.tables = this.tables.filter((x) => x !== t);
    const sheet = this.sheetById(t.sheetId);
    if (sheet && !keepCells) this.clearRange(sheet, t.rect, "All");
  }

  resizeTable(t: TableData, rect: Rect, location: string): void {
    const sheet = this.requireSheet(t.sheetId, location);
    if (
      rect.row !== t.rect.row ||
      this.tablesOn(sheet.id).some((o) => o !== t && rectsIntersect(o.rect, rect))
    ) {
      throw officeErrors.invalidArgument(location);
    }
    t.rect = rect.rowCount === 1 ? { ...rect, rowCount: 2 } : rect;
    const raw: CellScalar[] = [];
    for (let j = 0; j < rect.colCount; j++) raw.push(this.cellValue(sheet, rect.row, rect.col + j));
    const names = this.normaliseHeaders(raw);
    t.columns = names.map((nm, j) =>
      t.columns[j] ? { id: t.columns[j]!.id, name: nm } : { id: t.nextColumnId++, name: nm },
    );
    this.writeHeaderCells(sheet, t);
  }

  setShowHeaders(t: TableData, show: boolean, location: string): void {
    if (show === t.showHeaders) return;
    const sheet = this.requireSheet(t.sheetId, location);
    if (!show) {
      for (let j = 0; j < t.rect.colCount; j++) {
        const c = sheet.cell(t.rect.row, t.rect.col + j);
        if (c) {
          c.v = "";
          sheet.prune(t.rect.row, t.rect.col + j);
        }
      }
      t.rect = { ...t.rect, row: t.rect.row + 1, rowCount: t.rect.rowCount - 1 };
      t.showHeaders = false;
    } else {
      if (t.rect.row === 0) throw officeErrors.invalidOperation(location);
      t.rect = { ...t.rect, row: t.rect.row - 1, rowCount: t.rect.rowCount + 1 };
      t.showHeaders = true;
      this.writeHeaderCells(sheet, t);
    }
  }

  // ----- charts ------------------------------------------------------------------------------

  nextChartName(): string {
    this.chartCounter++;
    return `${this.defaultNames.chart}${this.chartCounter}`;
  }

  // ----- names -------------------------------------------------------------------------------

  addName(name: unknown, formula: string, comment: string, location: string): NamedItemData {
    if (typeof name !== "string" || !TABLE_NAME_RE.test(name) || nameLooksLikeReference(name)) {
      throw officeErrors.invalidArgument(location);
    }
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) || this.tableByName(name)) {
      throw officeErrors.itemAlreadyExists(location);
    }
    const item: NamedItemData = { name, formula, comment, visible: true };
    this.names.push(item);
    return item;
  }

  // ----- addresses ---------------------------------------------------------------------------

  address(sheet: SheetModel, rect: Rect, absolute = false): string {
    return qualifiedAddress(sheet.name, rect, absolute);
  }

  /** "=Sheet!$A$1:$B$2", Excel's read-back form of a range used as a formula argument. */
  absoluteReference(sheet: SheetModel, rect: Rect): string {
    return `=${qualifiedAddress(sheet.name, rect, true)}`;
  }

  localAddress(rect: Rect): string {
    return rectAddress(rect);
  }
}
