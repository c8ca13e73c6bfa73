/**
 * The proxy-object machinery shared by every fake Excel class, following office.js's model:
 * property writes and method calls are queued as operations and applied at `context.sync()`;
 * `load()` queues a read whose results become readable only after that sync; reading a property
 * that was neither loaded nor set throws PropertyNotLoaded; objects returned by methods are
 * "instantiated" in the request, so `getItem("missing")` fails the sync even if never used.
 */
import { FakeNotImplementedError, officeErrors } from "../errors";
import { jsonBytes } from "./bytes";
import type { FakeHost } from "./host";

/** What a read operation hands back: its response size and how to publish its values. */
export interface Delivery {
  bytes: number;
  commit(): void;
}

export interface Op {
  /** "Range.values", "WorksheetCollection.getItem"… (error location and debugging). */
  location: string;
  /** Request payload; its UTF-8 JSON size counts against the 5 MB limit (measured at sync). */
  payload: unknown;
  /** Changes the workbook (used to decide whether a failed response must be rolled back). */
  mutates: boolean;
  /** Produces response data (load, ClientResult). */
  reads?: boolean;
  run(): Delivery | void;
}

/** The part of the request context the proxies need (the context class builds on it). */
export interface ContextLike {
  readonly _host: FakeHost;
  _enqueue(op: Op): void;
  _noteResolved(obj: FakeClientObject<unknown>): void;
  _assertOpen(location: string): void;
}

/**
 * Static description of one loadable/settable scalar property. `get` and `set` run on the
 * server side (during sync) against the object's resolved target.
 */
export interface PropSpec<O> {
  get?: (o: O) => unknown;
  set?: (o: O, value: unknown) => void;
  /** Client-side validation at assignment time (office.js rejects some values before sending). */
  check?: (value: unknown) => void;
  /** Minimum ExcelApi version of the property. */
  api?: string;
  /** Part of a no-argument `load()` (default true). */
  load?: boolean;
}

type SpecTable = Record<string, PropSpec<never>>;

interface ProtoMeta {
  _specs: SpecTable;
  _specOrder: string[];
  _navNames: string[];
}

/**
 * The parameter types of office.js methods and the types of scalar properties, for
 * `implements Mirror<Excel.X, "member" | …>`: the compiler then checks that each fake member
 * accepts what the real one accepts and returns the real scalar types. Navigation properties and
 * method results only need to be objects (they are fakes, not the real classes).
 */
export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => MirrorValue<R> : MirrorValue<T[P]>;
};

type MirrorValue<V> = V extends OfficeExtension.ClientObject
  ? object
  : V extends OfficeExtension.ClientResult<infer R>
    ? { readonly value: R }
    : V extends OfficeExtension.EventHandlers<infer A>
      ? {
          add(handler: (args: A) => Promise<unknown>): { remove(): void };
          remove(handler: (args: A) => Promise<unknown>): void;
        }
      : V extends readonly (infer E)[]
        ? E extends OfficeExtension.ClientObject
          ? readonly object[]
          : V
        : V;

const PASS_THROUGH = new Set([
  "then",
  "catch",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "$$typeof",
  "_isMockFunction",
  "length",
  "inspect",
  "toJSON",
]);

/**
 * Wraps a fake object so touching a member the fake does not model fails loudly (an adapter
 * relying on it would otherwise pass here and break in Excel).
 */
