/**
 * From the parts read off a monitoring form — the product's own (readForm.ts) or a region's through
 * a mapping (readMappedForm.ts) — to the form's figures, what is not pooled and why, and the issues
 * C005 (a value that cannot be used) and C006 (a value missing, or a numerator above its
 * denominator), by the rules of forms.md: "Reading a filled form" and "Given and pooled".
 */
import type { RawCell } from "../grid";
import { columnLetter, type Issue } from "../issues";
import { kpiCatalogue } from "../kpi/catalogue";
import type { KpiKind } from "../kpi/define";
import { type Counts, type KpiFigures, noFigures, type Part, shareValue } from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import { defaultSettings } from "../template/keyValue";
import { displayOf } from "../values/parse";
import { type Exclusion, type Exclusions, NOT_GIVEN } from "../consolidation/exclusions";
import { type FormPart, partOf } from "./formParts";
import { problemText, readFormValue } from "./formValues";

/** A cell a part's value comes from. */
export interface FormCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly raw: RawCell;
}

export interface ReadPart {
  readonly part: FormPart;
  /** The cells of the part (a mapping sums several lines); none for a «Константа» alone. */
  readonly cells: readonly FormCell[];
  /** A mapping's «Константа», added to the cells; it does not make the KPI filled. */
  readonly constant: number | null;
  /** The blank form's value of this cell (documents: 5): typed there, it does not make the KPI filled. */
  readonly prefilled: number | null;
}

export interface FormReading {
  readonly parts: readonly ReadPart[];
  /** Mapping lines that could not be resolved on this form (C007), by KPI, with their reason. */
  readonly unresolved: ReadonlyMap<KpiId, string>;
  /** Read through a mapping: да/нет counts 1 / 0 and «%» is allowed. */
  readonly mapped: boolean;
}

export interface FormFigures {
  readonly values: KpiFigures;
  /** mentor_load «mentees» (Σ over mentors of their mentees): what pooling divides by `mentors`. */
  readonly mentees: Part;
  readonly unpooled: Exclusions;
  readonly issues: readonly Issue[];
}

export const C005 = { code: "C005", severity: "error" } as const;
export const C006 = { code: "C006", severity: "warning" } as const;

const address = (c: FormCell) => `${columnLetter(c.col)}${c.row}`;

export function formIssue(
  rule: { readonly code: string; readonly severity: Issue["severity"] },
  c: FormCell,
  message: string,
): Issue {
  return {
    sheet: c.sheet,
    sheetInFile: c.sheet,
    row: c.row,
    column: columnLetter(c.col),
    col: c.col,
    code: rule.code,
    severity: rule.severity,
    message,
    value: displayOf(c.raw),
  };
}

type PartState =
  | { readonly kind: "ok"; readonly value: number }
  | { readonly kind: "empty" }
  | { readonly kind: "unusable" };

interface KpiRead {
  readonly issues: Issue[];
  /** Cells behind each problem, for the exclusion's reason. */
  readonly bad: FormCell[];
  /** Empty cells of a filled KPI (C006), with the label of their part. */
  readonly missing: { readonly cell: FormCell; readonly label: string }[];
  readonly tooBig: FormCell[];
  filled: boolean;
}

/** One part: its cells read, C005 on each unusable one; whether anything in it counts as filled. */
function readPart(rp: ReadPart, mapped: boolean, into: KpiRead): PartState {
  const { part } = rp;
  let sum = rp.constant ?? 0;
  const empty: FormCell[] = [];
  let unusable = false;
  for (const c of rp.cells) {
    const v = readFormValue(c.raw, { role: part.role, mapped });
    if (v.state === "empty") {
      empty.push(c);
      continue;
    }
    if (v.state === "bad") {
      into.filled = true;
      unusable = true;
      into.bad.push(c);
      into.issues.push(
        formIssue(
          C005,
          c,
          `«${part.label}»: значение «${displayOf(c.raw)}» не подходит — ${problemText[v.problem]}. ` +
            (part.role === "mean"
              ? "Укажите среднюю оценку от 1 до 10 или оставьте ячейку пустой."
              : "Укажите целое число от 0 (например, 36 или «36 чел.»)."),
        ),
      );
      continue;
    }
    if (rp.prefilled === null || v.value !== rp.prefilled) into.filled = true;
    sum += v.value;
  }
  if (unusable) return { kind: "unusable" };
  if (rp.cells.length > 0 && empty.length === rp.cells.length) return { kind: "empty" };
  if (empty.length > 0) {
    // Some of a summed part's lines point at empty cells: the sum would silently be too small.
    for (const cell of empty) into.missing.push({ cell, label: part.label });
    return { kind: "unusable" };
  }
  return { kind: "ok", value: sum };
}

/** The parts pooling needs (forms.md, "Given and pooled"); means are checked apart. */
const NEEDED: Record<KpiKind, readonly string[]> = {
  share: ["numerator", "denominator"],
  plan: ["numerator", "denominator"],
  groups: ["value"],
  load: ["mentors", "mentees"],
  count: ["value"],
  satisfaction: ["mentor.n", "mentee.n"],
};

const cellsText = (cells: readonly FormCell[]) => cells.map(address).join(", ");

