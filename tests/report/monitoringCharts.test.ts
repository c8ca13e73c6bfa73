/**
 * The charts of «Мониторинг» plot the table rows they are about: each range is read back from
 * the plan's cells (header row, category labels, series names), and no chart covers a table,
 * another chart, or a column right of the tables.
 */
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import type { ChartPlan, SheetPlan } from "../../src/domain/plan/writePlan";
import { monitoringOnlyPlan } from "../../src/domain/report/reportPlan";
import { day } from "../domain/builders";
import { chartRect, newTables, overlaps, parseRange, PlanGrid, tableRect } from "./planCells";
import { busySchool, loadSample, SAMPLES, type Loaded } from "./support";

const chart = (s: SheetPlan, name: string): ChartPlan => s.charts!.find((c) => c.name === name)!;

describe.each([...SAMPLES, "built school"])("%s", (label) => {
  let l: Loaded;
  let s: SheetPlan;
  let g: PlanGrid;
  beforeAll(async () => {
    l = label === "built school" ? busySchool() : await loadSample(label);
    s = monitoringOnlyPlan(l.result, day("2024-12-23")).sheets[0];
    g = new PlanGrid(s);
  });

  test("four charts with Russian titles, each named once", () => {
    expect(s.charts!.map((c) => [c.name, c.type])).toEqual([
      ["ReportChartCoverage", "barClustered"],
      ["ReportChartPairsByForm", "pie"],
      ["ReportChartMentorLoad", "columnClustered"],
      ["ReportChartRoadmap", "columnStacked"],
    ]);
    for (const c of s.charts!) expect(c.title).toMatch(/^[А-ЯЁ][а-яё]/);
  });

  test("coverage: the three coverage KPIs' value and target, from the KPI table's own rows", () => {
    const c = chart(s, "ReportChartCoverage");
    const cells = g.range(c.dataRange);
    expect(cells[0]).toEqual(["Показатель", "Значение", "Цель"]);
    const coverage = kpiCatalogue.slice(0, 3);
    expect(coverage.map((d) => d.id)).toEqual(["young_mentored", "teachers_involved", "students_involved"]);
    expect(cells.slice(1)).toEqual(
      coverage.map((d) => {
        const v = l.result.kpis.values[d.id as "young_mentored"];
        return [d.title, v.value, v.target];
      }),
    );
    expect(c.seriesBy).toBe("columns");
    expect(c.valueAxisMax).toBe(1);
  });

  test("pairs by form: every form row of its table, header included", () => {
    const c = chart(s, "ReportChartPairsByForm");
    const r = parseRange(c.dataRange);
    const t = newTables(s).find((x) => x.name === "ReportByForm")!;
    expect(r).toEqual(tableRect(t));
    expect(g.range(c.dataRange)[0]).toEqual(["Форма наставничества", "Пар и групп"]);
  });

  test("mentor load: every load row; categories are text so Excel does not plot them as a series", () => {
    const c = chart(s, "ReportChartMentorLoad");
    const t = newTables(s).find((x) => x.name === "ReportMentorLoad")!;
    expect(parseRange(c.dataRange)).toEqual(tableRect(t));
    const cells = g.range(c.dataRange);
    expect(cells[0]).toEqual(["Наставляемых у наставника", "Наставников"]);
    for (const [category, count] of cells.slice(1)) {
      expect(typeof category).toBe("string");
      expect(typeof count).toBe("number");
    }
  });

  test("road map: stages with done and not done stacked; the other columns are left out", () => {
    const c = chart(s, "ReportChartRoadmap");
    const t = newTables(s).find((x) => x.name === "ReportRoadmap")!;
    const r = parseRange(c.dataRange);
    expect(r).toEqual({ ...tableRect(t), right: t.col + 2 });
    expect(g.range(c.dataRange)[0]).toEqual(["Этап", "Выполнено", "Не выполнено"]);
  });

  test("no chart covers a table, a written cell or another chart; all stay within the tables' columns", () => {
    const charts = s.charts!.map(chartRect);
    const tables = newTables(s).map(tableRect);
    const widest = Math.max(...tables.map((t) => t.right));
    charts.forEach((c, i) => {
      for (const t of tables) expect(overlaps(c, t)).toBe(false);
      for (const other of charts.filter((_, j) => j !== i)) expect(overlaps(c, other)).toBe(false);
      for (const cell of g.all())
        expect(overlaps(c, { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col })).toBe(false);
      expect(c.right).toBeLessThanOrEqual(widest);
      expect(c.bottom - c.top).toBeGreaterThanOrEqual(14);
    });
  });
});
