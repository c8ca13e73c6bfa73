/**
 * An in-memory WorkbookPort for the task pane's component tests. It keeps sheets as 2-D cells and
 * a list of tables, records every plan it is given and applies the simple parts (sheets, blocks,
 * new tables with rows, appended columns and rows) so that reading again shows them. Formats,
 * validation, conditional formats and charts are only recorded.
 *
 * Not a model of Office: the faithful fake host (sync counting, PropertyNotLoaded, payload limits)
 * is tests/fakeExcel, for the Office.js adapter.
 */
import { rawDate, type RawCell, type SheetGrid, type WorkbookGrid } from "../../src/domain/grid";
import { columnLetter } from "../../src/domain/issues";
import type { PlanValue, SheetPlan, WritePlan } from "../../src/domain/plan/writePlan";
import {
  HostUnsupportedError,
  type CellChange,
  type StructureSnapshot,
  type TableSnapshot,
  type WorkbookPort,
} from "../../src/domain/port/workbookPort";

interface MemorySheet {
  name: string;
  visible: boolean;
  /** cells[r][c] is worksheet row r + 1, column c + 1. */
  cells: RawCell[][];
  /** Hidden rows and merged ranges, as an Office host that reads them reports them. */
  layout?: Pick<SheetGrid, "hiddenRows" | "merges" | "filterActive">;
}

interface MemoryTable {
  name: string;
  sheet: string;
  row: number;
  col: number;
  headers: string[];
  rowCount: number;
}

type Method =
  | "readWorkbook"
  | "readSheetNames"
  | "readStructure"
  | "apply"
  | "select"
  | "onUserChange"
  | "createWorkbook";

/** An error shaped like OfficeExtension.Error: a code and a message. */
export class OfficeLikeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function planCell(value: PlanValue): RawCell {
  if (value === null || typeof value !== "object") return value;
  if ("date" in value) return rawDate(value.date);
  if ("link" in value) return value.text;
  if ("asText" in value) return value.asText;
  return `=${value.formula.replace(/^=/, "")}`;
}