export function formFigures(reading: FormReading): FormFigures {
  const byKpi = new Map<KpiId, ReadPart[]>();
  for (const rp of reading.parts) {
    const list = byKpi.get(rp.part.id);
    if (list) list.push(rp);
    else byKpi.set(rp.part.id, [rp]);
  }
  const values: Record<string, unknown> = {};
  const unpooled: Partial<Record<KpiId, Exclusion>> = {};
  const issues: Issue[] = [];
  let mentees: Part = null;

  for (const def of kpiCatalogue) {
    const parts = byKpi.get(def.id) ?? [];
    const into: KpiRead = { issues: [], bad: [], missing: [], tooBig: [], filled: false };
    const states = new Map(
      parts.map((rp) => [rp.part.token, { rp, state: readPart(rp, reading.mapped, into) }]),
    );
    const unresolved = reading.unresolved.get(def.id);
    if (!into.filled) {
      // Not filled: «нет данных», no issue (a mapping line that failed has its C007 already).
      values[def.id] = noFigures(def.id);
      unpooled[def.id] = unresolved === undefined ? NOT_GIVEN : { reason: unresolved, code: "C007" };
      continue;
    }
    const read = (token: string): PartState | undefined => states.get(token)?.state;
    const value = (token: string): Part => {
      const s = read(token);
      if (s?.kind === "ok") return s.value;
      // An empty byForm / byKind row of a filled KPI is 0 (forms.md).
      if (s?.kind === "empty" && (token.startsWith("byForm:") || token.startsWith("byKind:"))) return 0;
      return null;
    };
    // Empty parts of a filled KPI are C006 — except byForm/byKind rows (0) and a mean whose n is 0.
    for (const [token, { rp, state }] of states) {
      if (state.kind !== "empty" || token.startsWith("byForm:") || token.startsWith("byKind:")) continue;
      if (token.endsWith(".mean") && value(token.replace(".mean", ".n")) === 0) continue;
      for (const cell of rp.cells) into.missing.push({ cell, label: rp.part.label });
    }
    for (const { cell, label } of into.missing) {
      into.issues.push(
        formIssue(
          C006,
          cell,
          `«${label}» не заполнено, а показатель «${def.title}» заполнен: укажите значение (0, если таких нет). Показатель ОО не включён в свод.`,
        ),
      );
    }
    if (def.kind === "share" || def.kind === "plan") {
      const num = value("numerator");
      const den = value("denominator");
      const numPart = states.get("numerator")?.rp;
      if (num !== null && den !== null && num > den && numPart !== undefined) {
        const c = numPart.cells[0];
        if (c !== undefined) {
          into.tooBig.push(c);
          const denLabel = states.get("denominator")!.rp.part.label;
          into.issues.push(
            formIssue(
              C006,
              c,
              `«${numPart.part.label}» (${num}) больше, чем «${denLabel}» (${den}): проверьте значения. Показатель ОО не включён в свод.`,
            ),
          );
        }
      }
    }
    values[def.id] = figuresOf(def.kind, def.target(defaultSettings), value, [...states.keys()]);
    if (def.id === "mentor_load") mentees = value("mentees");
    issues.push(...into.issues);

    const exclusion = exclusionOf(def.kind, into, unresolved, value, (t) => partOf(def.id, t)?.label ?? t);
    if (exclusion !== null) unpooled[def.id] = exclusion;
  }
  return { values: values as unknown as KpiFigures, mentees, unpooled, issues };
}

function exclusionOf(
  kind: KpiKind,
  into: KpiRead,
  unresolved: string | undefined,
  value: (token: string) => Part,
  labelOf: (token: string) => string,
): Exclusion | null {
  if (into.bad.length > 0)
    return { reason: `значение нельзя использовать: ${cellsText(into.bad)}`, code: "C005" };
  if (into.missing.length > 0)
    return { reason: `не заполнено: ${cellsText(into.missing.map((m) => m.cell))}`, code: "C006" };
  if (into.tooBig.length > 0)
    return { reason: `числитель больше знаменателя: ${cellsText(into.tooBig)}`, code: "C006" };
  if (unresolved !== undefined) return { reason: unresolved, code: "C007" };
  const lacking = NEEDED[kind].filter((t) => value(t) === null);
  if (kind === "satisfaction")
    for (const side of ["mentor", "mentee"])
      if ((value(`${side}.n`) ?? 0) > 0 && value(`${side}.mean`) === null) lacking.push(`${side}.mean`);
  if (lacking.length === 0) return null;
  const names = lacking.map((t) => `«${labelOf(t)}»`).join(", ");
  return { reason: `в форме нет нужной для свода части: ${names}`, code: null };
}

/** The KPI's figures from its part values (forms.md, "Given and pooled"). */
function figuresOf(
  kind: KpiKind,
  target: number | null,
  value: (token: string) => Part,
  tokens: readonly string[],
): unknown {
  const counts = (prefix: string): Counts | null => {
    const mine = tokens.filter((t) => t.startsWith(prefix));
    if (mine.length === 0) return null;
    const out: Record<string, number> = {};
    for (const t of mine) {
      const v = value(t);
      if (v !== null && v >= 1) out[t.slice(prefix.length)] = v;
    }
    return out;
  };
  const share = () => {
    const numerator = value("numerator");
    const denominator = value("denominator");
    return { numerator, denominator, value: shareValue(numerator, denominator), target };
  };
  switch (kind) {
    case "share":
      return share();
    case "plan":
      return { ...share(), overdue: value("overdue") };
    case "groups":
      return {
        value: value("value"),
        links: value("links"),
        byForm: counts("byForm:"),
        byKind: counts("byKind:"),
      };
    case "load": {
      const mentors = value("mentors");
      const mentees = value("mentees");
      return {
        mentors,
        mean: mentors === null || mentees === null || mentors === 0 ? null : mentees / mentors,
        median: null,
        max: null,
        overLimit: value("overLimit"),
      };
    }
    case "count":
      return { value: value("value") };
    case "satisfaction":
      return {
        mentor: { mean: value("mentor.mean"), n: value("mentor.n") },
        mentee: { mean: value("mentee.mean"), n: value("mentee.n") },
      };
  }
}
