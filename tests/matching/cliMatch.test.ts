/**
 * `nastavnik match` on a demo school written by `init --demo` and on a sample written by another
 * program (openpyxl): the cli.md «Matching» JSON shape, young specialists (the M001 list) first,
 * only consenting mentors, and a Russian report for people.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateWorkbook } from "../../src/domain/engine";
import { matchPool } from "../../src/domain/matching/pool";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { nastavnik, nastavnikJson } from "../cli/run";
import { sample } from "../paths";

const CRITERIA = ["subject", "category", "capacity", "experience", "qualification", "training"];
const dir = mkdtempSync(join(tmpdir(), "nastavnik-match-"));
const demo = join(dir, "demo.xlsx");

beforeAll(() => {
  expect(nastavnik(["init", demo, "--demo"]).code).toBe(0);
});

function expectMatchingShape(file: any): void {
  expect(Object.keys(file)).toEqual(["file", "suggestions", "assignment", "unassigned"]);
  for (const s of file.suggestions) {
    expect(Object.keys(s)).toEqual(["mentee", "row", "candidates"]);
    expect(s.candidates.length).toBeLessThanOrEqual(3);
    const scores = s.candidates.map((c: any) => c.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    for (const c of s.candidates) {
      expect(Object.keys(c)).toEqual(["mentor", "score", "reasons"]);
      expect(Object.keys(c.reasons)).toEqual(CRITERIA);
      for (const v of [c.score, ...Object.values(c.reasons)]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  }
  for (const a of file.assignment) expect(Object.keys(a)).toEqual(["mentee", "mentor", "score"]);
  for (const u of file.unassigned) {
    expect(Object.keys(u)).toEqual(["mentee", "reason"]);
    expect(u.reason).toMatch(/^[А-ЯЁ]/);
  }
  // Every mentee of the suggestions is either assigned or unassigned, exactly once.
  const placed = [...file.assignment, ...file.unassigned].map((x: any) => x.mentee).sort();
  expect(placed).toEqual(file.suggestions.map((s: any) => s.mentee).sort());
}

/** What the engine itself says about the file: M001 rows, consenting mentors, free places. */
async function facts(path: string) {
  const r = evaluateWorkbook(await readWorkbookFile(path));
  const pool = matchPool(r.analysis);
  return {
    free: new Map(pool.mentors.map((m, j) => [m.name, pool.free[j]])),
    m001: r.issues.filter((i) => i.code === "M001").map((i) => i.row),
    consenting: new Set(r.analysis.mentors.filter((m) => m.consent === true).map((m) => m.name)),
    plannedRows: new Set(
      r.analysis.pairs.filter((f) => f.pair.status === "Планируется" && f.mentee).map((f) => f.mentee!.row),
    ),
  };
}

describe.each([
  ["the demo school", demo],
  ["school-03 (a sample with mistakes, no tables)", sample("school-03.xlsx")],
])("nastavnik match --json on %s", (_name, path) => {
  let once: { code: number; json: any } | undefined;
  const run = () => (once ??= nastavnikJson(["match", path]));

  test("prints the cli.md «Matching» shape", () => {
    const { json } = run();
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toBe(path);
    expectMatchingShape(json.files[0]);
  });

  test("young specialists come first: the M001 list, less those already planned", async () => {
    const { json } = run();
    const f = await facts(path);
    const rows = json.files[0].suggestions.map((s: any) => s.row);
    const young = f.m001.filter((row) => !f.plannedRows.has(row!));
    expect(rows.slice(0, young.length)).toEqual(young);
    expect(rows.slice(young.length).some((row: number) => f.m001.includes(row))).toBe(false);
  });

  test("suggests and assigns only mentors with consent, each within the free places", async () => {
    const { json } = run();
    const f = await facts(path);
    const file = json.files[0];
    for (const s of file.suggestions)
      for (const c of s.candidates) expect(f.consenting.has(c.mentor)).toBe(true);
    for (const a of file.assignment) expect(f.consenting.has(a.mentor)).toBe(true);
    const taken = new Map<string, number>();
    for (const a of file.assignment) taken.set(a.mentor, (taken.get(a.mentor) ?? 0) + 1);
    for (const [mentor, n] of taken) expect([mentor, n <= f.free.get(mentor)!]).toEqual([mentor, true]);
  });
});

test("school-03: the three young specialists without a pair get a mentor each", () => {
  const { code, json } = nastavnikJson(["match", sample("school-03.xlsx")]);
  expect(code).toBe(1); // the file's own error-level issues, as for check and kpi
  const file = json.files[0];
  expect(file.suggestions.map((s: any) => [s.mentee, s.row])).toEqual([
    ["Макарова Светлана Александровна", 7],
    ["Новиков Артём Николаевич", 9],
    ["Семёнова Дарья Александровна", 11],
  ]);
  expect(file.assignment).toHaveLength(3);
  expect(file.unassigned).toEqual([]);
});

test("the Russian report names the mentees, the candidates with reasons and the draft", () => {
  const r = nastavnik(["match", sample("school-03.xlsx")]);
  expect(r.stdout).toContain("без наставника: 3 (молодых специалистов: 3)");
  expect(r.stdout).toContain("Макарова Светлана Александровна (строка 7, молодой специалист)");
  expect(r.stdout).toContain("тот же предмет — русский язык");
  expect(r.stdout).toContain("Подобрать всем");
  expect(r.stdout).toMatch(/Макарова Светлана Александровна → .+ {2}\d,\d\d {2}«Учитель – учитель»/);
});

test("an unreadable file is reported with an error and exit code 2, the others still matched", () => {
  const { code, json } = nastavnikJson(["match", join(dir, "нет-такого.xlsx"), demo]);
  expect(code).toBe(2);
  expect(json.files[0]).toMatchObject({ suggestions: [], assignment: [], unassigned: [] });
  expect(json.files[0].error).toMatch(/[А-Яа-я]/);
  expectMatchingShape(json.files[1]);
});
