/** The budget of architecture.md: the whole check of a 10,000-row workbook in ≤ 3 syncs. */
import { checkPlan } from "../../src/domain/checks/checkPlan";
import { evaluateWorkbook } from "../../src/domain/engine";
import { isRawDate } from "../../src/domain/grid";
import { dayFromYmd } from "../../src/domain/values/dates";
import { syntheticSchool } from "../../bench/synthetic";
import type { SeedCell } from "../fakeExcel";
import { withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

test("a 10,000-row workbook is read, validated and marked in at most 3 syncs", async () => {
  const grid = syntheticSchool(3, { mentors: 1500, mentees: 3500, pairs: 5000 });
  const seedCell = (c: unknown): SeedCell =>
    isRawDate(c as never) ? new Date(`${(c as { iso: string }).iso}T00:00:00Z`) : (c as SeedCell);
  h = withFakeExcel({
    sheets: grid.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(seedCell)) })),
  });
  h.fake.resetStats();
  const snapshot = await h.port.readStructure();
  const result = evaluateWorkbook({ sheets: snapshot.sheets.map((s) => s.grid), date1904: false });
  await h.port.apply(checkPlan(snapshot, result, dayFromYmd(2024, 12, 20)));
  expect(result.wb.pairs).toHaveLength(5000);
  expect(h.fake.stats.rejectedPayloads).toBe(0);
  expect(h.fake.stats.requests).toBeLessThanOrEqual(3);
});
