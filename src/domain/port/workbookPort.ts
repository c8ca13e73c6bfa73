/**
 * The port between the task pane and a workbook. The pane depends on this interface only;
 * `src/excel` implements it with Office.js, tests with the fake Excel host.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { WritePlan } from "../plan/writePlan";

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** 1-based worksheet row and column of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  /** Data rows (without the header). */
  readonly rowCount: number;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visible: boolean;
  /** The sheet's used range as values (for header detection and repair decisions). */
  readonly grid: SheetGrid;
}

/** What structuring needs to know about the open workbook. */
export interface StructureSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  /** Workbook-level defined names. */
  readonly names: readonly string[];
  readonly date1904: boolean;
  /**
   * True when the host could not tell which cells are merged (ExcelApi 1.13 is missing): the grids
   * carry no `merges`, so merged cells are not filled down.
   */
  readonly mergesUnknown?: boolean;
}

export interface HostInfo {
  /** Whether the host supports an API requirement set, e.g. ("ExcelApi", "1.9"). */
  supports(set: string, version: string): boolean;
}

export interface CellChange {
  readonly sheet: string;
  readonly address: string;
}

/**
 * The host lacks an API an action needs (an older Excel, or one that refuses it). Thrown by a port
 * instead of the host's own error, so the pane can offer another way rather than just fail.
 */
export class HostUnsupportedError extends Error {
  constructor(
    /** The API, e.g. "Excel.createWorkbook". */
    readonly api: string,
    /** The requirement set it belongs to, e.g. "ExcelApi 1.8". */
    readonly requirement: string,
  ) {
    super(`Эта версия Excel не поддерживает ${api} (набор API ${requirement}).`);
    this.name = "HostUnsupportedError";
  }
}

export interface WorkbookPort {
  /** Every sheet's used range (≤ 2 syncs in Office.js, whatever the row count). */
  readWorkbook(): Promise<WorkbookGrid>;
  /** The sheet names in tab order (one cheap round trip: for placing generated sheets). */
  readSheetNames(): Promise<readonly string[]>;
  /** Sheets with their used ranges, and every table with its position and headers. */
  readStructure(): Promise<StructureSnapshot>;
  /** Applies a write plan in batches (chunked under the host's request limit). */
  apply(plan: WritePlan): Promise<void>;
  /** Selects a cell or range, switching to its sheet. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Opens a new workbook from an .xlsx file (base64), in its own window: the add-in cannot write to
   * it afterwards. Rejects with HostUnsupportedError where the host cannot do it.
   */
  createWorkbook(base64: string): Promise<void>;
  /**
   * Calls `handler` after the user changes cells; the add-in's own writes do not trigger it.
   * Returns a function that unsubscribes.
   */
  onUserChange(handler: (changes: readonly CellChange[]) => void): Promise<() => Promise<void>>;
}

/** The grids the engine reads, out of a structure snapshot (which also carries tables and names). */
export function gridOfSnapshot(snapshot: Pick<StructureSnapshot, "sheets" | "date1904">): WorkbookGrid {
  return { sheets: snapshot.sheets.map((s) => s.grid), date1904: snapshot.date1904 };
}
