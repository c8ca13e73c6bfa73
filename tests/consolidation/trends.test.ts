/**
 * The schools' snapshots pooled by date (kpi.md, Aggregation: numerators and denominators summed,
 * never shares averaged): the tidy school as a full workbook with snapshots on 15.09 and 01.10, the
 * school with mistakes as its depersonalised «Данные отчёта» export carrying snapshots on 01.10 and
 * 15.11, the messy school without any. Every expected figure is the engine's own, evaluating the school at that date.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../../src/domain/consolidation/consolidationPlan";
import { type ConsolidationInput, unreadableInput } from "../../src/domain/consolidation/input";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import type { PooledFigure } from "../../src/domain/consolidation/trends";
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import { PERCENT_FORMAT, type SheetPlan, type TablePlan } from "../../src/domain/plan/writePlan";
import { REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import { reportPlan } from "../../src/domain/report/reportPlan";
import { figureValue, snapshotMeasures, type Figure } from "../../src/domain/snapshots/measures";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { consolidationJson } from "../../src/cli/consolidateJson";
import { unreadableIssue } from "../../src/cli/loadFile";
import { day } from "../domain/builders";
import { MESSY, MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { chartRect, newTables, overlaps, parseRange, PlanGrid, tableRect } from "../report/planCells";
import { reportable } from "../report/support";
import { figuresAt, withSnapshots } from "../snapshots/trendSupport";
import { reportDataGrid } from "./support";

const COVERAGE = ["young_mentored", "teachers_involved", "students_involved"] as const;

/** A school's depersonalised export: «Мониторинг» and «Данные отчёта», as the report writes them. */
function exportOf(grid: WorkbookGrid): WorkbookGrid {
  const plan = reportPlan(reportable(evaluateWorkbook(grid)), day("2025-01-20"));
  const data = plan.sheets.find((s) => s.name === REPORT_DATA_SHEET)!.tables![0] as TablePlan;
  return {
    sheets: [
      { name: "Мониторинг", firstRow: 1, firstCol: 1, rows: [["Мониторинг"]] },
      reportDataGrid(data.rows),
    ],
    date1904: false,
  };
}

/** The sum of the schools' figures of each measure (null denominators stay null: counts). */
function summed(...figures: ReadonlyMap<string, Figure>[]): Map<string, PooledFigure> {
  const measureSum = (code: string) => {
    const unit = snapshotMeasures.find((m) => m.code === code)!.unit;
    const parts = figures.map((f) => f.get(code)!);
    const numerator = parts.reduce((s, f) => s + f.numerator, 0);
    const denominator = unit === "count" ? null : parts.reduce((s, f) => s + f.denominator!, 0);
    return {
      numerator,
      denominator,
      schools: parts.length,
      value: figureValue(unit, { numerator, denominator }),
    };
  };
  return new Map(snapshotMeasures.map((m) => [m.code, measureSum(m.code)]));
}

let plain: WorkbookGrid[];
let inputs: ConsolidationInput[];
let bare: ConsolidationInput[];
beforeAll(async () => {
  plain = await Promise.all([TIDY, MISTAKES, MESSY].map((n) => readWorkbookFile(school(n))));
  inputs = [
    consolidationInput("tidy.xlsx", withSnapshots(plain[0], ["2024-09-15", "2024-10-01"])),
    consolidationInput(
      "mistakes-отчёт.xlsx",
      exportOf(withSnapshots(plain[1], ["2024-10-01", "2024-11-15"])),
    ),
    consolidationInput("messy.xlsx", plain[2]),
  ];
  bare = [
    consolidationInput("tidy.xlsx", plain[0]),
    consolidationInput("mistakes-отчёт.xlsx", exportOf(plain[1])),
    consolidationInput("messy.xlsx", plain[2]),
  ];
});

test("each input carries its history: the workbook's «Срезы», the export's section, none for the messy school", () => {
  expect(inputs.map((i) => [i.kind, i.status !== "unreadable", i.snapshots.map((s) => s.date)])).toEqual([
    ["workbook", true, [day("2024-09-15"), day("2024-10-01")]],
    ["aggregate", true, [day("2024-10-01"), day("2024-11-15")]],
    ["workbook", true, []],
  ]);
  expect(new Map(Object.entries(inputs[1].snapshots[1].figures))).toEqual(figuresAt(plain[1], "2024-11-15"));
  // Plain data, as the pane's parse worker hands inputs over.
  expect(JSON.parse(JSON.stringify(inputs[0].snapshots))).toEqual(inputs[0].snapshots);
});

test("per date and measure: sums of numerators and denominators of the schools with a snapshot that day", () => {
  const c = consolidate(inputs);
  expect(c.trends.map((t) => [t.date, t.schools])).toEqual([
    [day("2024-09-15"), 1],
    [day("2024-10-01"), 2],
    [day("2024-11-15"), 1],
  ]);
  const pooled = c.trends.map((t) => new Map(Object.entries(t.figures)));
  expect(pooled[0]).toEqual(summed(figuresAt(plain[0], "2024-09-15")));
  expect(pooled[1]).toEqual(summed(figuresAt(plain[0], "2024-10-01"), figuresAt(plain[1], "2024-10-01")));
  expect(pooled[2]).toEqual(summed(figuresAt(plain[1], "2024-11-15")));
  // 01.10: young specialists 6/7 (tidy: all but Фролова, whose group starts on 14.10) and 3/4 (with
  // mistakes: Носкова's group starts on 07.10) pool to 9/11 — not the mean of the two shares.
  expect(c.trends[1].figures.young_mentored).toMatchObject({
    numerator: 9,
    denominator: 11,
    value: 9 / 11,
  });
  expect(c.trends[1].figures.young_mentored.value).not.toBeCloseTo((6 / 7 + 3 / 4) / 2, 4);
  // Today's pooled total is untouched by the history.
  expect(c.total).toEqual(consolidate(bare).total);
});

