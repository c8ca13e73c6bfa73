/**
 * The `Office`, `OfficeExtension` and `Excel` globals the add-in sees. `Excel.run` follows
 * office.js: the batch must return a promise, queued operations left at its end are sent in one
 * last sync, and objects of a finished run can no longer queue operations.
 */
import { ErrorCodes, FakeOfficeError, officeErrors } from "./errors";
import { excelEnums } from "./enums";
import { FakeClientObject, FakeClientResult, guardObject } from "./proxy/clientObject";
import { ENVELOPE_BYTES, FakeRequestContext } from "./proxy/context";
import { utf8Length } from "./proxy/bytes";
import type { FakeHost } from "./proxy/host";

export function createExcelNamespace(host: FakeHost): typeof Excel {
  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw officeErrors.invalidArgument("Excel.run");
    const first = args.length > 1 ? args[0] : undefined;
    let ctx: FakeRequestContext;
    if (first instanceof FakeRequestContext) ctx = first;
    else if (first instanceof FakeClientObject) ctx = first.context as FakeRequestContext;
    else if (Array.isArray(first) && first[0] instanceof FakeClientObject)
      ctx = (first[0] as FakeClientObject<unknown>).context as FakeRequestContext;
    else ctx = new FakeRequestContext(host);
    if (ctx._host !== host) throw officeErrors.invalidRequestContext("Excel.run");
    host.stats.runs++;
    ctx._runDepth++;
    ctx._open = true;
    try {
      const pending = (batch as (c: unknown) => unknown)(ctx) as PromiseLike<unknown> | undefined;
      if (!pending || typeof pending.then !== "function") throw officeErrors.runMustReturnPromise();
      const value = await pending;
      await ctx._finalSync();
      return value;
    } finally {
      ctx._runDepth--;
      if (ctx._runDepth === 0) {
        // Operations queued by a failed batch are never sent; objects of a finished run are
        // released (office.js invalidates their object paths).
        ctx._queue = [];
        if (!ctx._persistent) ctx._open = false;
      }
    }
  }

  /** `new Excel.RequestContext()`: a context outside Excel.run, usable until dropped. */
  function RequestContext(this: unknown): FakeRequestContext {
    const ctx = new FakeRequestContext(host);
    ctx._persistent = true;
    return ctx;
  }

  /**
   * `Excel.createWorkbook` (ExcelApi 1.8): Excel opens the file in a new window the add-in cannot
   * reach, so the fake only keeps the file for tests to open. One round trip carrying the file.
   */
  async function createWorkbook(base64?: string): Promise<void> {
    host.requireApi("Excel.createWorkbook", "1.8");
    const bytes = ENVELOPE_BYTES + utf8Length(base64 ?? "");
    host.stats.runs++;
    host.stats.syncs++;
    host.stats.requests++;
    host.stats.ops++;
    host.stats.requestBytes.push(bytes);
    host.stats.totalRequestBytes += bytes;
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, bytes);
    host.stats.responseBytes.push(0);
    if (bytes > host.payloadLimit) {
      host.stats.rejectedPayloads++;
      throw officeErrors.requestTooLarge();
    }
    host.createdWorkbooks.push(base64 ?? "");
  }

  const ns = {
    run,
    RequestContext,
    createWorkbook,
    ErrorCodes,
    ...excelEnums,
  };
  return guardObject(ns, "Excel") as unknown as typeof Excel;
}

export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

export interface FakeOfficeExtras {
  /** Functions registered with `Office.actions.associate` (ribbon commands). */
  actions: Map<string, (...args: unknown[]) => unknown>;
}

export function createOfficeNamespace(host: FakeHost, extras: FakeOfficeExtras): typeof Office {
  let initialize: ((reason: unknown) => void) | undefined;
  const info = { host: HostType.Excel, platform: host.platform };
  const context = {
    host: HostType.Excel,
    platform: host.platform,
    displayLanguage: host.displayLanguage,
    contentLanguage: host.displayLanguage,
    diagnostics: { host: HostType.Excel, platform: host.platform, version: "16.0.18025.20000" },
    requirements: {
      isSetSupported: (name: string, minVersion?: string | number) => host.isSetSupported(name, minVersion),
    },
    officeTheme: {
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#FFFFFF",
      controlForegroundColor: "#000000",
      isDarkTheme: false,
      themeId: "Colorful",
    },
  };
  const ns = {
    HostType,
    PlatformType,
    context: guardObject(context, "Office.context"),
    /** office.js resolves onReady once the host is ready; the fake host always is. */
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      if (callback) queueMicrotask(() => callback(info));
      return Promise.resolve(info);
    },
    get initialize() {
      return initialize;
    },
    set initialize(fn: ((reason: unknown) => void) | undefined) {
      initialize = fn;
      if (fn) queueMicrotask(() => fn("inserted"));
    },
    actions: {
      associate: (name: string, fn: (...args: unknown[]) => unknown) => void extras.actions.set(name, fn),
    },
  };
  return guardObject(ns, "Office") as unknown as typeof Office;
}

export function createOfficeExtensionNamespace(): typeof OfficeExtension {
  const ns = {
    Error: FakeOfficeError,
    ErrorCodes,
    ClientResult: FakeClientResult,
    Promise,
    config: { extendedErrorLogging: false },
  };
  return guardObject(ns, "OfficeExtension") as unknown as typeof OfficeExtension;
}

export interface InstallableFake {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
}

/**
 * Puts the fake's Excel, Office and OfficeExtension on `target` (usually globalThis) where the
 * add-in expects office.js's globals. Returns a function that restores what was there before.
 */
export function installFakeOffice(target: object, fake: InstallableFake): () => void {
  const t = target as Record<string, unknown>;
  const keys = ["Excel", "Office", "OfficeExtension"] as const;
  const previous = keys.map((k) => [k, Object.prototype.hasOwnProperty.call(t, k), t[k]] as const);
  t.Excel = fake.Excel;
  t.Office = fake.Office;
  t.OfficeExtension = fake.OfficeExtension;
  return () => {
    for (const [k, had, v] of previous) {
      if (had) t[k] = v;
      else delete t[k];
    }
  };
}
