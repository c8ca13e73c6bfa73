/**
 * What the reader hands the domain besides the cells (workbook.md, "Reading a workbook"): hidden
 * rows, merged ranges and whether a filter is active — from openpyxl, LibreOffice and Excel-like
 * files alike.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { PYTHON, REPO_ROOT } from "../paths";
import { tempDir } from "./support/external";
import { excelLikeParts, mapXml, zipParts } from "./support/packages";

const dir = tempDir("grid-fields");
beforeAll(() => {
  execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/xlsx_reader_fixtures.py"), dir], {
    stdio: "pipe",
    timeout: 150_000,
  });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = (g: WorkbookGrid, name: string): SheetGrid => g.sheets.find((s) => s.name === name)!;
const extras = ({ hiddenRows, merges, filterActive }: SheetGrid) => ({ hiddenRows, merges, filterActive });

describe.each(["school.xlsx", "lo/school.xlsx"])("%s (openpyxl, and LibreOffice's re-save)", (name) => {
  let g: WorkbookGrid;
  beforeAll(async () => {
    g = await readWorkbookGrid(readFileSync(join(dir, name)));
  });

  test("«Пары»: a hidden row, a collapsed group's rows, merges, and a filter with a condition", () => {
    expect(extras(sheet(g, "Пары"))).toEqual({
      hiddenRows: [6, 8, 9, 17],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 12, left: 1, bottom: 13, right: 1 },
      ],
      filterActive: true,
    });
    // The stage's value sits in the merged range's first cell only: filling it down is the domain's.
    expect(sheet(g, "Пары").rows.slice(11, 13)).toEqual([
      ["Этап 1", "Событие А"],
      [null, "Событие Б"],
    ]);
  });

  test("«Наставники»: a hidden row under an AutoFilter without a condition — not a filtered view", () => {
    expect(extras(sheet(g, "Наставники"))).toEqual({
      hiddenRows: [4],
      merges: undefined,
      filterActive: undefined,
    });
  });
});

describe("an Excel-like workbook", () => {
  let g: WorkbookGrid;
  beforeAll(async () => {
    g = await readWorkbookGrid(zipParts(excelLikeParts()));
  });

  test("a filter on an Excel table (kept in the table's part) makes the sheet's hidden rows filtered ones", () => {
    expect(extras(sheet(g, "Пары"))).toEqual({
      hiddenRows: [5, 7, 8],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 10, left: 1, bottom: 11, right: 1 },
      ],
      filterActive: true,
    });
  });

  test("a sheet with nothing hidden, merged or filtered carries none of the three", () => {
    expect(Object.keys(sheet(g, "Сведения")).sort()).toEqual(["firstCol", "firstRow", "name", "rows"]);
  });

  test("the same table without a condition: its hidden rows are hidden rows", async () => {
    const parts = mapXml(excelLikeParts(), (xml, name) =>
      name === "xl/tables/table1.xml" ? xml.replace(/<filterColumn[\s\S]*<\/filterColumn>/, "") : xml,
    );
    const s = sheet(await readWorkbookGrid(zipParts(parts)), "Пары");
    expect(s.hiddenRows).toEqual([5, 7, 8]);
    expect(s.filterActive).toBeUndefined();
  });

  test("collapsed groups: only rows of a deeper level next to the collapsed row, above it or (summary above) below it", async () => {
    const rows = (xml: string) =>
      xml
        .replace(
          /<row r="(\d+)"[^>]*?( outlineLevel="1")?( hidden="1")?( collapsed="1")?>/g,
          (_m, r: string) => `<row r="${r}">`,
        )
        .replace('<row r="3">', '<row r="3" outlineLevel="1">')
        .replace('<row r="4">', '<row r="4" outlineLevel="2">')
        .replace('<row r="5">', '<row r="5" collapsed="1">')
        .replace('<row r="7">', '<row r="7" outlineLevel="1">')
        .replace('<row r="8">', '<row r="8" outlineLevel="1">');
    const below = mapXml(excelLikeParts(), (xml, name) =>
      name === "xl/worksheets/sheet2.xml" ? rows(xml) : xml,
    );
    expect(sheet(await readWorkbookGrid(zipParts(below)), "Пары").hiddenRows).toEqual([3, 4]);
    const above = mapXml(below, (xml, name) =>
      name === "xl/worksheets/sheet2.xml"
        ? xml
            .replace('summaryBelow="1"', 'summaryBelow="0"')
            .replace('<row r="6">', '<row r="6" collapsed="1">')
        : xml,
    );
    // Summary rows above their detail: row 6 hides 7–8 below it, and row 5's group is now below it (none).
    expect(sheet(await readWorkbookGrid(zipParts(above)), "Пары").hiddenRows).toEqual([7, 8]);
  });
});
