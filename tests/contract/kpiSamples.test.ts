/** `nastavnik kpi --json` on the sample workbooks agrees with expected.json (computed independently). */
import { readFileSync } from "node:fs";
import { sample } from "./samples";
import { nastavnikJson } from "../cli/run";

const expected = JSON.parse(readFileSync(sample("expected.json"), "utf8"));
const files = Object.keys(expected.files);

function expectClose(actual: unknown, want: unknown, path: string): void {
  if (typeof want === "number") {
    expect(typeof actual).toBe("number");
    expect([path, actual as number]).toEqual([path, expect.closeTo(want, 12)]);
  } else if (want !== null && typeof want === "object") {
    expect(Object.keys(actual as object).sort()).toEqual(Object.keys(want).sort());
    for (const [k, v] of Object.entries(want))
      expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else expect([path, actual]).toEqual([path, want]);
}

describe("nastavnik kpi --json on the samples", () => {
  const { code, json } = nastavnikJson(["kpi", ...files.map(sample)]);

  test("every KPI of every sample equals the independently computed value", () => {
    expect(json.files).toHaveLength(files.length);
    json.files.forEach((f: any, i: number) => {
      const want = expected.files[files[i]];
      expect(f.school.code).toBe(want.code);
      expect(f.asOf).toBe(expected.asOf);
      expect(f.schoolYear).toBe("2024/2025");
      expectClose(f.kpis, want.kpis, files[i]);
    });
  });

  test("the top-level asOf is the latest D, and the exit code reports school-03's errors", () => {
    expect(json.asOf).toBe(expected.asOf);
    expect(code).toBe(1);
  });

  test("the pooled total sums numerators and denominators instead of averaging shares", () => {
    const total = json.total;
    expect(total.schools).toBe(3);
    for (const id of [
      "young_mentored",
      "teachers_involved",
      "formalized",
      "consent",
      "documents",
      "plan_done",
    ]) {
      const num = files.reduce((s, f) => s + expected.files[f].kpis[id].numerator, 0);
      const den = files.reduce((s, f) => s + expected.files[f].kpis[id].denominator, 0);
      expect(total.kpis[id]).toMatchObject({ numerator: num, denominator: den });
      expect(total.kpis[id].value).toBeCloseTo(num / den, 12);
    }
    const groups = files.reduce((s, f) => s + expected.files[f].kpis.active_groups.value, 0);
    expect(total.kpis.active_groups.value).toBe(groups);
    expect(total.kpis.active_groups.byForm["Учитель – учитель"]).toBe(
      files.reduce((s, f) => s + expected.files[f].kpis.active_groups.byForm["Учитель – учитель"], 0),
    );
    const mentors = files.reduce((s, f) => s + expected.files[f].kpis.mentor_load.mentors, 0);
    expect(total.kpis.mentor_load.mentors).toBe(mentors);
    const loadSum = files.reduce(
      (s, f) => s + expected.files[f].kpis.mentor_load.mean * expected.files[f].kpis.mentor_load.mentors,
      0,
    );
    expect(total.kpis.mentor_load.mean).toBeCloseTo(loadSum / mentors, 10);
  });

  test("--as-of moves every file's date and the top-level asOf", () => {
    const r = nastavnikJson(["kpi", sample("school-01.xlsx"), "--as-of", "2024-09-02"]);
    expect(r.json.asOf).toBe("2024-09-02");
    expect(r.json.files[0].asOf).toBe("2024-09-02");
    // On 2 September fewer pairs have started than on 20 December.
    expect(r.json.files[0].kpis.active_groups.value).toBeLessThan(
      expected.files["school-01.xlsx"].kpis.active_groups.value,
    );
  });
});
