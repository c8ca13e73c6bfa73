/**
 * Merged cells in data rows fill down (workbook.md v2): the seed-004 road map merges «Этап» (and
 * «№») over the events of a stage; each event gets the stage. Ranges starting above the header
 * are ignored; other cells of a range stay empty.
 */
import { evaluateWorkbook } from "../../../src/domain/engine";
import type { SheetGrid } from "../../../src/domain/grid";
import { rawDate, rawSheet, school, type RawCell } from "../builders";

const HEADER: RawCell[] = [
  "Этап",
  "№ п/п",
  "Действия",
  "Срок исполнения",
  "Ответственные",
  "Отметка о выполнении",
];
const roadMap: SheetGrid = {
  ...rawSheet(
    "Дорожная карта (план мероприяти",
    HEADER,
    [
      [
        "Подготовительный",
        "1.1",
        "Издание приказа об организации наставничества",
        "до 30.08.2024",
        "Директор",
        "+",
      ], // 3
      [null, "1.2", "Актуализация базы наставников", "до 01.10.2024", "Куратор", "+"], // 4
      [null, "1.3", "Разработка программы наставничества", rawDate("2024-10-01"), "Куратор", null], // 5
      ["Реализационный", "2.1", "Закрепление пар приказом", "02.09.2024", "Директор", "+"], // 6
      [null, "2.2", "Школа молодого педагога", "В течение года", "Куратор", null], // 7
      [null, null, null, null, null, null], // 8: empty, inside the merge
      [null, "2.3", "Открытые уроки наставников", "декабрь 2024", "Наставники", null], // 9
    ],
    { titleRows: [["План мероприятий (дорожная карта) на 2024-2025 учебный год"]] },
  ),
  merges: [
    { top: 1, left: 1, bottom: 1, right: 6 },
    { top: 3, left: 1, bottom: 5, right: 1 },
    { top: 6, left: 1, bottom: 9, right: 1 },
    // A block merged over two columns: only its first column fills down.
    { top: 3, left: 5, bottom: 4, right: 6 },
  ],
};

const read = (sheet: SheetGrid) => {
  const base = school({}, { omit: ["План"] });
  return evaluateWorkbook({ ...base, sheets: [...base.sheets, sheet] }, {});
};

it("gives every event of a stage the stage of the merged «Этап» cell", () => {
  const r = read(roadMap);
  expect(r.wb.plan.map((p) => [p.row, p.stage])).toEqual([
    [3, "Подготовительный"],
    [4, "Подготовительный"],
    [5, "Подготовительный"],
    [6, "Реализационный"],
    [7, "Реализационный"],
    [9, "Реализационный"],
  ]);
  expect(r.issues.filter((i) => i.sheet === "План" && i.code === "F001")).toEqual([]);
});

it("reads the road map's own columns: «Отметка о выполнении» «+» is «Выполнено», an empty mark «Запланировано»", () => {
  const r = read(roadMap);
  expect(r.wb.plan.map((p) => p.status)).toEqual([
    "Выполнено",
    "Выполнено",
    "Запланировано",
    "Выполнено",
    "Запланировано",
    "Запланировано",
  ]);
});

it("fills only the first column of a range; the other cells stay as they are", () => {
  const r = read(roadMap);
  // Row 4's «Ответственные» gets row 3's value; «Отметка» (column F, inside the range) keeps its own «+».
  const cell = (row: number, key: string) => r.wb.plan.find((p) => p.row === row)!.src.cell(key)!.raw;
  expect(cell(4, "responsible")).toBe("Директор");
  expect(cell(4, "status")).toBe("+");
});

it("ignores ranges that start above the header row, and fills nothing into non-data rows", () => {
  const sheet: SheetGrid = {
    ...roadMap,
    merges: [{ top: 1, left: 1, bottom: 9, right: 1 }],
    hiddenRows: [],
  };
  const r = read(sheet);
  expect(r.wb.plan.filter((p) => p.stage === undefined).map((p) => p.row)).toEqual([4, 5, 7, 9]);
});

it("does not fill a hidden row, which stays out of the data", () => {
  const r = read({ ...roadMap, hiddenRows: [4] });
  expect(r.wb.plan.map((p) => p.row)).toEqual([3, 5, 6, 7, 9]);
  expect(r.wb.plan.find((p) => p.row === 5)!.stage).toBe("Подготовительный");
});
