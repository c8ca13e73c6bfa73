/**
 * «Данные отчёта» carries the school's snapshots upward as the section «Срезы» (measure code,
 * `YYYY-MM-DD:numerator` / `YYYY-MM-DD:denominator`): written, read back — from the plan and from
 * a real .xlsx written by the CLI's writer — to the same history; an export without the section
 * reads as before, and rows that cannot be read are left out rather than guessed at.
 */
import type { RawCell, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { evaluateWorkbook } from "../../src/domain/engine";
import type { PlanValue, TablePlan } from "../../src/domain/plan/writePlan";
import { parseReportData, REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import { reportPlan } from "../../src/domain/report/reportPlan";
import { snapshotsUpTo } from "../../src/domain/report/trend";
import { snapshotMeasures } from "../../src/domain/snapshots/measures";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { day } from "../domain/builders";
import { MESSY, school as schoolFile } from "../fixtures/schoolFiles";
import { figuresAt, withSnapshots } from "../snapshots/trendSupport";
import { reportable } from "./support";

const TODAY = day("2025-01-20");
const raw = (v: PlanValue): RawCell => (v === null || typeof v !== "object" ? v : null);
const asGrid = (t: TablePlan, rows = t.rows): SheetGrid => ({
  name: REPORT_DATA_SHEET,
  firstRow: 1,
  firstCol: 1,
  rows: [[...t.headers], ...rows.map((r) => r.map(raw))],
});

let plain: WorkbookGrid;
let grid: WorkbookGrid;
let t: TablePlan;
beforeAll(async () => {
  plain = await readWorkbookFile(schoolFile(MESSY));
  // D of the messy school is 20.12.2024: the snapshot of 15.01.2025 belongs to a later report.
  grid = withSnapshots(plain, ["2024-09-15", "2024-10-01", "2025-01-15"]);
  const plan = reportPlan(reportable(evaluateWorkbook(grid)), TODAY);
  t = plan.sheets.find((s) => s.name === REPORT_DATA_SHEET)!.tables![0] as TablePlan;
});

const snapshotLines = () => t.rows.filter((r) => r[0] === "Срезы");

test("the section «Срезы»: two rows per measure and date up to D, after the other sections", () => {
  const lines = snapshotLines();
  expect(lines).toHaveLength(2 * 2 * snapshotMeasures.length);
  const young = figuresAt(plain, "2024-09-15").get("young_mentored")!;
  expect(lines.slice(0, 2)).toEqual([
    ["Срезы", "young_mentored", "2024-09-15:numerator", young.numerator],
    ["Срезы", "young_mentored", "2024-09-15:denominator", young.denominator],
  ]);
  // Of its 7 young specialists, Алексеева, Воробьёв and Кудрявцева had an active pair on 15.09.
  expect(young).toEqual({ numerator: 3, denominator: 7 });
  // A count has no denominator: its row is there, empty.
  expect(lines).toContainEqual(["Срезы", "active_groups", "2024-10-01:denominator", null]);
  expect(lines.some((r) => String(r[2]).startsWith("2025-01-15"))).toBe(false);
  const first = t.rows.findIndex((r) => r[0] === "Срезы");
  expect(t.rows.slice(first).every((r) => r[0] === "Срезы")).toBe(true);
});

test("read back: the history up to D, each figure the engine's at that date", () => {
  const back = parseReportData(asGrid(t))!;
  const r = evaluateWorkbook(grid);
  expect(back.snapshots).toEqual(snapshotsUpTo(r.wb.snapshots.rows, r.asOf));
  expect(back.snapshots.map((s) => s.date)).toEqual([day("2024-09-15"), day("2024-10-01")]);
  back.snapshots.forEach((s, i) =>
    expect(new Map(s.figures)).toEqual(figuresAt(plain, ["2024-09-15", "2024-10-01"][i])),
  );
  // The rest of the export is unchanged by the section.
  expect(back.values).toEqual(r.kpis!.values);
});

test("through a real .xlsx written by the file writer, the history survives", async () => {
  const plan = reportPlan(reportable(evaluateWorkbook(grid)), TODAY);
  const file = await readWorkbookGrid(await writePlanToBuffer(plan));
  const back = parseReportData(file.sheets.find((s) => s.name === REPORT_DATA_SHEET)!)!;
  expect(back.snapshots).toEqual(parseReportData(asGrid(t))!.snapshots);
  expect(back.snapshots).toHaveLength(2);
});

test("an export written before the section existed parses as before, with no history", () => {
  const older = t.rows.filter((r) => r[0] !== "Срезы");
  const back = parseReportData(asGrid(t, older))!;
  expect(back.snapshots).toEqual([]);
  expect(back.values).toEqual(parseReportData(asGrid(t))!.values);
  expect(back.pool).toEqual(parseReportData(asGrid(t))!.pool);
});

test("rows that cannot be read are left out; a date given twice keeps the later row", () => {
  const rows: (readonly PlanValue[])[] = [
    ...t.rows.filter((r) => r[0] !== "Срезы"),
    ["Срезы", "young_mentored", "2024-10-01:numerator", 5],
    ["Срезы", "young_mentored", "2024-10-01:denominator", 8],
    ["Срезы", "young_mentored", "2024-10-01:numerator", 6], // a later correction
    ["Срезы", "no_such_kpi", "2024-10-01:numerator", 1],
    ["Срезы", "teachers_involved", "2024-13-01:numerator", 1],
    ["Срезы", "teachers_involved", "2024-10-01:числитель", 1],
    ["Срезы", "students_involved", "2024-10-01:numerator", "много"],
    ["Срезы", "students_involved", "2024-10-01:denominator", 900],
    ["Срезы", "consent", "2024-10-01:denominator", 4], // no numerator
    ["Срезы", "overdue", "2024-10-01:numerator", -1],
    ["Срезы", "active_groups", "2024-10-01:numerator", 7],
  ];
  const back = parseReportData(asGrid(t, rows))!;
  expect(back.snapshots).toHaveLength(1);
  expect(back.snapshots[0].date).toBe(day("2024-10-01"));
  expect(new Map(back.snapshots[0].figures)).toEqual(
    new Map([
      ["young_mentored", { numerator: 6, denominator: 8 }],
      ["active_groups", { numerator: 7, denominator: null }],
    ]),
  );
});
