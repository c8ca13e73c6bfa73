/**
 * «Проверить» through the adapter: read, validate and mark in ≤ 3 syncs; «Проверка» rewritten with a
 * link per problem; marks that come and go with the problems and never touch the user's formatting.
 */
import { checkPlan } from "../../src/domain/checks/checkPlan";
import { markName } from "../../src/domain/checks/marksPlan";
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { evaluateWorkbook } from "../../src/domain/engine";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { dayFromYmd } from "../../src/domain/values/dates";
import { withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

const asOf = dayFromYmd(2024, 12, 20);

async function check() {
  h.fake.resetStats();
  const snapshot = await h.port.readStructure();
  const result = evaluateWorkbook({
    sheets: snapshot.sheets.map((s) => s.grid),
    date1904: snapshot.date1904,
  });
  await h.port.apply(checkPlan(snapshot, result, asOf));
  return result;
}

beforeEach(async () => {
  h = withFakeExcel();
  await h.port.apply(templatePlan(demoSchool({ asOf })));
});

test("the demo school is checked and marked in at most 3 syncs", async () => {
  const result = await check();
  expect(h.fake.stats.requests).toBeLessThanOrEqual(3);
  expect(result.issues.length).toBeGreaterThan(0);

  const table = h.fake.state.table("Checks")!;
  expect(table.sheet).toBe("Проверка");
  expect(table.rowCount).toBe(result.issues.length);
  const p009 = result.issues.find((i) => i.code === "P009")!;
  const row = table.values.find((r) => r[2] === "P009")!;
  expect(row[0]).toBe("Пары");
  expect(row[3]).toBe("ошибка");
  expect(row[4]).toBe(p009.message);
  // The cell column is a working link to the problem cell.
  const rowIndex = table.values.indexOf(row);
  const linkCell = h.fake.state.sheet("Проверка").cell(`B${5 + rowIndex}`);
  expect(linkCell.formula ?? "").toContain("#'Пары'!B");

  // Marks: the error's address is in its list, and the sheet has the conditional formats.
  expect(h.fake.state.names.map((n) => n.name)).toContain(markName("pairs", "error"));
  const cfs = h.fake.state.sheet("Пары").conditionalFormats;
  expect(cfs.some((c) => JSON.stringify(c.rule).includes(markName("pairs", "error")))).toBe(true);
  const lists = h.fake.sheetValues("Справочники").flat();
  expect(lists).toContain(`B${p009.row}`);
});

test("a re-check replaces «Проверка» and the marks; fixed problems lose their mark; user fills stay", async () => {
  await check();
  await h.fake.Excel.run(async (ctx) => {
    const pairs = ctx.workbook.worksheets.getItem("Пары");
    pairs.getRange("P2").format.fill.color = "#00FF00"; // the user's own colour
    ctx.workbook.worksheets.getItem("Наставники").getRange("G9").values = [["да"]]; // consent given → P009 fixed
    await ctx.sync();
  });
  const cfsBefore = h.fake.state.sheet("Пары").conditionalFormats.length;
  const result = await check();
  expect(result.issues.some((i) => i.code === "P009")).toBe(false);
  expect(h.fake.state.tables.filter((t) => t.name.startsWith("Checks"))).toHaveLength(1);
  expect(h.fake.state.table("Checks")!.rowCount).toBe(result.issues.length);
  expect(h.fake.state.sheet("Пары").conditionalFormats.length).toBe(cfsBefore);
  expect(h.fake.state.sheet("Пары").cell("P2").fill).toBe("#00FF00");
  const lists = h.fake.sheetValues("Справочники");
  const col = lists[0].indexOf("Метки: Пары (ошибки)");
  expect(col).toBeGreaterThan(0);
  expect(
    lists
      .slice(1)
      .map((r) => r[col])
      .filter((v) => v !== "" && v !== undefined),
  ).toEqual([]);
});
