/** Data rows: empty rows skipped, unknown columns ignored, worksheet row/column numbers kept. */
import { evaluateWorkbook } from "../../../src/domain/engine";
import { readSchoolWorkbook } from "../../../src/domain/read/readWorkbook";
import { MENTEE_HEADERS, listSheet, mentee, mentor, school } from "../builders";

it("skips empty rows among the data without reporting them, and keeps later rows' numbers", () => {
  const r = evaluateWorkbook(
    school({
      mentees: [
        mentee("Крылова Дарья Олеговна"),
        null,
        null,
        mentee("Орлов Никита Сергеевич"),
        { ФИО: "   ", Категория: "" },
      ],
    }),
  );
  expect(r.wb.mentees.map((m) => [m.row, m.name])).toEqual([
    [2, "Крылова Дарья Олеговна"],
    [5, "Орлов Никита Сергеевич"],
  ]);
  expect(r.issues.filter((i) => i.sheet === "Наставляемые" && i.code === "F001")).toEqual([]);
});

it("ignores values in unknown columns: a row with only a phone number is an empty row", () => {
  const r = evaluateWorkbook(
    school({
      mentors: [
        mentor("Петрова Мария Ивановна", { Телефон: "+7 900 000-00-00", "Классное руководство": "8Б" }),
        { Телефон: "+7 900 111-11-11" },
        mentor("Соколов Андрей Викторович", { Телефон: '=HYPERLINK("tel:+7900")' }),
        { Телефон: "последняя строка без данных" },
      ],
    }),
  );
  expect(r.wb.mentors.map((m) => m.row)).toEqual([2, 4]);
  expect(r.issues.filter((i) => i.sheet === "Наставники" && i.severity !== "info")).toEqual([]);
});

it("keeps worksheet row and column numbers when the used range starts at C5", () => {
  const base = school({});
  const sheet = listSheet(
    "Наставляемые",
    MENTEE_HEADERS,
    [mentee("Крылова Дарья Олеговна"), mentee("Орлов Никита Сергеевич", { Категория: "Методист" })],
    {
      firstRow: 5,
      firstCol: 3,
      titleRows: [["Список молодых специалистов"]],
    },
  );
  const r = evaluateWorkbook({
    ...base,
    sheets: base.sheets.map((s) => (s.name === "Наставляемые" ? sheet : s)),
  });
  expect(r.wb.sheets.mentees?.headerRow).toBe(6);
  expect(r.wb.mentees.map((m) => m.row)).toEqual([7, 8]);
  const f003 = r.issues.find((i) => i.code === "F003")!;
  // «Категория» is the 2nd column of the table, which starts in column C: worksheet column D = 4.
  expect(f003).toMatchObject({
    sheet: "Наставляемые",
    row: 8,
    column: "Категория",
    col: 4,
    value: "Методист",
  });
});

it("reads ragged rows (missing trailing cells are empty)", () => {
  const base = school({});
  const sheet = {
    name: "Наставники",
    firstRow: 1,
    firstCol: 1,
    rows: [
      ["ФИО", "Категория", "Согласие", "Примечание"],
      ["Петрова Мария Ивановна", "Педагог"],
    ],
  };
  const r = evaluateWorkbook({
    ...base,
    sheets: base.sheets.map((s) => (s.name === "Наставники" ? sheet : s)),
  });
  expect(r.wb.mentors.map((m) => [m.name, m.category, m.consent])).toEqual([
    ["Петрова Мария Ивановна", "Педагог", undefined],
  ]);
  expect(r.issues.filter((i) => i.code === "F001").map((i) => [i.sheet, i.row, i.column])).toEqual([
    ["Наставники", 2, "Согласие"],
  ]);
});

it("reads a formula's cached value as the cell and never evaluates text", () => {
  const wb = readSchoolWorkbook(
    school({
      mentors: [mentor("Петрова Мария Ивановна", { Примечание: '=HYPERLINK("http://example.ru")' })],
    }),
  );
  expect(wb.mentors[0].src.cells["note"].read).toEqual({
    state: "ok",
    value: '=HYPERLINK("http://example.ru")',
  });
});
