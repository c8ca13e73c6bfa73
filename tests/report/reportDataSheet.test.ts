/** «Данные отчёта» in the plan: the fixed layout as one table, read back to the engine's figures. */
import type { RawCell, SheetGrid } from "../../src/domain/grid";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { TEXT_FORMAT, type PlanValue, type TablePlan } from "../../src/domain/plan/writePlan";
import {
  parseReportData,
  REPORT_DATA_HEADERS,
  REPORT_DATA_SHEET,
  REPORT_DATA_TABLE,
  reportDataRows,
} from "../../src/domain/report/reportData";
import { reportPlan } from "../../src/domain/report/reportPlan";
import { day } from "../domain/builders";
import { busySchool, loadSample, type Loaded } from "./support";
import { MESSY } from "../fixtures/schoolFiles";

const raw = (v: PlanValue): RawCell => (v === null || typeof v !== "object" ? v : null);

function dataTable(l: Loaded): TablePlan {
  const sheet = reportPlan(l.result, day("2024-12-23")).sheets.find((s) => s.name === REPORT_DATA_SHEET)!;
  return sheet.tables![0] as TablePlan;
}

describe.each([MESSY, "built school"])("%s", (label) => {
  let l: Loaded;
  let t: TablePlan;
  beforeAll(async () => {
    l = label === "built school" ? busySchool() : await loadSample(label);
    t = dataTable(l);
  });

  test("one table ReportData at A1 with the fixed headers and the rows of reportDataRows", () => {
    const { info } = l.result.wb;
    const { values, pool } = l.result.kpis;
    expect([t.name, t.row, t.col, t.headers]).toEqual([REPORT_DATA_TABLE, 1, 1, REPORT_DATA_HEADERS]);
    const counts = {
      errors: l.result.issues.filter((i) => i.severity === "error").length,
      warnings: l.result.issues.filter((i) => i.severity === "warning").length,
    };
    expect(t.rows).toEqual(
      reportDataRows(info, l.result.asOf, l.result.analysis.schoolYear, values, pool, [], counts),
    );
    // cli.md v2: two «Отчёт» rows with the workbook's issue counts at export.
    expect(t.rows.filter((r) => r[1] === "issues")).toEqual([
      ["Отчёт", "issues", "Ошибок", counts.errors],
      ["Отчёт", "issues", "Предупреждений", counts.warnings],
    ]);
    expect(t.columnFormats).toEqual([TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, null]);
  });

  test("every KPI's numerator and denominator is there; the curator is not", () => {
    for (const def of kpiCatalogue.filter((d) => d.kind === "share" || d.kind === "plan")) {
      const fields = t.rows.filter((r) => r[1] === def.id).map((r) => r[2]);
      expect(fields).toEqual(expect.arrayContaining(["numerator", "denominator", "value", "target"]));
    }
    for (const def of kpiCatalogue) expect(t.rows.some((r) => r[1] === def.id)).toBe(true);
    expect(t.rows.some((r) => r[1] === "curator" || r[2] === "Куратор")).toBe(false);
  });

  test("read back by parseReportData: the engine's values and pooling data, exactly", () => {
    const grid: SheetGrid = {
      name: REPORT_DATA_SHEET,
      firstRow: 1,
      firstCol: 1,
      rows: [[...t.headers], ...t.rows.map((r) => r.map(raw))],
    };
    const back = parseReportData(grid)!;
    expect(back.values).toEqual(l.result.kpis.values);
    expect(back.pool).toEqual(l.result.kpis.pool);
    expect(back.asOf).toBe(l.result.asOf);
    expect(back.info.code).toBe(l.result.wb.info.code);
    expect(back.issueCounts).toEqual({
      errors: l.result.issues.filter((i) => i.severity === "error").length,
      warnings: l.result.issues.filter((i) => i.severity === "warning").length,
    });
  });
});
