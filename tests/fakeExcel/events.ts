/**
 * onChanged event plumbing: `EventHandlers.add()` registers at the next sync (as in office.js)
 * and handlers receive WorksheetChangedEventArgs whose `getRange(ctx)` works on the handler's own
 * context. Whether handlers run at all is decided by `runtime.enableEvents`.
 */
import { parseAddress } from "./address";
import { officeErrors } from "./errors";
import type { ContextLike } from "./proxy/clientObject";
import { guardObject } from "./proxy/clientObject";
import type { ChangedEventInput, FakeHost, HandlerRegistration } from "./proxy/host";
import { FakeRange } from "./range";

type Handler<T> = (args: T) => Promise<unknown>;

export class FakeEventHandlerResult<T> {
  constructor(
    readonly context: ContextLike,
    private readonly _handlers: FakeEventHandlers<T>,
    private readonly _handler: Handler<T>,
  ) {}

  remove(): void {
    this._handlers.remove(this._handler);
  }
}

export class FakeEventHandlers<T> {
  private readonly _registrations = new Map<Handler<T>, HandlerRegistration>();

  constructor(
    private readonly _context: ContextLike,
    private readonly _location: string,
    /** null = every sheet; otherwise resolves the sheet id at sync time. */
    private readonly _sheetId: (() => string) | null,
  ) {
    return guardObject(this, "EventHandlers");
  }

  add(handler: Handler<T>): FakeEventHandlerResult<T> {
    if (typeof handler !== "function") throw officeErrors.invalidArgument(`${this._location}.add`);
    this._context._assertOpen(`${this._location}.add`);
    this._context._enqueue({
      location: `${this._location}.add`,
      payload: null,
      mutates: false,
      run: () => {
        const reg: HandlerRegistration = {
          sheetId: this._sheetId ? this._sheetId() : null,
          handler: handler as (a: unknown) => unknown,
        };
        this._registrations.set(handler, reg);
        this._context._host.handlers.push(reg);
      },
    });
    return new FakeEventHandlerResult(this._context, this, handler);
  }

  remove(handler: Handler<T>): void {
    this._context._assertOpen(`${this._location}.remove`);
    this._context._enqueue({
      location: `${this._location}.remove`,
      payload: null,
      mutates: false,
      run: () => {
        const reg = this._registrations.get(handler);
        if (!reg) return;
        this._registrations.delete(handler);
        const host = this._context._host;
        host.handlers = host.handlers.filter((h) => h !== reg);
      },
    });
  }
}

/** Builds Excel.WorksheetChangedEventArgs for a change. */
export function makeChangedEventArgs(
  host: FakeHost,
  input: ChangedEventInput,
): Excel.WorksheetChangedEventArgs {
  const rangeOn = (ctx: ContextLike, orNull: boolean) => {
    if (ctx._host !== host) throw officeErrors.invalidRequestContext("WorksheetChangedEventArgs.getRange");
    return FakeRange.derived(ctx, "WorksheetChangedEventArgs.getRange", [input.address], () => {
      const sheet = ctx._host.model.sheetById(input.worksheetId);
      const p = parseAddress(input.address);
      if (!sheet || !p) {
        if (orNull) return null;
        throw officeErrors.itemNotFound("WorksheetChangedEventArgs.getRange");
      }
      return { sheetId: sheet.id, rect: p.rect };
    });
  };
  const args = {
    type: "WorksheetChanged" as const,
    worksheetId: input.worksheetId,
    address: input.address,
    changeType: input.changeType,
    source: input.source,
    triggerSource: input.triggerSource,
    details: undefined,
    changeDirectionState: undefined,
    getRange: (ctx: Excel.RequestContext) => rangeOn(ctx as unknown as ContextLike, false),
    getRangeOrNullObject: (ctx: Excel.RequestContext) => rangeOn(ctx as unknown as ContextLike, true),
  };
  return args as unknown as Excel.WorksheetChangedEventArgs;
}
