/**
 * The trend parts through the Office adapter on the fake Excel host — the path that draws charts:
 * «Мониторинг» of a school with snapshots gets its trend table and a line chart whose series are
 * the three coverage shares; the municipal «Динамика» gets its table and line chart; a school's
 * «Мониторинг» rebuilt after its history is gone loses the section.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../../src/domain/consolidation/consolidationPlan";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { evaluateWorkbook } from "../../src/domain/engine";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { TREND_TABLE } from "../../src/domain/report/monitoringTables";
import { monitoringOnlyPlan } from "../../src/domain/report/reportPlan";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { day } from "../domain/builders";
import { withFakeExcel, type Harness } from "../excel/harness";
import { MESSY, TIDY, school as schoolFile } from "../fixtures/schoolFiles";
import { withSnapshots } from "../snapshots/trendSupport";
import { reportable } from "./support";

let h: Harness;
afterEach(() => h.uninstall());

const SERIES = [
  "Молодые специалисты с наставником",
  "Педагоги в наставничестве",
  "Обучающиеся в наставничестве",
];
const seed = { sheets: [{ name: "Сведения", rows: [["Показатель", "Значение"]] }] };

test("«Мониторинг» with a history: the trend table and a line chart over it, three series by name", async () => {
  const plain = await readWorkbookFile(schoolFile(TIDY));
  const grid = withSnapshots(plain, ["2024-09-15", "2024-10-01"]);
  h = withFakeExcel(seed);
  const plan = monitoringOnlyPlan(reportable(evaluateWorkbook(grid)), day("2025-01-20"));
  await h.port.apply(plan);

  const sheet = h.fake.state.sheet(MONITORING_SHEET);
  const table = h.fake.state.table(TREND_TABLE)!;
  expect(table.values).toHaveLength(3); // 15.09, 01.10 and D
  const chart = sheet.charts.find((c) => c.name === "ReportChartTrend")!;
  expect(chart.type).toBe("Line");
  expect(chart.source).toBe(`${MONITORING_SHEET}!${table.address.split("!")[1]}`);
  expect(chart.series).toEqual(SERIES);
  expect(sheet.charts).toHaveLength(5);

  // The history deleted, the rebuilt sheet is the plain one: no trend table or chart left behind.
  await h.port.apply(monitoringOnlyPlan(reportable(evaluateWorkbook(plain)), day("2025-01-21")));
  expect(h.fake.state.table(TREND_TABLE)).toBeUndefined();
  expect(h.fake.state.sheet(MONITORING_SHEET).charts).toHaveLength(4);
});

test("«Динамика» of the consolidation: the pooled table and a line chart of the shares", async () => {
  const grids = await Promise.all([TIDY, MESSY].map((n) => readWorkbookFile(schoolFile(n))));
  const c = consolidate([
    consolidationInput("a.xlsx", withSnapshots(grids[0], ["2024-10-01"])),
    consolidationInput("b.xlsx", withSnapshots(grids[1], ["2024-10-01", "2024-11-15"])),
  ]);
  h = withFakeExcel(seed);
  await h.port.apply(consolidationPlan(c));
  const sheet = h.fake.state.sheet("Динамика");
  expect(h.fake.state.table("SvodTrend")!.values).toHaveLength(2);
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0]).toMatchObject({ name: "SvodTrendLine", type: "Line", series: SERIES });
});
