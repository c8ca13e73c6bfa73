/**
 * Going to an issue's cell through the adapter: on a sheet the school named with an alias
 * («Банк наставников»), Excel activates that sheet and selects the cell.
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import { issueAddress } from "../../src/domain/issues";
import { gridOfSnapshot } from "../../src/taskpane/hooks/workbookGrid";
import { targetOf } from "../../src/taskpane/panels/checks/issueGroups";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { MISTAKES, school } from "../fixtures/schoolFiles";
import { withFakeExcel, type Harness } from "./harness";
import { seedFromGrid } from "./seedFromGrid";

let h: Harness;
afterEach(() => h.uninstall());

const codes = (issues: readonly { sheet: string | null; row: number | null; code: string }[]) =>
  issues.map((i) => `${i.sheet}:${i.row}:${i.code}`);

test("an issue on «Банк наставников» selects its cell on that sheet", async () => {
  const fromFile = await readWorkbookFile(school(MISTAKES));
  h = withFakeExcel({ ...seedFromGrid(fromFile), activeSheet: "Пары" });

  const snapshot = await h.port.readStructure();
  const result = evaluateWorkbook(gridOfSnapshot(snapshot));
  // Read through Excel or from the file, the workbook has the same problems.
  expect(codes(result.issues)).toEqual(codes(evaluateWorkbook(fromFile).issues));

  const issue = result.issues.find((i) => i.code === "F004")!;
  expect(issue).toMatchObject({ sheet: "Наставники", sheetInFile: "Банк наставников" });
  const target = targetOf(issue)!;
  expect(target).toEqual({ sheet: "Банк наставников", address: issueAddress(issue) });

  h.fake.resetStats();
  await h.port.select(target.sheet, target.address);
  expect(h.fake.state.selection).toEqual({ sheet: "Банк наставников", address: "I2" });
  expect(h.fake.state.activeSheet).toBe("Банк наставников");
  expect(h.fake.stats.syncs).toBe(1);
});
