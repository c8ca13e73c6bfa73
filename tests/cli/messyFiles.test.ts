/**
 * The CLI on files written by other programs: a messy workbook made with openpyxl, the same file
 * re-saved by LibreOffice, and broken files mixed with good ones.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MESSY, TIDY, school } from "../fixtures/schoolFiles";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnikJson } from "./run";

const dir = mkdtempSync(join(tmpdir(), "nastavnik-cli-"));
const messy = join(dir, "messy.xlsx");
execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/messy_school.py"), messy]);

/** KPIs of messy_school.py on its Отчётная дата 20.12.2024, computed by hand from kpi.md. */
const handComputed = {
  young_mentored: { numerator: 2, denominator: 3 }, // Ковалёва, Зуев active; Лисина without a pair
  teachers_involved: { numerator: 5, denominator: 40 }, // Петрова, Сидоров, Орлов, Ковалёва, Зуев
  students_involved: { numerator: 1, denominator: 400 }, // Громов («Ученик» → Обучающийся)
  formalized: { numerator: 1, denominator: 2 },
  consent: { numerator: 2, denominator: 2 },
  personal_program: { numerator: 0, denominator: 2 },
  completed: { numerator: 1, denominator: 1 },
  plan_done: { numerator: 1, denominator: 2, overdue: 1 },
  documents: { numerator: 2, denominator: 5 },
};

function assertMessyKpis(file: string): void {
  const { json } = nastavnikJson(["kpi", file]);
  const k = json.files[0].kpis;
  expect(json.files[0].asOf).toBe("2024-12-20");
  for (const [id, want] of Object.entries(handComputed))
    expect([id, k[id]]).toEqual([id, expect.objectContaining(want)]);
  expect(k.active_groups).toEqual({
    value: 2,
    links: 2,
    byForm: { "Учитель – учитель": 2 },
    byKind: { "Традиционное (один на один)": 2 },
  });
  expect(k.mentor_load).toEqual({ mentors: 2, mean: 1, median: 1, max: 1, overLimit: 0 });
  expect(k.overdue).toEqual({ value: 0 });
  expect(k.satisfaction).toEqual({ mentor: { mean: null, n: 0 }, mentee: { mean: null, n: 0 } });
  expect(k.retention).toMatchObject({ numerator: 0, denominator: 0, value: null });
}

describe("files written by other programs", () => {
  test("a messy openpyxl workbook: aliases, title rows, text dates, synonyms — KPIs as computed by hand", () => {
    assertMessyKpis(messy);
  });

  test("its issues name canonical sheets, worksheet rows and the text as written", () => {
    const { json } = nastavnikJson(["check", messy]);
    const issues = json.files[0].issues;
    const has = (code: string, sheet: string, row: number) =>
      expect(issues).toContainEqual(expect.objectContaining({ code, sheet, row }));
    has("R001", "Наставляемые", 7); // «Ковалева  мария андреевна» repeats row 2
    has("M001", "Наставляемые", 5); // Лисина has no pair
    has("P008", "Пары", 3); // no order for pair 2
    has("P013", "Пары", 4); // «Ученик – ученик» with a teacher as mentor
    has("L001", "План", 4); // overdue road-map event
    expect(issues.find((i: any) => i.code === "R001").sheetInFile).toBe("База наставляемых");
    // The formula-looking note is text: it is not evaluated and raises nothing.
    expect(JSON.stringify(issues)).not.toContain("HYPERLINK");
  });

  test("the same workbook re-saved by LibreOffice gives the same KPIs", () => {
    const out = join(dir, "lo");
    execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", out, messy], {
      stdio: "ignore",
      timeout: 120_000,
    });
    assertMessyKpis(join(out, "messy.xlsx"));
  });

  test("unreadable files get S003 and kpis null while the others are still processed (exit 2)", () => {
    const empty = join(dir, "empty.xlsx");
    const random = join(dir, "random.xlsx");
    const truncated = join(dir, "truncated.xlsx");
    writeFileSync(empty, "");
    writeFileSync(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    const whole = readFileSync(school(TIDY));
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    copyFileSync(school(MESSY), join(dir, "good.xlsx"));
    const files = [empty, join(dir, "good.xlsx"), random, truncated, join(dir, "missing.xlsx")];

    const check = nastavnikJson(["check", ...files]);
    expect(check.code).toBe(2);
    for (const i of [0, 2, 3, 4]) {
      const f = check.json.files[i];
      expect(f.school).toBeNull();
      expect(f.issues).toEqual([
        expect.objectContaining({ code: "S003", severity: "error", sheet: null, row: null }),
      ]);
      expect(f.issues[0].message).toMatch(/[А-Яа-я]/);
    }
    expect(check.json.files[1].errors).toBe(0);

    const kpi = nastavnikJson(["kpi", ...files]);
    expect(kpi.code).toBe(2);
    expect(kpi.json.files[0]).toMatchObject({ kpis: null, error: expect.any(String) });
    expect(kpi.json.files[1].kpis.young_mentored.denominator).toBeGreaterThan(0);
    expect(kpi.json.total.schools).toBe(1);
  });
});
