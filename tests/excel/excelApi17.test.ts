/**
 * The Office adapter at the manifest's minimum, ExcelApi 1.7 (Office 2019 volume editions, Office
 * 2016 for Mac): the fake host refuses every API of a later set the way office.js does, and the
 * adapter's actions still work there — structure without dropdowns, checks, the report with its
 * charts — while each gated feature is skipped or refused by name; on 1.9 the same actions use them.
 */
import { checkPlan } from "../../src/domain/checks/checkPlan";
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { evaluateWorkbook } from "../../src/domain/engine";
import { HOST_FEATURES, MIN_EXCEL_API } from "../../src/domain/port/hostFeatures";
import { HostUnsupportedError } from "../../src/domain/port/workbookPort";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { structurePlan } from "../../src/domain/structure/repairPlan";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { listSheets } from "../../src/domain/template/sheets";
import { dayFromYmd } from "../../src/domain/values/dates";
import { buildReport } from "../../src/taskpane/hooks/useReport";
import { exportReport } from "../../src/taskpane/hooks/useReportExport";
import { withFakeExcel, type Harness } from "./harness";

const asOf = dayFromYmd(2024, 12, 20);
const today = dayFromYmd(2024, 12, 23);
const AT_MINIMUM = { requirementSets: { ExcelApi: MIN_EXCEL_API } };
const AT_1_9 = { requirementSets: { ExcelApi: "1.9" } };

let h: Harness;
afterEach(() => h.uninstall());

describe("the fake host at ExcelApi 1.7 refuses later APIs like office.js (ApiNotFound)", () => {
  const apiNotFound = expect.objectContaining({ code: "ApiNotFound" });

  test.each([
    [
      "Range.dataValidation (1.8)",
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Лист1").getRange("A1").dataValidation,
    ],
    ["Runtime.enableEvents (1.8)", (ctx: Excel.RequestContext) => (ctx.runtime.enableEvents = false)],
    [
      "suspendScreenUpdatingUntilNextSync (1.9)",
      (ctx: Excel.RequestContext) => ctx.application.suspendScreenUpdatingUntilNextSync(),
    ],
    [
      "Worksheet.pageLayout (1.9)",
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Лист1").pageLayout,
    ],
    ["WorksheetCollection.onChanged (1.9)", (ctx: Excel.RequestContext) => ctx.workbook.worksheets.onChanged],
  ])("%s", async (_name, use) => {
    h = withFakeExcel(undefined, AT_MINIMUM);
    await expect(
      Excel.run(async (ctx) => {
        use(ctx);
        await ctx.sync();
      }),
    ).rejects.toEqual(apiNotFound);
  });

  test("and answers isSetSupported by the declared set", () => {
    h = withFakeExcel(undefined, AT_MINIMUM);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    for (const feature of HOST_FEATURES) {
      expect([feature.id, Office.context.requirements.isSetSupported("ExcelApi", feature.version)]).toEqual([
        feature.id,
        false,
      ]);
    }
  });
});

test("«Создать структуру» at 1.7: every template table, no dropdowns, no error; at 1.9 with dropdowns", async () => {
  for (const [options, dropdowns] of [
    [AT_MINIMUM, false],
    [AT_1_9, true],
  ] as const) {
    h = withFakeExcel(undefined, options);
    const { plan } = structurePlan(await h.port.readStructure());
    await h.port.apply(plan);
    for (const spec of listSheets) {
      expect(h.fake.state.table(spec.table)?.headers).toEqual(spec.columns.map((c) => c.header));
    }
    const validations = listSheets.flatMap((spec) => h.fake.state.sheet(spec.name).validations);
    expect([options.requirementSets.ExcelApi, validations.length > 0]).toEqual([
      options.requirementSets.ExcelApi,
      dropdowns,
    ]);
    // No screen-update suspension asked of a host without it.
    if (!dropdowns) expect(h.fake.stats.screenUpdatingSuspensions).toBe(0);
    h.uninstall();
  }
  h = withFakeExcel();
});

describe("on the demo school at 1.7", () => {
  beforeEach(async () => {
    h = withFakeExcel(undefined, AT_MINIMUM);
    await h.port.apply(templatePlan(demoSchool({ asOf })));
  });

  test("«Проверить» reads, checks and writes «Проверка» with its marks; only the print setup is left out", async () => {
    const snapshot = await h.port.readStructure();
    const result = evaluateWorkbook({
      sheets: snapshot.sheets.map((s) => s.grid),
      date1904: snapshot.date1904,
    });
    expect(result.issues.length).toBeGreaterThan(0);
    await h.port.apply(checkPlan(snapshot, result, asOf));
    expect(h.fake.state.table("Checks")!.rowCount).toBe(result.issues.length);
    expect(h.fake.state.sheet("Пары").conditionalFormats.length).toBeGreaterThan(0);
    // Excel's default page setup: the plan's landscape fit-to-width was not attempted.
    expect(h.fake.state.sheet("Проверка").pageLayout).not.toMatchObject({ orientation: "Landscape" });
  });

  test("«Отчёт» builds «Мониторинг» with its four charts; the export is offered as a file", async () => {
    const built = await buildReport(h.port, null, today);
    expect(built).toMatchObject({ sheet: MONITORING_SHEET, charts: 4 });
    expect(h.fake.state.sheet(MONITORING_SHEET).charts).toHaveLength(4);

    const exported = await exportReport(h.port, null, today);
    expect(exported.outcome).toBe("unsupported");
    expect(exported.bytes.length).toBeGreaterThan(5_000);
    expect(h.fake.createdWorkbooks).toHaveLength(0);
  });

  test("following the user's edits is refused by name, before any round trip", async () => {
    h.fake.resetStats();
    const refusal = h.port.onUserChange(() => undefined);
    await expect(refusal).rejects.toBeInstanceOf(HostUnsupportedError);
    await expect(refusal).rejects.toThrow("WorksheetCollection.onChanged (набор API ExcelApi 1.9)");
    expect(h.fake.stats.requests).toBe(0);
  });
});

test("at 1.9 the same report gets its print setup and the writes run with events off", async () => {
  h = withFakeExcel(undefined, AT_1_9);
  await h.port.apply(templatePlan(demoSchool({ asOf })));
  await buildReport(h.port, null, today);
  expect(h.fake.state.sheet(MONITORING_SHEET).pageLayout).toMatchObject({ orientation: "Landscape" });
  expect(h.fake.stats.screenUpdatingSuspensions).toBeGreaterThan(0);
  expect(h.fake.stats.changesWithEventsEnabled).toBe(0);
  const unsubscribe = await h.port.onUserChange(() => undefined);
  await unsubscribe();
});
