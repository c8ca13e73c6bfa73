/**
 * The real municipal folder of spec v2 (../shared/samples/real/municipal, README «municipal/» and
 * expected_real.json): `consolidate municipal -o svod.xlsx` must skip the lock file, pool one file
 * per school (the re-sent БМО-21 replaces the first), read the product form, keep БМО-15's teachers
 * out (C004), and give every per-file and pooled figure listed there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nastavnik } from "../cli/run";
import { tempDir } from "../consolidation/support";
import { SHARED } from "../paths";

const REAL = join(SHARED, "samples", "real");
const FOLDER = join(REAL, "municipal");
const expected = JSON.parse(readFileSync(join(REAL, "expected_real.json"), "utf8"))["municipal/"] as {
  inputs: number;
  files: Record<
    string,
    { code: string; asOf: string; pooled: boolean; supersededBy: string | null; kpis: Record<string, any> }
  >;
  total: { schools: number; kpis: Record<string, any>; excluded: Record<string, string[]> };
};

let json: any;
let code: number;
beforeAll(() => {
  const r = nastavnik(["consolidate", FOLDER, "-o", join(tempDir("nastavnik-real-"), "svod.xlsx"), "--json"]);
  code = r.code;
  json = JSON.parse(r.stdout);
}, 120_000);

const base = (p: string | null) => (p === null ? null : (p.split("/").pop() ?? p));
const entry = (name: string) => json.files.find((f: any) => base(f.file) === name);

test("the lock file is skipped: 5 inputs, 4 pooled", () => {
  expect(json.files).toHaveLength(expected.inputs);
  expect(json.files.map((f: any) => base(f.file))).not.toContain("~$05_BMO-21_SOSH21_povtorno.xlsx");
  expect(json.total.schools).toBe(expected.total.schools);
});

test.each(Object.keys(expected.files))("%s: code, own date, pooled, replaced by, and its figures", (name) => {
  const want = expected.files[name];
  const got = entry(name);
  expect({
    code: got.school.code,
    asOf: got.asOf,
    pooled: got.pooled,
    supersededBy: base(got.supersededBy),
  }).toEqual({ code: want.code, asOf: want.asOf, pooled: want.pooled, supersededBy: want.supersededBy });
  for (const [id, figures] of Object.entries(want.kpis))
    expect({ id, ...pick(got.kpis[id], Object.keys(figures)) }).toEqual({ id, ...figures });
});

test("the pooled total and total.excluded", () => {
  for (const [id, figures] of Object.entries(expected.total.kpis))
    expect({ id, ...pick(json.total.kpis[id], Object.keys(figures)) }).toEqual({ id, ...figures });
  for (const [id, files] of Object.entries(expected.total.excluded))
    expect([id, json.total.excluded[id].map(base)]).toEqual([id, files]);
});

test("01 is replaced by 05 (C001) and its O004 does not count; 04 is a form; 03 has C004; exit 1 for 03's F002", () => {
  const first = entry("01_BMO-21_SOSH21.xlsx");
  expect(first.issues ?? null).toBeNull(); // JSON carries counts, not issues: the workbook says the rest
  const form = entry("04_BMO-30_Lesnaya_forma.xlsx");
  expect(form.kind).toBe("form");
  // KPIs the form leaves blank are «нет данных», not C006: it raises nothing.
  expect(form.errors + form.warnings).toBe(0);
  expect(code).toBe(1);
  const text = nastavnik(["consolidate", FOLDER, "-o", join(tempDir("nastavnik-real-"), "svod.xlsx")]).stdout;
  expect(text).toMatch(
    /01_BMO-21_SOSH21\.xlsx[^\n]*\n\s+не в итоге: заменён более новым файлом «[^»]*05_BMO-21_SOSH21_povtorno\.xlsx»/,
  );
  expect(text).toMatch(
    /03_BMO-15_Gorki\.xlsx[^\n]*\n(\s+[^\n]*\n)*?\s+не включено в итог: Педагоги в наставничестве: нет численности[^\n]*\(C004\)/,
  );
});

/** The fields of `o` that the expectation lists (expected_real.json leaves out what it cannot derive). */
function pick(o: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, o?.[k]]));
}
