/**
 * A municipal folder made by our own generator (fixtures/municipal_folder.py, openpyxl) together
 * with the figures a person works out by hand from how each file was built — never from the
 * project's output. Schools are built from a few counts (see the generator); forms carry the
 * values typed into them.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnik } from "../cli/run";

export const GENERATOR = join(REPO_ROOT, "tests/consolidation/fixtures/municipal_folder.py");

export interface SchoolSpec {
  readonly type: "school";
  readonly path: string;
  readonly seed: number;
  readonly code: string;
  readonly name: string;
  readonly municipality: string;
  readonly asOf: string;
  readonly staff: number | string;
  readonly pupils: number;
  readonly mentored: number;
  readonly without: number;
  readonly groups: number;
  readonly groupSize: number;
  readonly docs: number;
  readonly plan: readonly [number, number];
  readonly unknownMentors?: number;
  readonly mtime?: number;
}

export type Item =
  SchoolSpec | { readonly type: string; readonly path: string; readonly [k: string]: unknown };

/** Shares by hand: [numerator, denominator]. */
export type Shares = Partial<Record<string, readonly [number, number]>>;

/** What a school spec needs besides its defaults: its file (in `folder`), names seed and code. */
export type SchoolOf = Partial<SchoolSpec> & Pick<SchoolSpec, "path" | "seed" | "code">;

/**
 * Schools of one folder and municipality: a clean school of D 02.12.2024 with 30 teachers, two
 * young teachers with a mentor and one without, a group of three pupils, 4 documents of 5, a road
 * map done 2 of 3 — each test overrides what it is about. `path` is a file name in `folder`.
 */
export function schoolsIn(folder: string, municipality: string, defaults: Partial<SchoolSpec> = {}) {
  return (o: SchoolOf): SchoolSpec => ({
    type: "school",
    name: `МБОУ «Школа ${o.code}»`,
    municipality,
    asOf: "2024-12-02",
    staff: 30,
    pupils: 400,
    mentored: 2,
    without: 1,
    groups: 1,
    groupSize: 3,
    docs: 4,
    plan: [2, 3],
    ...defaults,
    ...o,
    path: join(folder, o.path),
  });
}

/** What a person counts from one input: the figures it gives, and the KPIs it leaves out. */
export interface Hand {
  readonly shares: Shares;
  readonly groups: {
    value: number;
    links: number | null;
    byForm: Record<string, number>;
    byKind: Record<string, number> | null;
  } | null;
  readonly load: { mentors: number; mentees: number; overLimit: number | null } | null;
  readonly satisfaction: { mentor: [number, number]; mentee: [number, number] } | null;
  readonly overdue: number | null;
  /** KPIs not pooled for this input beyond a denominator of 0 (C004, C005–C007, not given). */
  readonly out: ReadonlySet<string>;
  /** A form: pooled mentor_load has no median or max. */
  readonly isForm: boolean;
}