export class MemoryPort implements WorkbookPort {
  readonly plans: WritePlan[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  /** Files given to `createWorkbook` (base64), in order. */
  readonly createdWorkbooks: string[] = [];
  /** False: a host without `Excel.createWorkbook` (the port rejects as the Office port does). */
  canCreateWorkbook = true;
  readonly calls: Record<Method, number> = {
    readWorkbook: 0,
    readSheetNames: 0,
    readStructure: 0,
    apply: 0,
    select: 0,
    onUserChange: 0,
    createWorkbook: 0,
  };
  date1904 = false;

  private sheets: MemorySheet[] = [];
  private tables: MemoryTable[] = [];
  private names: string[] = [];
  private readonly handlers = new Set<(changes: readonly CellChange[]) => void>();
  private readonly failures = new Map<Method, unknown>();
  private readonly gates = new Map<Method, Promise<void>>();

  /** True: the host cannot tell merged ranges (an Excel without ExcelApi 1.13). */
  mergesUnknown = false;

  /** Adds a sheet whose rows start at A1 (ragged rows are fine), with hidden rows and merges if given. */
  addSheet(
    name: string,
    rows: readonly (readonly RawCell[])[] = [],
    layout?: Pick<SheetGrid, "hiddenRows" | "merges" | "filterActive">,
  ): this {
    if (this.findSheet(name)) throw new Error(`test setup: sheet «${name}» exists`);
    this.sheets.push({ name, visible: true, cells: rows.map((r) => [...r]), layout });
    return this;
  }

  /** Adds a table over cells already on a sheet (header row at `row`, `rowCount` data rows below). */
  addTable(name: string, sheet: string, row: number, col: number, rowCount: number): this {
    const s = this.sheetOrThrow(sheet);
    const headerCells = s.cells[row - 1] ?? [];
    const headers: string[] = [];
    for (
      let c = col - 1;
      c < headerCells.length && headerCells[c] !== null && headerCells[c] !== undefined;
      c++
    ) {
      headers.push(String(headerCells[c]));
    }
    this.tables.push({ name, sheet, row, col, headers, rowCount });
    return this;
  }

  /** The next call of `method` rejects with `error` (once). */
  failNext(method: Method, error: unknown): this {
    this.failures.set(method, error);
    return this;
  }

  /** Calls of `method` wait until the returned function is called (to observe busy states). */
  hold(method: Method): () => void {
    let release!: () => void;
    this.gates.set(
      method,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return () => {
      this.gates.delete(method);
      release();
    };
  }

  /** Types a value into a cell as the user would: the change handlers are told. */
  userEdit(sheet: string, row: number, col: number, value: RawCell): void {
    this.write(this.sheetOrThrow(sheet), row, col, value);
    const changes = [{ sheet, address: `${columnLetter(col)}${row}` }];
    for (const handler of this.handlers) handler(changes);
  }

  /** The sheet's cells as a grid from A1 (for assertions). */
  grid(name: string): SheetGrid {
    const s = this.sheetOrThrow(name);
    // Trailing empty rows are not part of a used range.
    let last = s.cells.length;
    while (last > 0 && s.cells[last - 1].every((c) => c === null || c === undefined || c === "")) last--;
    return {
      name: s.name,
      firstRow: 1,
      firstCol: 1,
      rows: s.cells.slice(0, last).map((r) => r.map((c) => c ?? null)),
      ...(s.layout ?? {}),
      ...(this.mergesUnknown ? { merges: undefined } : {}),
    };
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  tableNames(): string[] {
    return this.tables.map((t) => t.name);
  }

  // ---------------------------------------------------------------------------------------------
  // WorkbookPort

  async readWorkbook(): Promise<WorkbookGrid> {
    await this.enter("readWorkbook");
    return { sheets: this.sheets.map((s) => this.grid(s.name)), date1904: this.date1904 };
  }

  async readSheetNames(): Promise<readonly string[]> {
    this.calls.readSheetNames++;
    return this.sheets.map((s) => s.name);
  }

  async readStructure(): Promise<StructureSnapshot> {
    await this.enter("readStructure");
    const tables: TableSnapshot[] = this.tables.map((t) => ({ ...t, headers: [...t.headers] }));
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, visible: s.visible, grid: this.grid(s.name) })),
      tables,
      names: [...this.names],
      date1904: this.date1904,
      ...(this.mergesUnknown ? { mergesUnknown: true } : {}),
    };
  }

  async apply(plan: WritePlan): Promise<void> {
    await this.enter("apply");
    this.plans.push(plan);
    for (const sheet of plan.sheets) this.applySheet(sheet);
    for (const name of plan.remove ?? []) {
      this.sheets = this.sheets.filter((s) => s.name !== name);
      this.tables = this.tables.filter((t) => t.sheet !== name);
    }
    for (const { name } of plan.names ?? []) if (!this.names.includes(name)) this.names.push(name);
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.enter("select");
    this.selections.push({ sheet, address });
  }

  async createWorkbook(base64: string): Promise<void> {
    await this.enter("createWorkbook");
    if (!this.canCreateWorkbook) throw new HostUnsupportedError("Excel.createWorkbook", "ExcelApi 1.8");
    this.createdWorkbooks.push(base64);
  }

  async onUserChange(handler: (changes: readonly CellChange[]) => void): Promise<() => Promise<void>> {
    await this.enter("onUserChange");
    this.handlers.add(handler);
    return async () => {
      this.handlers.delete(handler);
    };
  }

  // ---------------------------------------------------------------------------------------------

  private async enter(method: Method): Promise<void> {
    this.calls[method]++;
    const gate = this.gates.get(method);
    if (gate) await gate;
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  private findSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private sheetOrThrow(name: string): MemorySheet {
    const s = this.findSheet(name);
    if (!s) throw new OfficeLikeError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }

  private write(sheet: MemorySheet, row: number, col: number, value: RawCell): void {
    while (sheet.cells.length < row) sheet.cells.push([]);
    const cells = sheet.cells[row - 1];
    while (cells.length < col) cells.push(null);
    cells[col - 1] = value;
  }

  /** Clears an A1 range such as `B2:D9` or `C5`; other forms (whole columns, names) are only recorded. */
  private clear(sheet: MemorySheet, range: string): void {
    const cell = (a: string) => {
      const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
      if (!m) return null;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return { row: Number(m[2]), col };
    };
    const [from, to = from] = range.split(":").map(cell);
    if (!from || !to) return;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++)
        if (sheet.cells[r - 1]?.[c - 1] !== undefined) sheet.cells[r - 1][c - 1] = null;
    }
  }

  private writeRows(
    sheet: MemorySheet,
    row: number,
    col: number,
    rows: readonly (readonly PlanValue[])[],
  ): void {
    rows.forEach((r, i) => r.forEach((v, j) => this.write(sheet, row + i, col + j, planCell(v))));
  }

  private applySheet(plan: SheetPlan): void {
    let sheet = this.findSheet(plan.name);
    if (plan.mode === "replace" && sheet) {
      this.sheets = this.sheets.filter((s) => s !== sheet);
      const name = sheet.name;
      this.tables = this.tables.filter((t) => t.sheet !== name);
      sheet = undefined;
    }
    if (plan.mode === "create" && sheet)
      throw new OfficeLikeError("ItemAlreadyExists", `Sheet ${plan.name} exists`);
    if (plan.mode === "update" && !sheet)
      throw new OfficeLikeError("ItemNotFound", `Sheet ${plan.name} not found`);
    if (!sheet) {
      sheet = { name: plan.name, visible: true, cells: [] };
      this.sheets.splice(plan.position ?? this.sheets.length, 0, sheet);
    }
    this.fill(sheet, plan);
  }

  private fill(sheet: MemorySheet, plan: SheetPlan): void {
    if (plan.hidden !== undefined) sheet.visible = !plan.hidden;
    for (const range of plan.clear ?? []) this.clear(sheet, range);
    for (const block of plan.blocks ?? []) this.writeRows(sheet, block.row, block.col, block.values);
    for (const table of plan.tables ?? []) {
      if (table.kind === "existing") {
        const t = this.tables.find((x) => x.name === table.name);
        if (!t) throw new OfficeLikeError("ItemNotFound", `Table ${table.name} not found`);
        table.appendColumns.forEach((h, i) => this.write(sheet, t.row, t.col + t.headers.length + i, h));
        t.headers.push(...table.appendColumns);
        this.writeRows(sheet, t.row + 1 + t.rowCount, t.col, table.appendRows ?? []);
        t.rowCount += table.appendRows?.length ?? 0;
        if (table.rename) t.name = table.rename;
      } else if (table.kind === "fromRange") {
        const headers: string[] = [];
        for (let c = table.col; c <= table.lastCol; c++)
          headers.push(String(sheet.cells[table.row - 1]?.[c - 1] ?? ""));
        table.appendColumns.forEach((h, i) => this.write(sheet, table.row, table.lastCol + 1 + i, h));
        headers.push(...table.appendColumns);
        this.writeRows(sheet, table.lastRow + 1, table.col, table.appendRows ?? []);
        const rowCount = table.lastRow - table.row + (table.appendRows?.length ?? 0);
        this.tables.push({
          name: table.name,
          sheet: sheet.name,
          row: table.row,
          col: table.col,
          headers,
          rowCount,
        });
      } else {
        if (this.tables.some((t) => t.name === table.name)) {
          throw new OfficeLikeError("ItemAlreadyExists", `Table ${table.name} exists`);
        }
        this.writeRows(sheet, table.row, table.col, [table.headers, ...table.rows]);
        const headers = [...table.headers];
        this.tables.push({
          name: table.name,
          sheet: sheet.name,
          row: table.row,
          col: table.col,
          headers,
          rowCount: table.rows.length,
        });
      }
    }
  }
}
