/**
 * `nastavnik match` on a demo school written by `init --demo` and on schools written by another
 * program (openpyxl, tests/fixtures/make_schools.py): the cli.md «Matching» JSON shape, young specialists (the M001 list) first,
 * only consenting mentors, and a Russian report for people.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateWorkbook } from "../../src/domain/engine";
import { matchPool } from "../../src/domain/matching/pool";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { nastavnik, nastavnikJson } from "../cli/run";
import { MESSY, MISTAKES, school } from "../fixtures/schoolFiles";

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
  ["the messy school (no tables, title rows, aliases)", school(MESSY)],
  [
    "the school with mistakes (its only young specialist without a pair waits for a planned one)",
    school(MISTAKES),
  ],
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

test("the messy school: every mentee without a pair gets a mentor, young specialists first", () => {
  const { code, json } = nastavnikJson(["match", school(MESSY)]);
  expect(code).toBe(0); // no error-level issues in the file, as for check and kpi
  const file = json.files[0];
  // The three young specialists of M001 first (Кудрявцева, row 10: her pair was terminated on
  // 01.11.2024; Никитина and Осипова, rows 13–14, have none), then Мельникова (row 12, a student
  // whose short programme ended on 29.11.2024) and Павленко (row 15, стаж 5, no pair). Four
  // teacher mentors have 7 free places between them: everyone is placed.
  expect(file.suggestions.map((s: any) => [s.mentee, s.row])).toEqual([
    ["Кудрявцева Ольга Дмитриевна", 10],
    ["Никитина Алина Юрьевна", 13],
    ["Осипова Дарья Ильинична", 14],
    ["Мельникова Ксения Павловна", 12],
    ["Павленко Игорь Сергеевич", 15],
  ]);
  expect(file.assignment).toHaveLength(5);
  expect(file.unassigned).toEqual([]);
});

test("the Russian report names the mentees, the candidates with reasons and the draft", () => {
  const r = nastavnik(["match", school(MESSY)]);
  expect(r.stdout).toContain("без наставника: 5 (молодых специалистов: 3)");
  expect(r.stdout).toContain("Кудрявцева Ольга Дмитриевна (строка 10, молодой специалист)");
  // Ткаченко teaches mathematics, like Кудрявцева.
  expect(r.stdout).toContain("тот же предмет — математика");
  expect(r.stdout).toContain("Подобрать всем");
  expect(r.stdout).toMatch(/Кудрявцева Ольга Дмитриевна → .+ {2}\d,\d\d {2}«Учитель – учитель»/);
});

test("an unreadable file is reported with an error and exit code 2, the others still matched", () => {
  const { code, json } = nastavnikJson(["match", join(dir, "нет-такого.xlsx"), demo]);
  expect(code).toBe(2);
  expect(json.files[0]).toMatchObject({ suggestions: [], assignment: [], unassigned: [] });
  expect(json.files[0].error).toMatch(/[А-Яа-я]/);
  expectMatchingShape(json.files[1]);
});
