/**
 * «Записать свод в эту книгу» for a region of 1,500 schools through the Office adapter on the fake
 * Excel host (Excel on the web: 5 MB per request), by the pane's own path (`writeConsolidation`):
 * the big plan goes in several requests of ≤ 4 MB, «Свод» holds every school and the «Итого» row,
 * a school name that looks like a formula arrives as text, and a re-run replaces the sheets.
 */
import { syntheticSchool } from "../../bench/synthetic";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import type { ConsolidationInput } from "../../src/domain/consolidation/input";
import {
  PROBLEMS_SHEET,
  PROBLEMS_TABLE,
  SVOD_SHEET,
  SVOD_TABLE,
  TOTALS_SHEET,
  TOTALS_TABLE,
} from "../../src/domain/consolidation/labels";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { SVOD_DATA_TABLE } from "../../src/domain/consolidation/svodData";
import { SVOD_TABLE_ROW } from "../../src/domain/consolidation/svodSheet";
import { writeConsolidation } from "../../src/taskpane/hooks/useConsolidation";
import { CURRENT_EXCEL, withFakeExcel, type Harness } from "./harness";

const SCHOOLS = 1500;
const MB = 1024 * 1024;
const FORMULA_NAME = '=HYPERLINK("x","y")';
const FORMULA_AT = 8;

/**
 * 1,500 schools' compact inputs, fast: one synthetic school through the real reader, copied with
 * its own file, code and name. Persons are dropped from the copies, or every school would share
 * every name with every other (C003 × 1,500²) — not what a region looks like.
 */
function region(): ConsolidationInput[] {
  const base = consolidationInput(
    "школа-0000.xlsx",
    syntheticSchool(0, { mentors: 30, mentees: 60, pairs: 80 }),
  );
  expect(base.kpis).not.toBeNull();
  return Array.from({ length: SCHOOLS }, (_, i) => {
    const code = `ОО-${String(i + 1).padStart(4, "0")}`;
    const name = i === FORMULA_AT ? FORMULA_NAME : `МБОУ СОШ № ${i + 1} имени героя с длинным названием`;
    return {
      ...base,
      file: `школы/школа-${String(i + 1).padStart(4, "0")}.xlsx`,
      school: { code, name, municipality: "Городской округ" },
      code: base.code === null ? null : { ...base.code, text: code },
      persons: [],
    };
  });
}

let h: Harness;
beforeEach(() => {
  h = withFakeExcel(undefined, CURRENT_EXCEL);
});
afterEach(() => h.uninstall());

test("1,500 schools are written in several requests of at most 4 MB, with every row and the total", async () => {
  const c = consolidate(region());
  h.fake.resetStats();
  const written = await writeConsolidation(h.port, c);

  const { stats, state } = h.fake;
  expect(stats.rejectedPayloads).toBe(0);
  expect(stats.maxRequestBytes).toBeLessThan(5 * MB);
  // Chunks are cut at 4 MB, plus the small operations of the request they end.
  expect(stats.maxRequestBytes).toBeLessThan(4.5 * MB);
  expect(stats.requests).toBeGreaterThan(1);
  expect(stats.changesWithEventsEnabled).toBe(0);

  expect(written).toMatchObject({ files: SCHOOLS, schools: SCHOOLS, replaced: false, unreadable: 0 });
  expect(state.sheetNames).toEqual(expect.arrayContaining([SVOD_SHEET, TOTALS_SHEET, PROBLEMS_SHEET]));
  expect(state.table(SVOD_TABLE)?.rowCount).toBe(SCHOOLS);
  // «Итого» sits one empty row below the table.
  const totalRow = SVOD_TABLE_ROW + SCHOOLS + 2;
  expect(state.sheet(SVOD_SHEET).cell(`A${totalRow}`).value).toBe("Итого");

  // Text from a school's file stays text: no formula, the characters as typed.
  const nameCell = state.sheet(SVOD_SHEET).cell(`B${SVOD_TABLE_ROW + 1 + FORMULA_AT}`);
  expect(nameCell.formula).toBeNull();
  expect(nameCell.value).toBe(FORMULA_NAME);
});

test("a re-run with fewer schools replaces the three sheets in place", async () => {
  await h.port.apply({
    sheets: [{ name: "Заметки", mode: "create", blocks: [{ row: 1, col: 1, values: [["мои"]] }] }],
  });
  const inputs = region();
  await writeConsolidation(h.port, consolidate(inputs));
  const positions = [SVOD_SHEET, TOTALS_SHEET, PROBLEMS_SHEET].map((n) => h.fake.state.sheet(n).position);

  h.fake.resetStats();
  const again = await writeConsolidation(h.port, consolidate(inputs.slice(0, 10)));
  // Placement reads only the sheet names, however big the previous «Свод» is: nothing is refused.
  expect(h.fake.stats.rejectedPayloads).toBe(0);
  expect(h.fake.stats.maxRequestBytes).toBeLessThan(5 * MB);
  expect(again.replaced).toBe(true);
  const { state } = h.fake;
  expect([SVOD_SHEET, TOTALS_SHEET, PROBLEMS_SHEET].map((n) => state.sheet(n).position)).toEqual(positions);
  expect(state.sheetNames.filter((n) => n === SVOD_SHEET)).toHaveLength(1);
  expect(state.sheetNames).toContain("Заметки");
  expect(state.table(SVOD_TABLE)?.rowCount).toBe(10);
  // One set of tables: no «Svod2» left behind by the replaced sheets.
  expect(state.tables.map((t) => t.name).sort()).toEqual(
    [SVOD_TABLE, TOTALS_TABLE, PROBLEMS_TABLE, SVOD_DATA_TABLE].sort(),
  );
});