export function guardObject<T extends object>(obj: T, typeName: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver) as unknown;
      if (PASS_THROUGH.has(prop) || prop.startsWith("@@") || prop.startsWith("__")) return undefined;
      throw new FakeNotImplementedError(`${typeName}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in target || prop.startsWith("_"))
        return Reflect.set(target, prop, value, receiver);
      throw new FakeNotImplementedError(`${typeName}.${prop} (setter)`);
    },
  });
}

/** Splits load options into property paths, following office.js's parsing rules. */
export function parseLoadOptions(options: unknown): string[] | "default" {
  if (options === undefined || options === null) return "default";
  if (typeof options === "string") {
    const paths = options
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    return paths.length ? paths : "default";
  }
  if (Array.isArray(options)) return options.map((p) => String(p).trim()).filter((p) => p.length > 0);
  if (typeof options === "object") {
    const o = options as Record<string, unknown>;
    if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
      const select = o.select === undefined ? [] : parseLoadOptions(o.select);
      const expand = o.expand === undefined ? [] : parseLoadOptions(o.expand);
      const all = [...(select === "default" ? [] : select), ...(expand === "default" ? [] : expand)];
      return all.length ? all : "default";
    }
    // Strict form: { values: true, format: { font: { bold: true } } }.
    const out: string[] = [];
    const walk = (prefix: string, obj: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(obj)) {
        const path = prefix ? `${prefix}/${k}` : k;
        if (v === true) out.push(path);
        else if (typeof v === "object" && v !== null) walk(path, v as Record<string, unknown>);
      }
    };
    walk("", o);
    return out.length ? out : "default";
  }
  throw officeErrors.invalidArgument("load", "The argument 'option' doesn't work for this situation.");
}

/** "items/name" and "items.name" → "name"; "items" → all default properties of the items. */
function normalisePath(p: string): string {
  return p.replace(/\./g, "/");
}

export abstract class FakeClientObject<T> {
  readonly context: ContextLike;
  /** Set from the subclass name; used in error locations like office.js ("Range.values"). */
  readonly _typeName: string;
  /** undefined = not yet resolved in a request; null = null object. */
  _target: T | null | undefined = undefined;
  _isNullFlag: boolean | undefined = undefined;
  _loaded = new Map<string, unknown>();
  _nav = new Map<string, FakeClientObject<unknown>>();
  _bound: boolean;
  private readonly _resolver: (() => T | null) | null;

  constructor(
    context: ContextLike,
    typeName: string,
    source:
      | { resolve: () => T | null; instantiate?: { location: string; args?: unknown; mutates?: boolean } }
      | { bound: T },
  ) {
    this.context = context;
    this._typeName = typeName;
    if ("bound" in source) {
      this._resolver = null;
      this._target = source.bound;
      this._isNullFlag = false;
      this._bound = true;
    } else {
      this._resolver = source.resolve;
      this._bound = false;
      const inst = source.instantiate;
      if (inst) {
        context._assertOpen(inst.location);
        // office.js instantiates every object returned by a method in the pending request, so
        // an error (ItemNotFound) or a side effect (worksheets.add) happens at the next sync.
        context._enqueue({
          location: inst.location,
          payload: inst.args ?? null,
          mutates: inst.mutates ?? false,
          run: () => {
            const t = this._resolveTarget();
            return { bytes: 0, commit: () => (this._isNullFlag = t === null) };
          },
        });
      }
    }
    return guardObject(this, typeName);
  }

  get _host(): FakeHost {
    return this.context._host;
  }

  // ----- resolution (server side) ------------------------------------------------------------

  _resolveTarget(): T | null {
    if (this._target !== undefined) return this._target;
    if (!this._resolver) throw officeErrors.invalidObjectPath(this._typeName);
    const t = this._resolver();
    this._target = t;
    this.context._noteResolved(this as FakeClientObject<unknown>);
    return t;
  }

  /** Target for an operation; operations on a null object fail like in Excel. */
  _t(location?: string): T {
    const t = this._resolveTarget();
    if (t === null) throw officeErrors.itemNotFound(location ?? this._typeName);
    return t;
  }

  /** Called by the context when the batch that resolved this object failed. */
  _unresolve(): void {
    if (!this._bound) this._target = undefined;
  }

  // ----- queueing (client side) --------------------------------------------------------------

  _enqueue(
    location: string,
    payload: unknown,
    mutates: boolean,
    run: () => Delivery | void,
    reads = false,
  ): void {
    this.context._assertOpen(location);
    this.context._enqueue({ location, payload, mutates, run, reads });
  }

  /** A method with effects and no result. */
  _action(name: string, args: unknown[], run: () => void, mutates = true): void {
    this._enqueue(`${this._typeName}.${name}`, toPayload(args), mutates, run);
  }

  /** A method whose result is a ClientResult. */
  _result<R>(name: string, args: unknown[], compute: () => R, mutates = false): FakeClientResult<R> {
    const result = new FakeClientResult<R>();
    this._enqueue(
      `${this._typeName}.${name}`,
      toPayload(args),
      mutates,
      () => {
        const value = compute();
        return { bytes: jsonBytes(value), commit: () => result._set(value) };
      },
      true,
    );
    return result;
  }

  /** Guards calls into members of newer requirement sets, like office.js. */
  _api(member: string, version: string): void {
    this._host.requireApi(`${this._typeName}.${member}`, version);
  }

  /** Arguments that are fake objects must come from the same request context. */
  _sameContext<O extends FakeClientObject<unknown>>(other: unknown, location: string): O {
    if (!(other instanceof FakeClientObject)) throw officeErrors.invalidArgument(location);
    if (other.context !== this.context) throw officeErrors.invalidRequestContext(location);
    return other as O;
  }

  /** Navigation property object (cached, like office.js). */
  _child<C extends FakeClientObject<unknown>>(name: string, make: () => C): C {
    let c = this._nav.get(name) as C | undefined;
    if (!c) {
      c = make();
      this._nav.set(name, c as FakeClientObject<unknown>);
    }
    return c;
  }

  // ----- properties ----------------------------------------------------------------------------

  get _meta(): ProtoMeta {
    return this as unknown as ProtoMeta;
  }

  _readProp(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._isNullFlag === true) return undefined;
    throw officeErrors.propertyNotLoaded(this._typeName, name);
  }

  _writeProp(name: string, value: unknown): void {
    const spec = this._meta._specs[name] as PropSpec<this> | undefined;
    if (!spec?.set)
      throw new TypeError(`Cannot set property ${name} of ${this._typeName}, which is read-only`);
    if (spec.api) this._api(name, spec.api);
    spec.check?.(value);
    this._enqueue(`${this._typeName}.${name}`, value, true, () => spec.set!(this, value));
    // office.js keeps the assigned value on the proxy, so it reads back without a load.
    this._loaded.set(name, value);
  }

  get isNullObject(): boolean {
    if (this._isNullFlag === undefined) throw officeErrors.propertyNotLoaded(this._typeName, "isNullObject");
    return this._isNullFlag;
  }

  load(options?: unknown): this {
    const paths = parseLoadOptions(options);
    if (paths !== "default") this._validatePaths(paths);
    this._enqueue(`${this._typeName}.load`, options ?? null, false, () => this._collect(paths), true);
    return this;
  }

  /** Unknown names fail at `load()` so a typo or an unmodelled property cannot pass silently. */
  _validatePaths(paths: string[]): void {
    for (const raw of paths) {
      const [first] = normalisePath(raw).split("/");
      if (!this._knows(first!)) throw new FakeNotImplementedError(`${this._typeName}.${first} (load)`);
    }
  }

  _knows(name: string): boolean {
    return name in this._meta._specs || this._meta._navNames.includes(name);
  }

  /** Server side of a load: reads the requested properties now, publishes them at commit. */
  _collect(paths: string[] | "default"): Delivery {
    const t = this._resolveTarget();
    if (t === null) return { bytes: 4, commit: () => (this._isNullFlag = true) };
    const specs = this._meta._specs;
    const scalars: string[] = [];
    const nav = new Map<string, string[]>();
    if (paths === "default") {
      // A no-argument load returns what the host has: members of newer requirement sets are skipped.
      for (const n of this._meta._specOrder) {
        const spec = specs[n] as PropSpec<this>;
        if (spec.load === false || !spec.get) continue;
        if (spec.api && !this._host.isSetSupported("ExcelApi", spec.api)) continue;
        scalars.push(n);
      }
    } else {
      for (const raw of paths) {
        const parts = normalisePath(raw).split("/");
        const head = parts[0]!;
        if (parts.length === 1 && head in specs) scalars.push(head);
        else if (this._meta._navNames.includes(head)) {
          const list = nav.get(head) ?? [];
          if (parts.length > 1) list.push(parts.slice(1).join("/"));
          nav.set(head, list);
        } else throw new FakeNotImplementedError(`${this._typeName}.${raw} (load)`);
      }
    }
    const data: Record<string, unknown> = {};
    for (const n of scalars) {
      const spec = specs[n] as PropSpec<this>;
      if (!spec.get) throw new FakeNotImplementedError(`${this._typeName}.${n} (load)`);
      if (spec.api) this._api(n, spec.api);
      data[n] = spec.get(this);
    }
    let bytes = jsonBytes(data);
    const commits: (() => void)[] = [];
    for (const [name, sub] of nav) {
      const child = (this as unknown as Record<string, FakeClientObject<unknown>>)[name]!;
      const d = child._collect(sub.length ? sub : "default");
      bytes += d.bytes;
      commits.push(() => d.commit());
    }
    return {
      bytes,
      commit: () => {
        for (const [k, v] of Object.entries(data)) this._loaded.set(k, v);
        this._isNullFlag = false;
        for (const c of commits) c();
      },
    };
  }

  /** office.js `set()`: several properties at once, navigation properties recursively. */
  set(properties: object, _options?: unknown): void {
    if (typeof properties !== "object" || properties === null)
      throw officeErrors.invalidArgument(`${this._typeName}.set`);
    const props = properties as Record<string, unknown>;
    const order = [...this._meta._specOrder, ...this._meta._navNames];
    for (const k of Object.keys(props)) {
      if (!order.includes(k)) throw new FakeNotImplementedError(`${this._typeName}.${k} (set)`);
    }
    for (const k of order) {
      if (!(k in props) || props[k] === undefined) continue;
      if (this._meta._navNames.includes(k)) {
        (this as unknown as Record<string, FakeClientObject<unknown>>)[k]!.set(props[k] as object);
      } else {
        (this as unknown as Record<string, unknown>)[k] = props[k];
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [k, child] of this._nav) {
      const j = child.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Collections: `items` after a load, plus per-item selection ("items/name" or "name"). */
export abstract class FakeCollection<T, I extends FakeClientObject<unknown>> extends FakeClientObject<T> {
  _items: I[] | undefined = undefined;

  /** Item targets in collection order, read from the model during sync. */
  abstract _enumerate(): unknown[];
  abstract _makeItem(target: unknown): I;
  /** Item class prototype, for validating item property names at load(). */
  abstract get _itemMeta(): { _specs: SpecTable; _navNames: string[] };

  get items(): I[] {
    if (this._items === undefined) {
      if (this._isNullFlag === true) return [];
      throw officeErrors.propertyNotLoaded(this._typeName, "items");
    }
    return this._items;
  }

  override _validatePaths(paths: string[]): void {
    for (const raw of paths) {
      const p = normalisePath(raw);
      if (p === "items" || p === "items/") continue;
      const rest = p.startsWith("items/") ? p.slice(6) : p;
      const [first] = rest.split("/");
      if (!p.startsWith("items/") && first! in this._meta._specs) continue;
      if (!(first! in this._itemMeta._specs) && !this._itemMeta._navNames.includes(first!)) {
        throw new FakeNotImplementedError(`${this._typeName} item property ${first} (load)`);
      }
    }
  }

  override _collect(paths: string[] | "default"): Delivery {
    this._t();
    const own: string[] = [];
    let wantItems = true;
    let itemPaths: string[] | "default" = "default";
    if (paths !== "default") {
      const list: string[] = [];
      let all = false;
      for (const raw of paths) {
        const p = normalisePath(raw);
        if (p === "items" || p === "items/") all = true;
        else if (p.startsWith("items/")) list.push(p.slice(6));
        else if (p in this._meta._specs) own.push(p);
        else list.push(p);
      }
      wantItems = all || list.length > 0;
      itemPaths = all || list.length === 0 ? "default" : list;
    }
    const ownData: Record<string, unknown> = {};
    for (const n of own) ownData[n] = (this._meta._specs[n] as PropSpec<this>).get!(this);
    const items = wantItems ? this._enumerate().map((t) => this._makeItem(t)) : null;
    const deliveries = items ? items.map((it) => it._collect(itemPaths)) : [];
    const bytes = jsonBytes(ownData) + deliveries.reduce((sum, d) => sum + d.bytes, 0);
    return {
      bytes,
      commit: () => {
        for (const [k, v] of Object.entries(ownData)) this._loaded.set(k, v);
        this._isNullFlag = false;
        if (items) {
          this._items = items;
          for (const d of deliveries) d.commit();
        }
      },
    };
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

export class FakeClientResult<V> {
  private _loadedFlag = false;
  private _value: V | undefined = undefined;

  get value(): V {
    if (!this._loadedFlag) throw officeErrors.valueNotLoaded();
    return this._value as V;
  }

  _set(v: V): void {
    this._value = v;
    this._loadedFlag = true;
  }

  toJSON(): unknown {
    return this._loadedFlag ? this._value : undefined;
  }
}

/** Installs scalar property accessors and their specs on a fake class. */
export function defineProps<O>(
  cls: { prototype: O },
  specs: Record<string, PropSpec<O>>,
  navNames: string[] = [],
): void {
  const proto = cls.prototype as unknown as ProtoMeta & Record<string, unknown>;
  const parent = Object.getPrototypeOf(proto) as Partial<ProtoMeta>;
  const merged: SpecTable = { ...(parent._specs ?? {}), ...(specs as unknown as SpecTable) };
  Object.defineProperty(proto, "_specs", { value: merged, configurable: true });
  Object.defineProperty(proto, "_specOrder", {
    value: [...(parent._specOrder ?? []), ...Object.keys(specs)],
    configurable: true,
  });
  Object.defineProperty(proto, "_navNames", {
    value: [...(parent._navNames ?? []), ...navNames],
    configurable: true,
  });
  for (const name of Object.keys(specs)) {
    const spec = specs[name]!;
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: false,
      get(this: FakeClientObject<unknown>) {
        return this._readProp(name);
      },
      set: spec.set
        ? function (this: FakeClientObject<unknown>, v: unknown) {
            this._writeProp(name, v);
          }
        : undefined,
    });
  }
}

// Base metadata so subclasses without scalar properties still answer _meta.
Object.defineProperty(FakeClientObject.prototype, "_specs", { value: {}, configurable: true });
Object.defineProperty(FakeClientObject.prototype, "_specOrder", { value: [], configurable: true });
Object.defineProperty(FakeClientObject.prototype, "_navNames", { value: [], configurable: true });

/** Request payload of a method call: fake objects travel as references, not as their data. */
export function toPayload(args: unknown[]): unknown {
  return args.map((a) => (a instanceof FakeClientObject ? { ref: a._typeName } : a === undefined ? null : a));
}
