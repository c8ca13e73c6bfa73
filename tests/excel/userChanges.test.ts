/** Change events: the user's edits reach the pane (with the sheet's name); the add-in's own writes don't. */
import { templatePlan } from "../../src/domain/structure/templatePlan";
import type { CellChange } from "../../src/domain/port/workbookPort";
import { CURRENT_EXCEL, withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

test("edits on a sheet created after subscribing arrive with its name; the add-in's writes raise nothing", async () => {
  h = withFakeExcel(undefined, CURRENT_EXCEL);
  const seen: CellChange[] = [];
  const unsubscribe = await h.port.onUserChange((c) => seen.push(...c));
  await h.port.apply(templatePlan());
  expect(seen).toEqual([]);
  expect(h.fake.stats.changesWithEventsEnabled).toBe(0);

  await h.fake.fireWorksheetChanged({ worksheetName: "Пары", address: "B2" });
  expect(seen).toEqual([{ sheet: "Пары", address: "B2" }]);

  await unsubscribe();
  await h.fake.fireWorksheetChanged({ worksheetName: "Пары", address: "C2" });
  expect(seen).toHaveLength(1);
});