test("a school sent twice counts once in the dynamics too (the newer file, C001 on the older); an unreadable file adds nothing", () => {
  const twice = consolidate([
    inputs[0],
    { ...inputs[0], file: "tidy-копия.xlsx" },
    // Defensive: even a history on an unreadable input is never pooled.
    { ...unreadableInput("bad.xlsx", unreadableIssue("Файл пуст.")), snapshots: inputs[0].snapshots },
  ]);
  expect(twice.files[0].issues.map((i) => i.code)).toContain("C001");
  expect(twice.files.map((f) => f.pooled)).toEqual([false, true, false]);
  expect(twice.total.schools).toBe(1);
  expect(twice.trends.map((t) => t.schools)).toEqual([1, 1]);
  const one = figuresAt(plain[0], "2024-10-01");
  expect(new Map(Object.entries(twice.trends[1].figures))).toEqual(summed(one));
});

describe("«Динамика» in the municipal workbook", () => {
  let plan: ReturnType<typeof consolidationPlan>;
  let s: SheetPlan;
  let t: TablePlan;
  beforeAll(() => {
    plan = consolidationPlan(consolidate(inputs));
    s = plan.sheets.find((x) => x.name === "Динамика")!;
    t = s.tables![0] as TablePlan;
  });

  test("a generated sheet after «Итоги», replacing the previous one", () => {
    expect(plan.sheets.map((x) => [x.name, x.mode])).toEqual([
      ["Свод", "replace"],
      ["Итоги", "replace"],
      ["Динамика", "replace"],
      ["Проблемы по ОО", "replace"],
      ["Данные свода", "replace"],
    ]);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  test("table SvodTrend: date, schools with a snapshot, and each coverage KPI's pooled numerator, denominator, share", () => {
    expect(t.name).toBe("SvodTrend");
    expect(t.headers).toEqual([
      "Дата среза",
      "ОО с срезом",
      ...[
        "Молодые специалисты с наставником",
        "Педагоги в наставничестве",
        "Обучающиеся в наставничестве",
      ].flatMap((n) => [`${n}: числитель`, `${n}: знаменатель`, `${n}: доля`]),
    ]);
    const expected = [
      ["2024-09-15", 1, summed(figuresAt(plain[0], "2024-09-15"))],
      ["2024-10-01", 2, summed(figuresAt(plain[0], "2024-10-01"), figuresAt(plain[1], "2024-10-01"))],
      ["2024-11-15", 1, summed(figuresAt(plain[1], "2024-11-15"))],
    ] as const;
    expect(t.rows).toEqual(
      expected.map(([iso, n, sums]) => [
        { date: iso },
        n,
        ...COVERAGE.flatMap((id) => {
          const f = sums.get(id)!;
          return [f.numerator, f.denominator, f.numerator / f.denominator!];
        }),
      ]),
    );
    expect(t.columnFormats).toEqual([
      "dd.mm.yyyy",
      "0",
      ...COVERAGE.flatMap(() => ["0", "0", PERCENT_FORMAT]),
    ]);
  });

  test("a line chart of the pooled shares by date, over its own block, beside the table", () => {
    expect(s.charts).toHaveLength(1);
    const c = s.charts![0];
    expect(c).toMatchObject({ type: "line", seriesBy: "columns", valueAxisMax: 1 });
    const g = new PlanGrid(s);
    const cells = g.range(c.dataRange);
    expect(cells[0]).toEqual([
      "Дата среза",
      "Молодые специалисты с наставником",
      "Педагоги в наставничестве",
      "Обучающиеся в наставничестве",
    ]);
    // The same dates and shares as the table, row for row.
    const shareCols = COVERAGE.map((_, k) => 2 + 3 * k + 2);
    expect(cells.slice(1)).toEqual(t.rows.map((r) => [r[0], ...shareCols.map((j) => r[j])]));
    const chart = chartRect(c);
    expect(overlaps(chart, tableRect(t))).toBe(false);
    for (const cell of g.all())
      expect(overlaps(chart, { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col })).toBe(
        false,
      );
    expect(parseRange(c.dataRange).top).toBeGreaterThan(tableRect(t).bottom);
    expect(newTables(s)).toHaveLength(1);
  });

  test("the other sheets are exactly those of the same schools without snapshots", () => {
    const without = consolidationPlan(consolidate(bare));
    expect(without.sheets.map((x) => x.name)).toEqual(["Свод", "Итоги", "Проблемы по ОО", "Данные свода"]);
    expect(plan.sheets.filter((x) => x.name !== "Динамика")).toEqual(without.sheets);
  });
});

test("consolidate --json gains `trends` only when there is a history; the keys of cli.md stay", () => {
  const json = consolidationJson(consolidate(inputs));
  expect(Object.keys(json)).toEqual(["asOf", "files", "total", "trends"]);
  const oct = json.trends![1];
  expect(oct.date).toBe("2024-10-01");
  expect(oct.schools).toBe(2);
  expect(Object.keys(oct.measures)).toEqual(snapshotMeasures.map((m) => m.code));
  expect(oct.measures.young_mentored).toEqual({ numerator: 9, denominator: 11, value: 9 / 11, schools: 2 });
  expect(oct.measures.active_groups.denominator).toBeNull();
  const bareJson = consolidationJson(consolidate(bare));
  expect(Object.keys(bareJson)).toEqual(["asOf", "files", "total"]);
  const { trends: _trends, ...rest } = json;
  expect(rest).toEqual(bareJson);
});
