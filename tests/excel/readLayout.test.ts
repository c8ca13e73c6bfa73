/**
 * The adapter reads what spec v2 needs besides values — hidden rows (their own flag or a collapsed
 * outline group), an active AutoFilter, merged ranges — in the same two syncs, and gates each on
 * its requirement set (merged areas are ExcelApi 1.13).
 */
import { importWorkbooks } from "../../src/domain/import/importWorkbooks";
import { gridOfSnapshot } from "../../src/domain/port/workbookPort";
import { readSchoolWorkbook } from "../../src/domain/read/readWorkbook";
import { day } from "../domain/builders";
import type { FakeSheetSeed } from "../fakeExcel/seed";
import { CURRENT_EXCEL, withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

/** The school's bank of mentees: a title, the header in row 2, a teacher who has left hidden in row 5. */
const mentees: FakeSheetSeed = {
  name: "Банк наставляемых",
  rows: [
    ["Молодые специалисты"],
    ["ФИО участника", "Категория", "Стаж работы"],
    ["Кобзева Арина Максимовна", "учитель", "1 год"],
    ["Ушакова Евгения Львовна", "учитель", "2 года"],
    ["Ермакова Лидия Фёдоровна", "учитель", "2 года"],
    ["Дудник Алёна Витальевна", "учитель", "1 г. 6 мес."],
  ],
  hiddenRows: [5],
  merges: ["A1:C1"],
};
/** A road map whose «Этап» is merged over the events of a stage. */
const roadMap: FakeSheetSeed = {
  name: "Дорожная карта",
  origin: "B2",
  rows: [
    ["Этап", "Мероприятие", "Срок"],
    ["Подготовительный", "Приказ", "до 30.08.2024"],
    [null, "База наставников", "сентябрь 2024"],
    [null, "Программа", "до 01.10.2024"],
    ["Реализационный", "Школа молодого педагога", "В течение года"],
  ],
  merges: ["B3:B5"],
};

test("hidden rows and merged ranges come with the values, in two syncs", async () => {
  h = withFakeExcel({ sheets: [mentees, roadMap, { name: "Пустой" }] }, CURRENT_EXCEL);
  h.fake.resetStats();
  const snapshot = await h.port.readStructure();
  expect(h.fake.stats.syncs).toBeLessThanOrEqual(2);
  const [bank, plan, empty] = snapshot.sheets.map((s) => s.grid);
  expect(bank).toMatchObject({
    hiddenRows: [5],
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    filterActive: false,
  });
  expect(plan).toMatchObject({
    firstRow: 2,
    firstCol: 2,
    hiddenRows: [],
    merges: [{ top: 3, left: 2, bottom: 5, right: 2 }],
  });
  // An empty sheet does not fail the batch.
  expect(empty.rows).toEqual([]);
  expect(snapshot.mergesUnknown).toBeUndefined();

  // The reader skips the hidden row, and import fills «Этап» down.
  const wb = readSchoolWorkbook(gridOfSnapshot(snapshot));
  expect(wb.mentees.map((m) => m.name)).toEqual([
    "Кобзева Арина Максимовна",
    "Ушакова Евгения Львовна",
    "Дудник Алёна Витальевна",
  ]);
  const imported = importWorkbooks([{ file: "", grid: gridOfSnapshot(snapshot) }], {
    asOf: day("2024-10-15"),
  });
  expect(imported.book.lists.plan.rows.map((r) => r.values.stage)).toEqual([
    "Подготовительный",
    "Подготовительный",
    "Подготовительный",
    "Реализационный",
  ]);
  expect(imported.sheets.find((s) => s.sheet === "Банк наставляемых")!.skipped).toEqual([
    { row: 5, reason: "скрытая строка" },
  ]);
});

test("a sheet whose AutoFilter hides rows says so: those rows are filtered out of view, not removed", async () => {
  h = withFakeExcel(
    {
      sheets: [{ ...mentees, autoFilter: { address: "A2:C6", filtered: true }, hiddenRows: [4, 5] }],
    },
    CURRENT_EXCEL,
  );
  const snapshot = await h.port.readStructure();
  expect(snapshot.sheets[0].grid).toMatchObject({ hiddenRows: [4, 5], filterActive: true });
  expect(readSchoolWorkbook(gridOfSnapshot(snapshot)).mentees).toHaveLength(4);
});

test("a collapsed outline group of several rows, and every row hidden", async () => {
  h = withFakeExcel(
    {
      sheets: [
        { ...mentees, hiddenRows: [3, 4, 6] },
        { name: "Скрыто", rows: [["a"], ["b"]], hiddenRows: [1, 2] },
      ],
    },
    CURRENT_EXCEL,
  );
  const snapshot = await h.port.readStructure();
  expect(snapshot.sheets[0].grid.hiddenRows).toEqual([3, 4, 6]);
  expect(snapshot.sheets[1].grid.hiddenRows).toEqual([1, 2]);
});

test("without ExcelApi 1.13 merged ranges are not asked for, and the snapshot says they are unknown", async () => {
  h = withFakeExcel({ sheets: [roadMap] }, { requirementSets: { ExcelApi: "1.12" } });
  const snapshot = await h.port.readStructure();
  expect(snapshot.mergesUnknown).toBe(true);
  expect(snapshot.sheets[0].grid.merges).toBeUndefined();
  expect(snapshot.sheets[0].grid.hiddenRows).toEqual([]);
});

test("without ExcelApi 1.9 neither hidden rows nor the filter are asked for", async () => {
  h = withFakeExcel({ sheets: [mentees] }, { requirementSets: { ExcelApi: "1.8" } });
  const snapshot = await h.port.readStructure();
  expect(snapshot.sheets[0].grid.hiddenRows).toBeUndefined();
  expect(snapshot.sheets[0].grid.filterActive).toBeUndefined();
  expect(snapshot.mergesUnknown).toBe(true);
});

test("the chunked read of a big workbook brings the layout too", async () => {
  const rows = [["ФИО участника", "Категория", "Стаж работы", "Примечание"]];
  for (let i = 0; i < 40_000; i++)
    rows.push([`Участник-${i} Анна Петровна`, "учитель", "1 год", "вновь прибывший"]);
  h = withFakeExcel(
    {
      sheets: [{ name: "Банк наставляемых", rows, hiddenRows: [10, 2000], merges: ["D2:D3"] }],
    },
    CURRENT_EXCEL,
  );
  h.fake.resetStats();
  const snapshot = await h.port.readStructure();
  expect(h.fake.stats.rejectedPayloads).toBeGreaterThan(0);
  expect(snapshot.sheets[0].grid).toMatchObject({
    hiddenRows: [10, 2000],
    merges: [{ top: 2, left: 4, bottom: 3, right: 4 }],
  });
  expect(snapshot.sheets[0].grid.rows).toHaveLength(40_001);
});
