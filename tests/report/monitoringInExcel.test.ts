/**
 * «Мониторинг» built in a workbook through the Office adapter, on the fake Excel host: within the
 * sync budget (≤ 3 for the sheet with its charts), charts over the ranges the plan names, and a
 * rebuild that leaves exactly one set of tables and charts in the old sheet's place.
 */
import { PERCENT_FORMAT } from "../../src/domain/plan/writePlan";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { monitoringOnlyPlan } from "../../src/domain/report/reportPlan";
import { day } from "../domain/builders";
import { CURRENT_EXCEL, withFakeExcel, type Harness } from "../excel/harness";
import { busySchool } from "./support";

let h: Harness;
afterEach(() => h.uninstall());

const seed = {
  sheets: [
    { name: "Сведения", rows: [["Показатель", "Значение"]] },
    { name: "Пары", rows: [["№ пары/группы"]] },
  ],
};

test("built in at most 3 syncs, with its tables, formats, charts and print setup", async () => {
  h = withFakeExcel(seed, CURRENT_EXCEL);
  const plan = monitoringOnlyPlan(busySchool().result, day("2024-12-23"));
  h.fake.resetStats();
  await h.port.apply(plan);
  expect(h.fake.stats.syncs).toBeLessThanOrEqual(3);

  const sheet = h.fake.state.sheet(MONITORING_SHEET);
  const planned = plan.sheets[0];
  expect(sheet.tables.map((t) => t.name)).toEqual(planned.tables!.map((t) => t.name));
  expect(sheet.charts.map((c) => [c.name, c.source, c.title])).toEqual(
    planned.charts!.map((c) => [c.name, `${MONITORING_SHEET}!${c.dataRange}`, c.title]),
  );
  // The series take their names from the header row: value and target, not numbers.
  expect(sheet.charts[0].series).toEqual(["Значение", "Цель"]);
  expect(sheet.charts[3].series).toEqual(["Выполнено", "Не выполнено"]);
  expect(sheet.cell("B8").numberFormat).toBe(PERCENT_FORMAT);
  expect(sheet.conditionalFormats.length).toBeGreaterThanOrEqual(6);
  expect(sheet.pageLayout).toMatchObject({
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: "$1:$4",
  });
  expect(h.fake.state.activeSheet).toBe(MONITORING_SHEET);
});

test("a rebuild replaces the sheet in place: no stale table or chart", async () => {
  h = withFakeExcel(seed, CURRENT_EXCEL);
  const plan = monitoringOnlyPlan(busySchool().result, day("2024-12-23"));
  await h.port.apply(plan);
  const position = h.fake.state.sheet(MONITORING_SHEET).position;
  h.fake.resetStats();
  await h.port.apply(monitoringOnlyPlan(busySchool().result, day("2024-12-24")));
  expect(h.fake.stats.syncs).toBeLessThanOrEqual(3);

  const sheet = h.fake.state.sheet(MONITORING_SHEET);
  expect(h.fake.state.sheetNames.filter((n) => n === MONITORING_SHEET)).toHaveLength(1);
  expect(sheet.position).toBe(position);
  expect(sheet.charts).toHaveLength(4);
  expect(h.fake.state.tables.filter((t) => t.sheet === MONITORING_SHEET)).toHaveLength(
    plan.sheets[0].tables!.length,
  );
  expect(sheet.cell("E4").value).toBe(45650); // 24.12.2024: the new date of generation
});
