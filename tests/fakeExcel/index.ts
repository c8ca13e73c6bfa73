/**
 * Fake Excel host for adapter and browser tests: an in-memory workbook behind office.js-shaped
 * proxies (load/sync, PropertyNotLoaded, ItemNotFound, null objects, counted syncs, 5 MB payload
 * limits), plus a plain-data inspection API for assertions.
 *
 *   const fake = createFakeExcel({ sheets: [{ name: "Пары", rows: [["ФИО", "Роль"]] }] });
 *   await fake.Excel.run(async (ctx) => { ... });
 *   expect(fake.state.sheet("Пары").cell("A1").value).toBe("ФИО");
 *   expect(fake.stats.syncs).toBeLessThanOrEqual(2);
 *
 * No Node-only imports: the same module is bundled with esbuild for browser tests.
 */
import { parseAddress } from "./address";
import type { CellScalar } from "./cellValues";
import { makeChangedEventArgs } from "./events";
import { buildModel, type FakeWorkbookState } from "./seed";
import {
  createExcelNamespace,
  createOfficeExtensionNamespace,
  createOfficeNamespace,
  installFakeOffice,
  type FakeOfficeExtras,
} from "./office";
import { emptyStats, FakeHost, type FakeOptions, type FakeStats } from "./proxy/host";
import { createStateView, type FakeStateView } from "./stateView";

export interface FireWorksheetChangedInput {
  worksheetName: string;
  /** Local address, e.g. "B3" or "A2:C4". */
  address: string;
  source?: "Local" | "Remote";
  changeType?:
    | "RangeEdited"
    | "RowInserted"
    | "RowDeleted"
    | "ColumnInserted"
    | "ColumnDeleted"
    | "CellInserted"
    | "CellDeleted";
}

export interface FakeExcel {
  /** Use like office.js's `Excel` (or install globally with installFakeOffice). */
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Live, plain-data view of the workbook (outside Office semantics). */
  readonly state: FakeStateView;
  /** Counters since creation or the last resetStats(). */
  readonly stats: FakeStats;
  resetStats(): void;
  /** Replaces the workbook with the given one (stats and event handlers are kept). */
  seed(state: FakeWorkbookState): void;
  /** Values of a sheet's used range (values only, like getUsedRange(true)), or of `address`. */
  sheetValues(sheetName: string, address?: string): CellScalar[][];
  /**
   * A change made by the user (or another co-author): calls the onChanged handlers registered
   * for that sheet and for all sheets, only if `runtime.enableEvents` is true, and waits for them.
   * Returns the number of handlers called.
   */
  fireWorksheetChanged(input: FireWorksheetChangedInput): Promise<number>;
  /** Waits until every running event handler has finished. */
  idle(): Promise<void>;
  /** Files the add-in opened with `Excel.createWorkbook` (base64), in order. */
  readonly createdWorkbooks: readonly string[];
  /** Functions registered with Office.actions.associate. */
  readonly actions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  /** The host behind the fake (model, handlers); for the fake's own tests. */
  readonly host: FakeHost;
}

export function createFakeExcel(initial?: FakeWorkbookState, options: FakeOptions = {}): FakeExcel {
  const host = new FakeHost(options);
  const culture = host.culture;
  host.model = buildModel(
    initial ?? { sheets: [{ name: culture === "ru-RU" ? "Лист1" : "Sheet1" }] },
    culture,
  );
  const extras: FakeOfficeExtras = { actions: new Map() };
  const ExcelNs = createExcelNamespace(host);
  const OfficeNs = createOfficeNamespace(host, extras);
  const OfficeExtensionNs = createOfficeExtensionNamespace();
  return {
    Excel: ExcelNs,
    Office: OfficeNs,
    OfficeExtension: OfficeExtensionNs,
    get state() {
      return createStateView(host);
    },
    get stats() {
      return host.stats;
    },
    resetStats() {
      host.stats = emptyStats();
    },
    seed(state: FakeWorkbookState) {
      host.model = buildModel(state, culture);
    },
    sheetValues(sheetName: string, address?: string) {
      return createStateView(host).sheet(sheetName).values(address);
    },
    async fireWorksheetChanged(input: FireWorksheetChangedInput) {
      const sheet = host.model.sheetByName(input.worksheetName);
      if (!sheet) throw new Error(`Fake Excel: no sheet named "${input.worksheetName}"`);
      if (!parseAddress(input.address)) throw new Error(`Fake Excel: not an address: ${input.address}`);
      if (!host.model.eventsEnabled) return 0;
      const n = host.dispatchChanged(
        {
          worksheetId: sheet.id,
          address: input.address,
          changeType: input.changeType ?? "RangeEdited",
          source: input.source ?? "Local",
          triggerSource: "Unknown",
        },
        (i) => makeChangedEventArgs(host, i),
      );
      await host.idle();
      return n;
    },
    idle: () => host.idle(),
    get createdWorkbooks() {
      return host.createdWorkbooks;
    },
    get actions() {
      return extras.actions;
    },
    host,
  };
}

export { installFakeOffice };
export type { FakeWorkbookState, FakeSheetSeed, SeedCell } from "./seed";
export type { FakeOptions, FakeStats } from "./proxy/host";
export { DEFAULT_REQUIREMENT_SETS, useDefaultRequirementSets } from "./proxy/host";
export type {
  FakeStateView,
  SheetView,
  CellView,
  TableView,
  ValidationView,
  ConditionalFormatView,
  ChartView,
} from "./stateView";
export { FakeOfficeError, FakeNotImplementedError, ErrorCodes } from "./errors";
export { PAYLOAD_LIMIT_BYTES, utf8Length, jsonBytes } from "./proxy/bytes";
export * as fakeAddress from "./address";
