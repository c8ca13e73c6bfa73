/**
 * How Excel turns what a client writes into cell content, and cell content into `text`.
 *
 * The parts that matter for adapter tests are modelled exactly: a string written through `values`
 * is interpreted like typed input (a leading "=", "+" or "-" makes a formula, "007" becomes the
 * number 7, "TRUE" a boolean, "2024-05-01" a date serial), unless the cell's number format is
 * text ("@"), in which case the string is stored verbatim. Formula evaluation and display
 * formatting are deliberately small: arithmetic, references, a few functions, common formats.
 */

export type CellScalar = string | number | boolean;

export type Culture = "ru-RU" | "en-US";

/** What a single written value becomes. */
export interface InterpretedInput {
  /** "" clears the value. */
  value: CellScalar;
  formula?: string;
  /** Excel changes a General cell's format when it recognises a date or a percentage. */
  autoFormat?: string;
}

export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
] as const;

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_RE = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MS_PER_DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel serial of a calendar date (1900 date system, valid from 1900-03-01). */
export function dateToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

export function serialToDate(serial: number): { year: number; month: number; day: number; seconds: number } {
  const days = Math.floor(serial);
  const d = new Date(EPOCH + days * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    seconds: Math.round((serial - days) * 86400),
  };
}

function validIsoDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const shortDateFormat = (culture: Culture): string =>
  culture === "ru-RU" ? "dd.mm.yyyy" : "m/d/yyyy";

/**
 * Interprets one value written through `Range.values` / `Range.formulas`.
 * `cellFormat` is the cell's number format at the moment of the write.
 * Returns null for values Excel rejects (the caller raises InvalidArgument).
 */
export function interpretInput(raw: unknown, cellFormat: string, culture: Culture): InterpretedInput | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw } : null;
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw !== "string") return null;
  if (raw === "") return { value: "" };
  // Text format: Excel stores the characters as typed, which is how «=HYPERLINK(...)» from a
  // school's file survives as text.
  if (cellFormat === "@") return { value: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { value: raw, formula: raw };
  const trimmed = raw.trim();
  if (NUMBER_RE.test(trimmed)) return { value: Number(trimmed) };
  const pct = PERCENT_RE.exec(trimmed);
  if (pct) {
    const decimals = (pct[1]!.split(".")[1] ?? "").length;
    return {
      value: Number(pct[1]) / 100,
      autoFormat: cellFormat === "General" ? (decimals ? `0.${"0".repeat(decimals)}%` : "0%") : undefined,
    };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const iso = ISO_DATE_RE.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validIsoDate(y, m, d)) {
      return {
        value: dateToSerial(y, m, d),
        autoFormat: cellFormat === "General" ? shortDateFormat(culture) : undefined,
      };
    }
  }
  // The documented rule for Range.values: a leading "+" or "-" makes Excel read the string as a
  // formula. A phone number «+7 912 …» written without the text format ends up here.
  if ((raw.startsWith("+") || raw.startsWith("-")) && raw.length > 1) {
    return { value: raw, formula: `=${raw}` };
  }
  return { value: raw };
}

// ---------------------------------------------------------------------------------------------
// Formula evaluation (tiny): enough to give trivial formulas a value, everything else keeps its
// formula text as value so tests can still see that a formula was written.
// ---------------------------------------------------------------------------------------------

/** Value of a formula result; errors are represented by `FormulaError`. */
export class FormulaError {
  constructor(readonly text: string) {}
}
export type EvalValue = CellScalar | FormulaError;

export interface RefResolver {
  /** Values of a rectangle, row-major; `sheet` undefined = the formula's own sheet. */
  range(sheet: string | undefined, address: string): EvalValue[][] | null;
}

class Unsupported extends Error {}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; sheet?: string; addr: string }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Unsupported();
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: "str", v: s });
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^[A-Za-z]/.test(src.slice(i + num[0].length))) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const quoted = /^'((?:[^']|'')+)'!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/.exec(
      src.slice(i),
    );
    if (quoted) {
      out.push({ t: "ref", sheet: quoted[1]!.replace(/''/g, "'"), addr: quoted[2]! });
      i += quoted[0].length;
      continue;
    }
    const bare =
      /^(?:([\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])/u.exec(
        src.slice(i),
      );
    if (bare) {
      out.push(
        bare[1] === undefined ? { t: "ref", addr: bare[2]! } : { t: "ref", sheet: bare[1], addr: bare[2]! },
      );
      i += bare[0].length;
      continue;
    }
    const name = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(src.slice(i));
    if (name) {
      out.push({ t: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>(),:%])/.exec(src.slice(i));
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Unsupported();
  }
  return out;
}

type Arg = EvalValue | { range: EvalValue[][] };

class Parser {
  private pos = 0;
  constructor(
    private readonly toks: Token[],
    private readonly refs: RefResolver,
  ) {}

