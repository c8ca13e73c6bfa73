/**
 * The breakdown tables of «Мониторинг»: exact counts on a built school, and on every workbook
 * totals that agree with the KPIs they break down.
 */
import type { SheetPlan, TablePlan } from "../../src/domain/plan/writePlan";
import { MAX_LOAD_ROWS, loadDistribution, NO_REASON } from "../../src/domain/report/breakdowns";
import { REPORT_TABLES } from "../../src/domain/report/monitoringTables";
import type { ReportableResult } from "../../src/domain/report/reportModel";
import { monitoringOnlyPlan } from "../../src/domain/report/reportPlan";
import { day } from "../domain/builders";
import { newTables } from "./planCells";
import { evaluate } from "../domain/evaluate";
import { busySchool, loadSample, reportable, SAMPLES, type Loaded } from "./support";

const sheetOf = (r: ReportableResult): SheetPlan => monitoringOnlyPlan(r, day("2024-12-23")).sheets[0];
const rowsOf = (s: SheetPlan, name: string) => (newTables(s).find((t) => t.name === name) as TablePlan).rows;
const sum = (rows: readonly (readonly unknown[])[], col: number) =>
  rows.reduce((n, r) => n + (r[col] as number), 0);

describe("a built school with every breakdown populated", () => {
  let s: SheetPlan;
  beforeAll(() => {
    s = sheetOf(busySchool().result);
  });

  test("groups by form and by kind, counted once per group", () => {
    expect(rowsOf(s, REPORT_TABLES.byForm)).toEqual([
      ["Учитель – учитель", 6],
      ["Ученик – ученик", 1],
    ]);
    expect(rowsOf(s, REPORT_TABLES.byKind)).toEqual([
      ["Традиционное (один на один)", 5],
      ["Групповое", 2],
    ]);
  });

  test("mentors per load, as text categories, up to the heaviest load (the norm of 3 in view)", () => {
    expect(rowsOf(s, REPORT_TABLES.load)).toEqual([
      ["1", 2],
      ["2", 1],
      ["3", 0],
      ["4", 1],
    ]);
  });

  test("outcomes this school year: completed, and terminated by reason (a missing reason says so)", () => {
    // The reason last, so a long one reads on into the empty columns beside the table when printed.
    expect(rowsOf(s, REPORT_TABLES.outcomes)).toEqual([
      ["Завершена", 1, "—"],
      ["Прекращена", 1, "По инициативе наставляемого"],
      ["Прекращена", 1, NO_REASON],
    ]);
  });

  test("road map by stage: done, not done, due, overdue (before D), later; an unknown stage apart", () => {
    expect(rowsOf(s, REPORT_TABLES.roadmap)).toEqual([
      ["Подготовительный", 1, 0, 1, 0, 0],
      ["Диагностический", 0, 1, 1, 1, 0],
      ["Реализационный", 0, 1, 1, 0, 0],
      ["Рефлексивно-аналитический", 0, 0, 0, 0, 1],
      ["Не распознано", 1, 0, 1, 0, 0],
    ]);
  });
});

test("no active pair: each table still has a row, saying so", () => {
  const s = sheetOf(reportable(evaluate({})));
  expect(rowsOf(s, REPORT_TABLES.byForm)).toEqual([["нет действующих пар и групп", 0]]);
  expect(rowsOf(s, REPORT_TABLES.outcomes)).toEqual([
    ["Завершена", 0, "—"],
    ["Прекращена", 0, "—"],
  ]);
  expect(rowsOf(s, REPORT_TABLES.load)).toEqual([
    ["1", 0],
    ["2", 0],
    ["3", 0],
  ]);
});

test("an absurd load shares one last row, so the table stays short", () => {
  const rows = loadDistribution({ loads: [1, 2, 40, 12], mentorScores: [], menteeScores: [] }, 3);
  expect(rows).toHaveLength(MAX_LOAD_ROWS);
  expect(rows[MAX_LOAD_ROWS - 1]).toEqual({ label: `${MAX_LOAD_ROWS} и более`, count: 2 });
  expect(rows.reduce((n, r) => n + r.count, 0)).toBe(4);
});

describe.each([...SAMPLES, "built school"])("totals agree with the KPIs: %s", (label) => {
  let l: Loaded;
  let s: SheetPlan;
  beforeAll(async () => {
    l = label === "built school" ? busySchool() : await loadSample(label);
    s = sheetOf(l.result);
  });

  test("groups by form and by kind each sum to active_groups", () => {
    const v = l.result.kpis.values.active_groups;
    expect(sum(rowsOf(s, REPORT_TABLES.byForm), 1)).toBe(v.value);
    expect(sum(rowsOf(s, REPORT_TABLES.byKind), 1)).toBe(v.value);
    for (const [form, n] of Object.entries(v.byForm))
      expect(rowsOf(s, REPORT_TABLES.byForm)).toContainEqual([form, n]);
  });

  test("the load distribution counts every mentor of mentor_load", () => {
    expect(sum(rowsOf(s, REPORT_TABLES.load), 1)).toBe(l.result.kpis.values.mentor_load.mentors);
  });

  test("outcomes split completed: completed = numerator, terminated = denominator − numerator", () => {
    const c = l.result.kpis.values.completed;
    const rows = rowsOf(s, REPORT_TABLES.outcomes);
    expect(
      sum(
        rows.filter((r) => r[0] === "Завершена"),
        1,
      ),
    ).toBe(c.numerator);
    expect(
      sum(
        rows.filter((r) => r[0] === "Прекращена"),
        1,
      ),
    ).toBe(c.denominator - c.numerator);
  });

  test("the road map sums to plan_done: done, due and overdue", () => {
    const p = l.result.kpis.values.plan_done;
    const rows = rowsOf(s, REPORT_TABLES.roadmap);
    expect([sum(rows, 1), sum(rows, 3), sum(rows, 4)]).toEqual([p.numerator, p.denominator, p.overdue]);
    for (const r of rows) expect((r[1] as number) + (r[2] as number)).toBe(r[3]);
  });
});