/** The figures of a school built by the generator (its docstring says how). */
export function handOfSchool(s: SchoolSpec): Hand {
  const { mentored: k, without: m, groups: g, groupSize: n } = s;
  const activeMentors = k + g;
  const links = k + g * n;
  const staff = typeof s.staff === "number" ? s.staff : 0;
  return {
    shares: {
      young_mentored: [k, k + m],
      teachers_involved: [2 * k, staff],
      students_involved: [g * (1 + n), s.pupils],
      formalized: [k, links],
      consent: [activeMentors, activeMentors],
      personal_program: [k, links],
      completed: [0, 0],
      retention: [0, 0],
      mentors_trained: [k, activeMentors],
      mentors_rewarded: [0, activeMentors],
      plan_done: [s.plan[0], s.plan[1]],
      documents: [s.docs, 5],
    },
    groups: {
      value: k + g,
      links,
      byForm: { ...(k > 0 ? { "Учитель – учитель": k } : {}), ...(g > 0 ? { "Ученик – ученик": g } : {}) },
      byKind: {
        ...(k > 0 ? { "Традиционное (один на один)": k } : {}),
        ...(g > 0 ? { Групповое: g } : {}),
      },
    },
    load: { mentors: activeMentors, mentees: k + g * n, overLimit: n > 3 ? g : 0 },
    satisfaction: { mentor: [9 * k, k], mentee: [8 * k, k] },
    overdue: 0,
    // «уточняется» is no count: no denominator from «Сведения» (C004).
    out: new Set(typeof s.staff === "number" ? [] : ["teachers_involved"]),
    isForm: false,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const addCounts = (a: Record<string, number>, b: Record<string, number>) => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/** The pooled total a person makes by hand from the pooled inputs (kpi.md, Aggregation). */
export function handTotal(inputs: readonly Hand[]) {
  const shares: Record<string, [number, number]> = {};
  for (const id of new Set(inputs.flatMap((h) => Object.keys(h.shares)))) {
    const used = inputs.filter((h) => !h.out.has(id) && h.shares[id] !== undefined && h.shares[id]![1] > 0);
    shares[id] = [sum(used.map((h) => h.shares[id]![0])), sum(used.map((h) => h.shares[id]![1]))];
  }
  const withGroups = inputs.filter((h) => h.groups !== null && !h.out.has("active_groups"));
  const withLoad = inputs.filter((h) => h.load !== null && !h.out.has("mentor_load"));
  const withRatings = inputs.filter((h) => h.satisfaction !== null && !h.out.has("satisfaction"));
  const mentors = sum(withLoad.map((h) => h.load!.mentors));
  const mentees = sum(withLoad.map((h) => h.load!.mentees));
  const side = (k: "mentor" | "mentee") => {
    const n = sum(withRatings.map((h) => h.satisfaction![k][1]));
    return { mean: n === 0 ? null : sum(withRatings.map((h) => h.satisfaction![k][0])) / n, n };
  };
  const links = withGroups.some((h) => h.groups!.links === null)
    ? null
    : sum(withGroups.map((h) => h.groups!.links!));
  const byKind = withGroups.some((h) => h.groups!.byKind === null)
    ? null
    : withGroups.reduce((a, h) => addCounts(a, h.groups!.byKind!), {} as Record<string, number>);
  return {
    shares,
    groups: {
      value: sum(withGroups.map((h) => h.groups!.value)),
      links,
      byForm: withGroups.reduce((a, h) => addCounts(a, h.groups!.byForm), {} as Record<string, number>),
      byKind,
    },
    load: {
      mentors,
      mean: mentors === 0 ? null : mentees / mentors,
      formPooled: withLoad.some((h) => h.isForm),
      overLimit: withLoad.some((h) => h.load!.overLimit === null)
        ? null
        : sum(withLoad.map((h) => h.load!.overLimit!)),
    },
    satisfaction: { mentor: side("mentor"), mentee: side("mentee") },
  };
}

/** Writes every item: the blank form by the project (`nastavnik form`), the rest by openpyxl. */
export function generate(dir: string, items: readonly Item[]): void {
  const spec = join(dir, "spec.json");
  writeFileSync(spec, JSON.stringify({ files: items }), "utf8");
  execFileSync(PYTHON, [GENERATOR, spec], { stdio: "pipe", timeout: 120_000 });
}

/** The product's blank form, as a municipality downloads it. */
export function blankForm(path: string, municipality: string): void {
  const r = nastavnik(["form", "-o", path, "--municipality", municipality, "--force"]);
  if (r.code !== 0) throw new Error(`nastavnik form: ${r.stderr}`);
}

/** A school's «Данные отчёта» export, written by `nastavnik report` as a school would. */
export function exportOf(workbook: string, out: string): void {
  const r = nastavnik(["report", workbook, "-o", out, "--force"]);
  // 1: written, the school's file has error-level issues (the export carries their count).
  if (r.code !== 0 && r.code !== 1) throw new Error(`nastavnik report: ${r.stdout}${r.stderr}`);
}

/** Shares as JSON gives them: [numerator, denominator] of every share KPI of a `kpis` object. */
export const sharesOf = (kpis: Record<string, any>, ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, [kpis[id].numerator, kpis[id].denominator]]));