  parse(): EvalValue {
    const v = this.comparison();
    if (this.pos !== this.toks.length) throw new Unsupported();
    return scalarOf(v);
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.pos];
    return t && t.t === "op" && ops.includes(t.v) ? t.v : null;
  }

  private comparison(): Arg {
    let left = this.concat();
    for (
      let op = this.peekOp("=", "<>", "<", ">", "<=", ">=");
      op;
      op = this.peekOp("=", "<>", "<", ">", "<=", ">=")
    ) {
      this.pos++;
      const a = scalarOf(left);
      const b = scalarOf(this.concat());
      if (a instanceof FormulaError) return a;
      if (b instanceof FormulaError) return b;
      const cmp = compare(a, b);
      left = { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[
        op
      ]!;
    }
    return left;
  }

  private concat(): Arg {
    let left = this.additive();
    while (this.peekOp("&")) {
      this.pos++;
      const a = scalarOf(left);
      const b = scalarOf(this.additive());
      if (a instanceof FormulaError) return a;
      if (b instanceof FormulaError) return b;
      left = toText(a) + toText(b);
    }
    return left;
  }

  private additive(): Arg {
    let left = this.multiplicative();
    for (let op = this.peekOp("+", "-"); op; op = this.peekOp("+", "-")) {
      this.pos++;
      left = arith(op, scalarOf(left), scalarOf(this.multiplicative()));
    }
    return left;
  }

  private multiplicative(): Arg {
    let left = this.power();
    for (let op = this.peekOp("*", "/"); op; op = this.peekOp("*", "/")) {
      this.pos++;
      left = arith(op, scalarOf(left), scalarOf(this.power()));
    }
    return left;
  }

  private power(): Arg {
    let left = this.unary();
    while (this.peekOp("^")) {
      this.pos++;
      left = arith("^", scalarOf(left), scalarOf(this.unary()));
    }
    return left;
  }

  private unary(): Arg {
    const op = this.peekOp("+", "-");
    if (op) {
      this.pos++;
      const v = scalarOf(this.unary());
      return op === "-" ? arith("-", 0, v) : v;
    }
    let v = this.primary();
    while (this.peekOp("%")) {
      this.pos++;
      v = arith("/", scalarOf(v), 100);
    }
    return v;
  }

  private primary(): Arg {
    const t = this.toks[this.pos++];
    if (!t) throw new Unsupported();
    switch (t.t) {
      case "num":
        return t.v;
      case "str":
        return t.v;
      case "ref": {
        const r = this.refs.range(t.sheet, t.addr);
        if (!r) return new FormulaError("#REF!");
        return { range: r };
      }
      case "name": {
        if (this.peekOp("(")) {
          this.pos++;
          const args: Arg[] = [];
          if (!this.peekOp(")")) {
            for (;;) {
              args.push(this.comparison());
              if (this.peekOp(",")) {
                this.pos++;
                continue;
              }
              break;
            }
          }
          if (!this.peekOp(")")) throw new Unsupported();
          this.pos++;
          return callFunction(t.v, args);
        }
        if (t.v === "TRUE") return true;
        if (t.v === "FALSE") return false;
        throw new Unsupported();
      }
      case "op":
        if (t.v === "(") {
          const v = this.comparison();
          if (!this.peekOp(")")) throw new Unsupported();
          this.pos++;
          return v;
        }
        throw new Unsupported();
    }
  }
}

function scalarOf(a: Arg): EvalValue {
  if (typeof a === "object" && a !== null && "range" in a) {
    if (a.range.length === 1 && a.range[0]!.length === 1) return a.range[0]![0]!;
    return new FormulaError("#VALUE!");
  }
  return a;
}

function toNumber(v: EvalValue): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  return NUMBER_RE.test(v.trim()) ? Number(v.trim()) : new FormulaError("#VALUE!");
}

function toText(v: CellScalar): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function compare(a: CellScalar, b: CellScalar): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = toText(a).toLowerCase();
  const sb = toText(b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function arith(op: string, a: EvalValue, b: EvalValue): EvalValue {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    default:
      return x ** y;
  }
}

function flatten(args: Arg[]): EvalValue[] {
  const out: EvalValue[] = [];
  for (const a of args) {
    if (typeof a === "object" && a !== null && "range" in a) for (const row of a.range) out.push(...row);
    else out.push(a);
  }
  return out;
}

