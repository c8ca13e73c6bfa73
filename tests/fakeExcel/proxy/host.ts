/**
 * The fake host process: the workbook model, the counters tests assert on, requirement sets, and
 * the event handlers registered by the add-in. One host per `createFakeExcel()`; every
 * `Excel.run` creates a new request context against it.
 */
import type { Culture } from "../cellValues";
import { officeErrors } from "../errors";
import { WorkbookModel } from "../model/workbook";
import { PAYLOAD_LIMIT_BYTES } from "./bytes";

export interface FakeStats {
  /** `Excel.run` calls. */
  runs: number;
  /** `context.sync()` calls, including the implicit one at the end of `Excel.run`. */
  syncs: number;
  /** Syncs that carried at least one operation (a round trip to Excel). */
  requests: number;
  /** Operations sent, over all requests. */
  ops: number;
  /** Request payload bytes of every sync, in order (0 for an empty sync). */
  requestBytes: number[];
  maxRequestBytes: number;
  totalRequestBytes: number;
  /** Response payload bytes (loaded values and results) of every sync, in order. */
  responseBytes: number[];
  maxResponseBytes: number;
  totalResponseBytes: number;
  /** Syncs rejected for a payload over the limit. */
  rejectedPayloads: number;
  /** `application.suspendScreenUpdatingUntilNextSync()` calls that reached Excel. */
  screenUpdatingSuspensions: number;
  /** `application.suspendApiCalculationUntilNextSync()` calls that reached Excel. */
  calculationSuspensions: number;
  /**
   * Content changes the add-in made while `runtime.enableEvents` was true, i.e. changes that
   * raise `onChanged` in real Excel. An adapter that disables events while writing keeps this 0.
   */
  changesWithEventsEnabled: number;
  /** Event handler invocations (from add-in writes or `fireWorksheetChanged`). */
  handlerCalls: number;
}

export function emptyStats(): FakeStats {
  return {
    runs: 0,
    syncs: 0,
    requests: 0,
    ops: 0,
    requestBytes: [],
    maxRequestBytes: 0,
    totalRequestBytes: 0,
    responseBytes: [],
    maxResponseBytes: 0,
    totalResponseBytes: 0,
    rejectedPayloads: 0,
    screenUpdatingSuspensions: 0,
    calculationSuspensions: 0,
    changesWithEventsEnabled: 0,
    handlerCalls: 0,
  };
}

export interface FakeOptions {
  /**
   * Highest supported version per requirement set (case-insensitive names). Default: the sets
   * set by `useDefaultRequirementSets` — in the tests, those manifest.xml declares as its minimum
   * (tests/fakeExcel/manifestSets.ts, applied by tests/setup.ts and the browser harness) — else
   * DEFAULT_REQUIREMENT_SETS.
   */
  requirementSets?: Record<string, string>;
  /** Culture used for `Range.text` and for recognising typed dates. Default "ru-RU". */
  culture?: Culture;
  /** `Office.context.displayLanguage`. Default "ru-RU". */
  displayLanguage?: string;
  /**
   * `Office.context.platform` / diagnostics. Default "OfficeOnline": the strictest host, where
   * requests and responses are limited to 5 MB (desktop Excel documents no such limit).
   */
  platform?: "OfficeOnline" | "PC" | "Mac";
  /** Payload limit per request and per response. Default 5 MB on OfficeOnline, none on desktop. */
  payloadLimitBytes?: number;
}

/** The highest version of each set the fake implements. */
export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = {
  ExcelApi: "1.17",
  ExcelApiOnline: "1.1",
  SharedRuntime: "1.1",
  DialogApi: "1.2",
  RibbonApi: "1.1",
  IdentityAPI: "1.3",
};

let defaultSets: Record<string, string> = DEFAULT_REQUIREMENT_SETS;

/**
 * The requirement sets of a fake host created without its own: the tests make it the minimum the
 * manifest declares, so the add-in is tested on the oldest Excel it says it runs on, and lowering
 * the manifest's requirement lowers the tests' with it. (Kept apart from reading the manifest:
 * this module also runs in the browser.)
 */
export function useDefaultRequirementSets(sets: Record<string, string>): void {
  defaultSets = sets;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface ChangedEventInput {
  worksheetId: string;
  address: string;
  changeType: string;
  source: "Local" | "Remote";
  triggerSource: "Unknown" | "ThisLocalAddin";
}

export interface HandlerRegistration {
  /** null = workbook.worksheets.onChanged (every sheet). */
  sheetId: string | null;
  handler: (args: unknown) => unknown;
}

export class FakeHost {
  model: WorkbookModel;
  stats: FakeStats = emptyStats();
  readonly culture: Culture;
  readonly displayLanguage: string;
  readonly platform: "OfficeOnline" | "PC" | "Mac";
  readonly payloadLimit: number;
  private readonly sets = new Map<string, string>();
  handlers: HandlerRegistration[] = [];
  /** Files given to `Excel.createWorkbook` (base64), in order; "" for an empty workbook. */
  createdWorkbooks: string[] = [];
  /** Handler invocations still running, so tests can await them. */
  private running = new Set<Promise<unknown>>();

  constructor(options: FakeOptions = {}) {
    this.culture = options.culture ?? "ru-RU";
    this.displayLanguage = options.displayLanguage ?? "ru-RU";
    this.platform = options.platform ?? "OfficeOnline";
    this.payloadLimit =
      options.payloadLimitBytes ?? (this.platform === "OfficeOnline" ? PAYLOAD_LIMIT_BYTES : Infinity);
    for (const [k, v] of Object.entries(options.requirementSets ?? defaultSets)) {
      this.sets.set(k.toLowerCase(), v);
    }
    this.model = new WorkbookModel(this.culture);
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const max = this.sets.get(String(name).toLowerCase());
    if (max === undefined) return false;
    if (minVersion === undefined || minVersion === null || minVersion === "") return true;
    return compareVersions(max, String(minVersion)) >= 0;
  }

  /** office.js throws ApiNotFound synchronously when a member needs a newer requirement set. */
  requireApi(member: string, version: string, set = "ExcelApi"): void {
    if (!this.isSetSupported(set, version)) throw officeErrors.apiNotFound(member, set, version);
  }

  /** Calls handlers for one change; only while events are enabled, like Excel. */
  dispatchChanged(input: ChangedEventInput, makeArgs: (input: ChangedEventInput) => unknown): number {
    const targets = this.handlers.filter((h) => h.sheetId === null || h.sheetId === input.worksheetId);
    for (const h of targets) {
      this.stats.handlerCalls++;
      const p = Promise.resolve()
        .then(() => h.handler(makeArgs(input)))
        .catch((e: unknown) => {
          // Excel swallows handler failures; keep them visible in test output instead.
          console.error("Fake Excel: onChanged handler failed", e);
        });
      this.running.add(p);
      void p.finally(() => this.running.delete(p));
    }
    return targets.length;
  }

  /** Resolves when every handler started so far (and any they started) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
