/** What the writer writes, the reader reads back as the same values (plan → .xlsx → grid). */
import fc from "fast-check";
import { type RawCell, type WorkbookGrid, rawDate } from "../../src/domain/grid";
import type { PlanValue, WritePlan } from "../../src/domain/plan/writePlan";
import { dayFromYmd, isoOf } from "../../src/domain/values/dates";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { FORMULA_TEXT, PHONE_TEXT, samplePlan } from "./support/samplePlan";

const roundTrip = async (plan: WritePlan): Promise<WorkbookGrid> =>
  readWorkbookGrid(await writePlanToBuffer(plan));

/** The cell a written PlanValue reads back as. */
function expectedCell(v: PlanValue): RawCell {
  if (v === null || v === "") return null;
  if (typeof v !== "object") return v;
  if ("date" in v) return rawDate(v.date);
  if ("formula" in v) return null; // no cached value: the writer does not calculate
  if ("asText" in v) return v.asText;
  return v.text === "" ? null : v.text; // a link reads as its text
}

test("the sample plan reads back sheet by sheet, tables and blocks alike", async () => {
  const g = await roundTrip(samplePlan);
  expect(g.date1904).toBe(false);
  expect(g.sheets.map((s) => s.name)).toEqual(["Пары", "Проверка", "Справочники"]);
  const [pairs, check, lists] = g.sheets;
  expect([pairs.firstRow, pairs.firstCol]).toEqual([1, 1]);
  expect(pairs.rows).toEqual([
    ["Наставник", "Дата начала", "Телефон", "Примечание", "Оценка", "Статус"],
    ["Иванова Анна Петровна", rawDate("2024-09-01"), PHONE_TEXT, FORMULA_TEXT, 9, "Действует"],
    ["Петров Пётр Петрович", rawDate("2024-10-15"), "8 (800) 555-35-35", null, null, "Ошибка"],
  ]);
  expect(check.rows).toEqual([
    ["Проверка книги"],
    [],
    ["Лист", "Строка", "Значение", "Перейти"],
    ["Пары", 2, FORMULA_TEXT, "Пары, строка 2"],
    ["Пары", 3, PHONE_TEXT],
    ["Пары", 4, rawDate("2024-12-20"), true],
  ]);
  expect(lists.rows).toEqual([
    ["Наставники"],
    ["Иванова Анна Петровна"],
    ["Петров Пётр Петрович"],
    ["Сидорова Ольга"],
  ]);
});

test("an empty table still gets one (empty) data row, so Excel accepts it", async () => {
  const g = await roundTrip({
    sheets: [
      {
        name: "Наставники",
        mode: "create",
        tables: [{ name: "Mentors", row: 1, col: 1, headers: ["ФИО", "Согласие"], rows: [] }],
      },
    ],
  });
  expect(g.sheets[0].rows).toEqual([["ФИО", "Согласие"]]);
});

// Characters that trouble writers: formula and number look-alikes, XML specials, quotes, Cyrillic,
// spaces at the ends, tabs and line breaks inside a cell.
const textChar = fc.constantFrom(..."=+-@#%&<>\"'«»;,.:/\\() \t\nАаЁёЯя09Zz".split(""));
const day = fc.integer({ min: dayFromYmd(1900, 3, 1), max: dayFromYmd(9999, 12, 31) });
const planValue: fc.Arbitrary<PlanValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: textChar, maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.boolean(),
  day.map((d) => ({ date: isoOf(d) })),
  fc.string({ unit: textChar, maxLength: 12 }).map((text) => ({ link: "'Лист'!A1", text })),
);

test("any block of values reads back as written (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 1, max: 30 }),
      fc.array(fc.array(planValue, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
      async (row, col, values) => {
        const g = await roundTrip({
          sheets: [{ name: "Лист", mode: "create", blocks: [{ row, col, values }] }],
        });
        const s = g.sheets[0];
        values.forEach((r, i) =>
          r.forEach((v, j) => {
            const got = s.rows[row + i - s.firstRow]?.[col + j - s.firstCol] ?? null;
            expect(got).toEqual(expectedCell(v));
          }),
        );
        // The used range is tight: it starts at a value and no row ends in an empty cell.
        if (s.rows.length > 0) {
          expect(s.rows[0].length).toBeGreaterThan(0);
          expect(s.rows.some((r) => r.length > 0 && r[0] !== null)).toBe(true);
          for (const r of s.rows) if (r.length > 0) expect(r[r.length - 1]).not.toBeNull();
        }
      },
    ),
    { numRuns: 60 },
  );
}, 60_000);
