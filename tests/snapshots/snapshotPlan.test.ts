/**
 * «Зафиксировать срез» through the Office adapter on the fake Excel host, on a real school file:
 * the first snapshot creates «Срезы» with its table, the next ones append below, and what is read
 * back equals the engine's figures at each date — so the change on the cards is the difference of
 * two real computations, not of two numbers the test made up.
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import { changeSince } from "../../src/domain/snapshots/change";
import { previousSnapshot, snapshotHistory } from "../../src/domain/snapshots/history";
import { figureValue, snapshotMeasures } from "../../src/domain/snapshots/measures";
import { SnapshotPlanError, snapshotPlan } from "../../src/domain/snapshots/snapshotPlan";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { withFakeExcel, type Harness } from "../excel/harness";
import { seedFromGrid } from "../excel/seedFromGrid";
import { day, rawDate, rawSheet, school } from "../domain/builders";
import { school as schoolFile, TIDY } from "../fixtures/schoolFiles";

let h: Harness;
afterEach(() => h.uninstall());

async function fix(asOf: string, fixedOn = "2026-11-23") {
  const result = evaluateWorkbook(await h.port.readWorkbook(), { asOf: day(asOf) });
  await h.port.apply(snapshotPlan(await h.port.readStructure(), result, day(fixedOn)));
  return result;
}

test("the tidy school: two snapshots create «Срезы», then append; read back they equal the engine's figures", async () => {
  h = withFakeExcel(seedFromGrid(await readWorkbookFile(schoolFile(TIDY))));
  const autumn = await fix("2024-10-01");
  const winter = await fix("2024-12-20");

  const table = h.fake.state.table("Snapshots")!;
  expect(table.values.length).toBe(2 * snapshotMeasures.length);

  const after = evaluateWorkbook(await h.port.readWorkbook());
  expect(after.wb.snapshots.problems).toEqual([]);
  const history = snapshotHistory(after.wb.snapshots.rows);
  expect(history.map((s) => s.date)).toEqual([day("2024-10-01"), day("2024-12-20")]);
  history.forEach((s, k) => {
    const values = [autumn, winter][k].kpis!.values;
    for (const m of snapshotMeasures) expect([m.code, s.figures.get(m.code)]).toEqual([m.code, m.of(values)]);
  });
  // Shares agree with the KPI's own value; the checks of the school are unaffected by the new sheet.
  const young = snapshotMeasures.find((m) => m.code === "young_mentored")!;
  expect(figureValue("share", history[1].figures.get("young_mentored")!)).toBe(
    winter.kpis!.values.young_mentored.value,
  );
  expect(after.issues).toEqual(evaluateWorkbook(await readWorkbookFile(schoolFile(TIDY))).issues);

  const prev = previousSnapshot(history, day("2024-12-20"))!;
  const change = changeSince(young, winter.kpis!.values, prev)!;
  expect(change.since).toBe(day("2024-10-01"));
  expect(change.delta).toBeCloseTo(
    winter.kpis!.values.young_mentored.value! - autumn.kpis!.values.young_mentored.value!,
    12,
  );
});

test("a «Срезы» range without a table: rows go under its last row, in its own column order", async () => {
  const headers = ["Примечание", "Числитель", "Знаменатель", "Код показателя", "Дата среза"];
  const old = ["осенний", 3, 8, "young_mentored", rawDate("2024-09-02")];
  h = withFakeExcel(seedFromGrid(school({}, { extraSheets: [rawSheet("Срезы", headers, [old])] })));
  const result = await fix("2024-12-20");
  const grid = await h.port.readWorkbook();
  const sheet = grid.sheets.find((s) => s.name === "Срезы")!;
  expect(sheet.rows[1]).toEqual(old);
  expect(sheet.rows.length).toBe(2 + snapshotMeasures.length);
  const read = evaluateWorkbook(grid).wb.snapshots;
  expect(read.problems).toEqual([]);
  const history = snapshotHistory(read.rows);
  expect(history.map((s) => s.date)).toEqual([day("2024-09-02"), day("2024-12-20")]);
  expect(history[1].figures.get("teachers_involved")).toEqual(
    snapshotMeasures.find((m) => m.code === "teachers_involved")!.of(result.kpis!.values),
  );
});

test("a sheet named «Срезы» that holds something else is not written over", async () => {
  h = withFakeExcel(
    seedFromGrid(school({}, { extraSheets: [rawSheet("Срезы", ["Заметки"], [["купить мел"]])] })),
  );
  const result = evaluateWorkbook(await h.port.readWorkbook());
  expect(() => snapshotPlan({ ...emptyStructure(), sheets: [] }, result, day("2026-11-23"))).not.toThrow();
  await expect(fix("2024-12-20")).rejects.toThrow(SnapshotPlanError);
  await expect(fix("2024-12-20")).rejects.toThrow("нет строки заголовков срезов");
});

test("without a date there is nothing to fix", async () => {
  h = withFakeExcel(seedFromGrid(school({ info: { "Отчётная дата": null } })));
  const result = evaluateWorkbook(await h.port.readWorkbook());
  expect(() => snapshotPlan(emptyStructure(), result, day("2026-11-23"))).toThrow("Отчётная дата");
});

const emptyStructure = () => ({ sheets: [], tables: [], names: [], date1904: false });
