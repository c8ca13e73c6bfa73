/**
 * `nastavnik kpi --json` on the three generated school workbooks equals the figures derived by hand
 * from their rows (tests/fixtures/schoolFigures.ts), also after LibreOffice re-saved them; the total
 * sums numerators and denominators.
 */
import { AS_OF, FIGURES, SCHOOL_YEAR, shareValue } from "../fixtures/schoolFigures";
import { SCHOOL_FILES, school, schoolByLibreOffice, TIDY } from "../fixtures/schoolFiles";
import { nastavnikJson } from "./run";

const SHARES = [
  "young_mentored",
  "teachers_involved",
  "students_involved",
  "formalized",
  "consent",
  "personal_program",
  "completed",
  "retention",
  "mentors_trained",
  "mentors_rewarded",
  "plan_done",
  "documents",
] as const;

function expectFigures(kpis: any, name: (typeof SCHOOL_FILES)[number]): void {
  const want = FIGURES[name].kpis;
  for (const id of SHARES) {
    expect([name, id, kpis[id]]).toEqual([name, id, expect.objectContaining(want[id])]);
    expect([name, id, kpis[id].value]).toEqual([name, id, shareValue(want[id])]);
  }
  expect(kpis.active_groups).toEqual(want.active_groups);
  expect(kpis.mentor_load).toEqual(want.mentor_load);
  expect(kpis.overdue).toEqual(want.overdue);
  expect(kpis.satisfaction).toEqual(want.satisfaction);
  expect(kpis.young_mentored.target).toBe(0.7);
}

describe("nastavnik kpi --json on the generated schools", () => {
  const { code, json } = nastavnikJson(["kpi", ...SCHOOL_FILES.map(school)]);

  test("every KPI of every school equals the figure derived from its rows", () => {
    expect(json.files).toHaveLength(3);
    json.files.forEach((f: any, i: number) => {
      const name = SCHOOL_FILES[i];
      expect(f.file).toBe(school(name));
      expect(f.school).toEqual(FIGURES[name].school);
      expect(f.asOf).toBe(AS_OF);
      expect(f.schoolYear).toBe(SCHOOL_YEAR);
      expectFigures(f.kpis, name);
    });
  });

  test("the top-level asOf is the latest D, and the exit code reports the mistakes", () => {
    expect(json.asOf).toBe(AS_OF);
    expect(code).toBe(1);
  });

  test("the pooled total sums numerators and denominators instead of averaging shares", () => {
    const total = json.total;
    expect(total.schools).toBe(3);
    const figures = SCHOOL_FILES.map((n) => FIGURES[n].kpis);
    for (const id of SHARES) {
      const num = figures.reduce((s, f) => s + f[id].numerator, 0);
      const den = figures.reduce((s, f) => s + f[id].denominator, 0);
      expect([id, total.kpis[id]]).toEqual([
        id,
        expect.objectContaining({ numerator: num, denominator: den }),
      ]);
      expect(total.kpis[id].value).toBeCloseTo(num / den, 12);
    }
    // 8 + 5 + 5 groups; «Учитель – учитель» 5 + 3 + 3.
    expect(total.kpis.active_groups).toMatchObject({ value: 18, links: 22 });
    expect(total.kpis.active_groups.byForm["Учитель – учитель"]).toBe(11);
    // Loads 1,2,1,4,2 + 1,1,1,2,1 + 1,1,1,2,1: 15 mentors, 22 mentees, median 1, max 4, one over 3.
    expect(total.kpis.mentor_load).toEqual({ mentors: 15, mean: 22 / 15, median: 1, max: 4, overLimit: 1 });
    // Ratings 9, 5, 8, 4, 7 and 10, 6, 9, 5, 6.
    expect(total.kpis.satisfaction).toEqual({
      mentor: { mean: 33 / 5, n: 5 },
      mentee: { mean: 36 / 5, n: 5 },
    });
  });

  test("the same workbooks re-saved by LibreOffice give the same figures", () => {
    const lo = nastavnikJson(["kpi", ...SCHOOL_FILES.map(schoolByLibreOffice)]).json;
    lo.files.forEach((f: any, i: number) => expectFigures(f.kpis, SCHOOL_FILES[i]));
  });

  test("--as-of moves every file's date and the top-level asOf", () => {
    const r = nastavnikJson(["kpi", school(TIDY), "--as-of", "2024-09-10"]);
    expect(r.json.asOf).toBe("2024-09-10");
    expect(r.json.files[0].asOf).toBe("2024-09-10");
    // On 10 September only the pairs of rows 2, 3 (from 09.09), 11, 12 (from 02.09) and 14 are on:
    // № 1, 2, 8, 9, 11.
    expect(r.json.files[0].kpis.active_groups).toMatchObject({ value: 5, links: 5 });
  });
});
