/**
 * The consolidation written twice into the same workbook through the Office adapter on the fake
 * Excel host: the first run (schools with «Срезы») writes «Динамика»; a second run over files
 * without any snapshot removes it — the analyst never sees pooled dates of files no longer pooled —
 * and leaves the analyst's own sheet alone.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../../src/domain/consolidation/consolidationPlan";
import { TRENDS_SHEET } from "../../src/domain/consolidation/labels";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { withFakeExcel, type Harness } from "../excel/harness";
import { MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { withSnapshots } from "../snapshots/trendSupport";
import { day } from "../domain/builders";

let h: Harness;
afterEach(() => h.uninstall());

test("a run without snapshots removes the previous run's «Динамика», and nothing of the analyst's", async () => {
  const grids = await Promise.all([TIDY, MISTAKES].map((n) => readWorkbookFile(school(n))));
  h = withFakeExcel();
  await h.port.apply({
    sheets: [{ name: "Мои заметки", mode: "create", blocks: [{ row: 1, col: 1, values: [["план"]] }] }],
  });
  const names = () => h.port.readSheetNames();

  const withHistory = consolidate(
    grids.map((g, i) => consolidationInput(`school-${i}.xlsx`, withSnapshots(g, ["2024-10-01"]))),
    { asOf: day("2024-12-20") },
  );
  const first = consolidationPlan(withHistory);
  // A municipal run: no «Итоги по МО» (a regional run's sheet) either.
  expect(first.remove).toEqual(["Итоги по МО"]);
  await h.port.apply(first);
  expect(await names()).toContain(TRENDS_SHEET);

  const bare = consolidate(
    grids.map((g, i) => consolidationInput(`school-${i}.xlsx`, g)),
    { asOf: day("2024-12-20") },
  );
  await h.port.apply(consolidationPlan(bare));
  const after = await names();
  expect(after).not.toContain(TRENDS_SHEET);
  expect(after).toEqual(expect.arrayContaining(["Мои заметки", "Свод", "Итоги", "Проблемы по ОО"]));
  expect(h.fake.state.table("SvodTrend")).toBeUndefined();
});
