/**
 * RequestContext and the sync engine. A sync measures the request (over the limit: rejected,
 * nothing applied), applies operations in order (an Office error stops the batch there; earlier
 * operations stay applied, as in Excel), measures the response (over the limit: rolled back and
 * rejected), then publishes loaded values and raises change events.
 */
import { officeErrors } from "../errors";
import { FakeWorkbook, FakeApplication, FakeRuntime } from "../workbook";
import { makeChangedEventArgs } from "../events";
import { jsonBytes, OP_OVERHEAD_BYTES } from "./bytes";
import { guardObject, type ContextLike, type Delivery, type FakeClientObject, type Op } from "./clientObject";
import type { FakeHost } from "./host";

/** Request envelope (headers, object-path table) around the actions. */
export const ENVELOPE_BYTES = 200;

export class FakeRequestContext implements ContextLike {
  readonly _host: FakeHost;
  _queue: Op[] = [];
  _open = true;
  /** Nesting depth of Excel.run calls using this context. */
  _runDepth = 0;
  /** Created with `new Excel.RequestContext()`: not closed when a run ends. */
  _persistent = false;
  private _resolvedThisBatch: FakeClientObject<unknown>[] | null = null;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = {
    add: (_obj: unknown): void => undefined,
    remove: (_obj: unknown): void => undefined,
  };

  constructor(host: FakeHost) {
    this._host = host;
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
    return guardObject(this, "RequestContext");
  }

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  _noteResolved(obj: FakeClientObject<unknown>): void {
    this._resolvedThisBatch?.push(obj);
  }

  _assertOpen(location: string): void {
    if (!this._open) throw officeErrors.invalidObjectPath(location);
  }

  load<T extends { load(o?: unknown): unknown }>(obj: T, options?: unknown): T {
    obj.load(options);
    return obj;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    try {
      this._assertOpen("RequestContext.sync");
      this._host.stats.syncs++;
      this._process();
      return Promise.resolve(passThroughValue as T);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** The implicit sync at the end of Excel.run: a round trip only when something is queued. */
  _finalSync(): Promise<void> {
    if (this._queue.length === 0) return Promise.resolve();
    return this.sync();
  }

  private _process(): void {
    const host = this._host;
    const stats = host.stats;
    const ops = this._queue;
    this._queue = [];
    if (ops.length === 0) {
      stats.requestBytes.push(0);
      stats.responseBytes.push(0);
      return;
    }
    stats.requests++;
    stats.ops += ops.length;
    const requestBytes =
      ENVELOPE_BYTES + ops.reduce((sum, op) => sum + OP_OVERHEAD_BYTES + jsonBytes(op.payload), 0);
    stats.requestBytes.push(requestBytes);
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > host.payloadLimit) {
      stats.responseBytes.push(0);
      stats.rejectedPayloads++;
      throw officeErrors.requestTooLarge();
    }

    // Only a batch that both writes and reads can produce a too-large response after changing
    // the workbook; only then is a copy needed to undo it.
    const snapshot = ops.some((o) => o.mutates) && ops.some((o) => o.reads) ? host.model.clone() : null;
    const resolved: FakeClientObject<unknown>[] = [];
    this._resolvedThisBatch = resolved;
    const deliveries: Delivery[] = [];
    try {
      for (const op of ops) {
        const d = op.run();
        if (d) deliveries.push(d);
      }
    } catch (e) {
      this._resolvedThisBatch = null;
      // office.js re-instantiates objects of a failed request next time they are used.
      for (const o of resolved) o._unresolve();
      stats.responseBytes.push(0);
      // Operations before the failing one did happen; their changes raise events as usual.
      this._raiseChanges();
      throw e;
    }
    this._resolvedThisBatch = null;

    const responseBytes = deliveries.reduce((sum, d) => sum + d.bytes, 0);
    stats.responseBytes.push(responseBytes);
    stats.totalResponseBytes += responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > host.payloadLimit) {
      stats.rejectedPayloads++;
      for (const o of resolved) o._unresolve();
      if (snapshot) host.model = snapshot;
      host.model.changes = [];
      throw officeErrors.responseTooLarge();
    }
    for (const d of deliveries) d.commit();
    this._raiseChanges();
  }

  /** Content changes raise onChanged only if events were enabled when they were applied. */
  private _raiseChanges(): void {
    const host = this._host;
    const changes = host.model.changes;
    host.model.changes = [];
    for (const ch of changes) {
      if (!ch.eventsEnabled) continue;
      host.stats.changesWithEventsEnabled++;
      const sheet = host.model.sheetById(ch.sheetId);
      if (!sheet) continue;
      host.dispatchChanged(
        {
          worksheetId: ch.sheetId,
          address: host.model.localAddress(ch.rect),
          changeType: ch.changeType,
          source: "Local",
          triggerSource: "ThisLocalAddin",
        },
        (input) => makeChangedEventArgs(host, input),
      );
    }
  }
}
