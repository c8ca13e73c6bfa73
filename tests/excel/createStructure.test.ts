/** «Создать структуру» through the Office adapter on the fake host: the workbook state and the syncs. */
import { structurePlan } from "../../src/domain/structure/repairPlan";
import { listSheets } from "../../src/domain/template/sheets";
import { withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

async function createStructure(): Promise<string[]> {
  const snapshot = await h.port.readStructure();
  const { plan, summary } = structurePlan(snapshot);
  await h.port.apply(plan);
  return [...summary];
}

test("an empty workbook gets every template sheet as a table, in at most 3 syncs", async () => {
  h = withFakeExcel();
  h.fake.resetStats();
  const summary = await createStructure();
  expect(h.fake.stats.requests).toBeLessThanOrEqual(3);
  const state = h.fake.state;
  for (const spec of listSheets) {
    const table = state.table(spec.table)!;
    expect(table.sheet).toBe(spec.name);
    expect(table.headers).toEqual(spec.columns.map((c) => c.header));
  }
  expect(summary.join("\n")).toContain("Создан лист «Пары»");
});