function callFunction(name: string, args: Arg[]): EvalValue {
  const nums = (): number[] | FormulaError => {
    const out: number[] = [];
    for (const v of flatten(args)) {
      if (v instanceof FormulaError) return v;
      if (typeof v === "number") out.push(v);
    }
    return out;
  };
  switch (name) {
    case "SUM": {
      const n = nums();
      return n instanceof FormulaError ? n : n.reduce((s, x) => s + x, 0);
    }
    case "MIN":
    case "MAX": {
      const n = nums();
      if (n instanceof FormulaError) return n;
      return n.length === 0 ? 0 : name === "MIN" ? Math.min(...n) : Math.max(...n);
    }
    case "AVERAGE": {
      const n = nums();
      if (n instanceof FormulaError) return n;
      return n.length === 0 ? new FormulaError("#DIV/0!") : n.reduce((s, x) => s + x, 0) / n.length;
    }
    case "COUNT": {
      const n = nums();
      return n instanceof FormulaError ? n : n.length;
    }
    case "COUNTA":
      return flatten(args).filter((v) => v !== "").length;
    case "HYPERLINK": {
      const link = scalarOf(args[0] ?? "");
      const text = args.length > 1 ? scalarOf(args[1]!) : link;
      return text;
    }
    case "IF": {
      const c = scalarOf(args[0] ?? false);
      if (c instanceof FormulaError) return c;
      const truthy = typeof c === "string" ? new FormulaError("#VALUE!") : Boolean(c);
      if (truthy instanceof FormulaError) return truthy;
      return truthy ? scalarOf(args[1] ?? true) : scalarOf(args[2] ?? false);
    }
    case "ROUND": {
      const x = toNumber(scalarOf(args[0] ?? 0));
      const d = toNumber(scalarOf(args[1] ?? 0));
      if (x instanceof FormulaError) return x;
      if (d instanceof FormulaError) return d;
      const f = 10 ** d;
      return Math.round(x * f) / f;
    }
    default:
      throw new Unsupported();
  }
}

/**
 * Evaluates a formula. Returns undefined when the fake cannot evaluate it; the cell then shows its
 * formula text as value (documented simplification).
 */
export function evaluateFormula(formula: string, refs: RefResolver): EvalValue | undefined {
  try {
    return new Parser(tokenize(formula.slice(1)), refs).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Display text (`Range.text`)
// ---------------------------------------------------------------------------------------------

function separators(culture: Culture): { dec: string; group: string } {
  return culture === "ru-RU" ? { dec: ",", group: "\u00a0" } : { dec: ".", group: "," };
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function fixed(v: number, decimals: number, grouping: boolean, culture: Culture): string {
  const { dec, group } = separators(culture);
  const s = Math.abs(v).toFixed(decimals);
  const [int, frac] = s.split(".");
  const body = (grouping ? groupDigits(int!, group) : int!) + (frac ? dec + frac : "");
  return (v < 0 && Number(s) !== 0 ? "-" : "") + body;
}

function general(v: number, culture: Culture): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  let s: string;
  if (abs >= 1e11 || abs < 1e-9) {
    s = v
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("e", "E");
    s = s.replace(/E([+-])(\d)$/, "E$10$2");
  } else {
    s = String(Number(v.toPrecision(10)));
  }
  return culture === "ru-RU" ? s.replace(".", ",") : s;
}

function formatDate(serial: number, fmt: string): string {
  const { year, month, day, seconds } = serialToDate(serial);
  const h = Math.floor(seconds / 3600);
  const mi = Math.floor((seconds % 3600) / 60);
  const se = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  // "mm" after an hour token means minutes, as in Excel.
  return fmt
    .replace(/;@$/, "")
    .replace(/\[\$-[^\]]*\]/g, "")
    .replace(/yyyy|yy|dd|d|hh|h|mm|m|ss|s/gi, (tok, offset: number, whole: string) => {
      const t = tok.toLowerCase();
      const before = whole.slice(0, offset).toLowerCase();
      const minutes = (t === "mm" || t === "m") && /h[^dmy]*$/.test(before);
      switch (t) {
        case "yyyy":
          return String(year);
        case "yy":
          return pad(year % 100);
        case "dd":
          return pad(day);
        case "d":
          return String(day);
        case "hh":
          return pad(h);
        case "h":
          return String(h);
        case "mm":
          return minutes ? pad(mi) : pad(month);
        case "m":
          return minutes ? String(mi) : String(month);
        case "ss":
          return pad(se);
        default:
          return String(se);
      }
    });
}

export const isDateFormat = (fmt: string): boolean => /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ""));

/** Display text of a cell value under a number format (common formats only). */
export function formatText(value: CellScalar, numberFormat: string, culture: Culture): string {
  if (value === "") return "";
  if (typeof value === "boolean") {
    if (culture === "ru-RU") return value ? "ИСТИНА" : "ЛОЖЬ";
    return value ? "TRUE" : "FALSE";
  }
  if (typeof value === "string") return value;
  const fmt = numberFormat.trim();
  if (fmt === "General" || fmt === "@" || fmt === "") return general(value, culture);
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return fixed(value * 100, pct[1]?.length ?? 0, false, culture) + "%";
  const num = /^(#,##)?0(?:\.(0+))?$/.exec(fmt);
  if (num) return fixed(value, num[2]?.length ?? 0, Boolean(num[1]), culture);
  if (isDateFormat(fmt)) return formatDate(value, fmt);
  return general(value, culture);
}
