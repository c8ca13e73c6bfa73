/** The demo school as the template lays it out, written through the adapter into a fake in Node,
 * to be handed to the page's fake as cells. */
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { dayFromYmd } from "../../src/domain/values/dates";
import { withFakeExcel } from "../excel/harness";
import { seedFromGrid } from "../excel/seedFromGrid";
import type { FakeWorkbookState } from "../fakeExcel";

export async function demoSchoolSeed(): Promise<FakeWorkbookState> {
  const h = withFakeExcel();
  try {
    await h.port.apply(templatePlan(demoSchool({ asOf: dayFromYmd(2024, 12, 20) })));
    return seedFromGrid(await h.port.readWorkbook());
  } finally {
    h.uninstall();
  }
}
