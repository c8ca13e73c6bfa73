/**
 * The header row (workbook.md v2) is, among the first 20 rows of the used range, the row with the
 * most recognised cells — headers or aliases of any column of the sheet, reading-only ones
 * included — provided it has at least 2; on a tie the upper row wins.
 */
import { readSchoolWorkbook } from "../../../src/domain/read/readWorkbook";
import { evaluateWorkbook } from "../../../src/domain/engine";
import {
  MENTOR_HEADERS,
  PAIR_HEADERS,
  listSheet,
  mentor,
  mentee,
  pair,
  rawSheet,
  school,
  type RawCell,
} from "../builders";

const titles = (n: number): RawCell[][] =>
  Array.from({ length: n }, (_, i) =>
    i === 0 ? ["Банк наставников МБОУ «СОШ № 17», 2024/2025 учебный год"] : [],
  );

const withMentorsSheet = (sheet: ReturnType<typeof listSheet>) => {
  const base = school({});
  return { ...base, sheets: base.sheets.map((s) => (s.name === "Наставники" ? sheet : s)) };
};

it("finds the header under title rows and keeps worksheet row numbers", () => {
  const sheet = listSheet(
    "Наставники",
    MENTOR_HEADERS,
    [mentor("Петрова Мария Ивановна"), mentor("Соколов Андрей Викторович")],
    {
      titleRows: titles(2),
    },
  );
  const wb = readSchoolWorkbook(withMentorsSheet(sheet));
  expect(wb.sheets.mentors?.headerRow).toBe(3);
  expect(wb.mentors.map((m) => m.row)).toEqual([4, 5]);
});

it("finds a header on row 20", () => {
  const sheet = listSheet("Наставники", MENTOR_HEADERS, [mentor("Петрова Мария Ивановна")], {
    titleRows: titles(19),
  });
  const wb = readSchoolWorkbook(withMentorsSheet(sheet));
  expect(wb.structureIssues).toEqual([]);
  expect(wb.mentors.map((m) => m.row)).toEqual([21]);
});

it("does not find a header on row 21: one S002 per required column, and no rows", () => {
  const sheet = listSheet("Наставники", MENTOR_HEADERS, [mentor("Петрова Мария Ивановна")], {
    titleRows: titles(20),
  });
  const r = evaluateWorkbook(withMentorsSheet(sheet));
  const s002 = r.issues.filter((i) => i.code === "S002");
  expect(s002.map((i) => i.column).sort()).toEqual(["Категория", "Согласие", "ФИО"].sort());
  for (const i of s002)
    expect(i).toMatchObject({ sheet: "Наставники", row: null, value: null, severity: "error" });
  expect(r.wb.mentors).toEqual([]);
});

it("searches the first 20 rows of the used range, wherever it starts", () => {
  const found = listSheet("Наставники", MENTOR_HEADERS, [mentor("Петрова Мария Ивановна")], { firstRow: 20 });
  expect(readSchoolWorkbook(withMentorsSheet(found)).mentors.map((m) => m.row)).toEqual([21]);
  const lower = listSheet("Наставники", MENTOR_HEADERS, [mentor("Петрова Мария Ивановна")], {
    firstRow: 31,
    titleRows: titles(19),
  });
  expect(readSchoolWorkbook(withMentorsSheet(lower)).mentors.map((m) => m.row)).toEqual([51]);
});

it("takes the row with the most recognised cells, not the first with enough", () => {
  // Row 1 names two columns (ФИО, Категория); row 3 names four: row 3 is the header.
  const sheet = rawSheet(
    "Наставники",
    ["ФИО", "Категория", "Должность", "Согласие"],
    [["Петрова Мария Ивановна", "Педагог", "Учитель", "да"]],
    { titleRows: [["ФИО", "Категория"], []] },
  );
  const r = evaluateWorkbook(withMentorsSheet(sheet));
  expect(r.wb.sheets.mentors?.headerRow).toBe(3);
  expect(r.issues.filter((i) => i.code === "S002")).toEqual([]);
  expect(r.wb.mentors.map((m) => m.name)).toEqual(["Петрова Мария Ивановна"]);
});

it("prefers the upper row on a tie", () => {
  const sheet = rawSheet(
    "Наставники",
    ["ФИО", "Должность"],
    [
      ["Ф.И.О.", "Предмет"],
      ["Петрова Мария Ивановна", "Учитель"],
    ],
  );
  const r = evaluateWorkbook(withMentorsSheet(sheet));
  expect(r.wb.sheets.mentors?.headerRow).toBe(1);
});

it("needs 2 recognised cells, of any columns (required or not): the Р-145 base has only ФИО and Должность", () => {
  const sheet = rawSheet(
    "Наставники",
    ["№", "ФИО наставника", "Должность/специальность", "Телефон"],
    [[1, "Лаврова Елена Сергеевна", "учитель биологии", "+7 (900) 555-12-01"]],
    { titleRows: [["База наставников"], ["2024/2025 учебный год"], []] },
  );
  const r = evaluateWorkbook(withMentorsSheet(sheet));
  expect(r.wb.sheets.mentors?.headerRow).toBe(4);
  expect(
    r.issues
      .filter((i) => i.code === "S002")
      .map((i) => i.column)
      .sort(),
  ).toEqual(["Категория", "Согласие"].sort());
  expect(r.wb.mentors.map((m) => [m.row, m.name, m.position])).toEqual([
    [5, "Лаврова Елена Сергеевна", "учитель биологии"],
  ]);
});

it("does not take a row with a single recognised cell: one S002 per required column, and no rows", () => {
  const sheet = rawSheet("Наставники", ["ФИО полностью", "Телефон"], [["Петрова Мария Ивановна", "+7"]]);
  const r = evaluateWorkbook(withMentorsSheet(sheet));
  expect(r.wb.sheets.mentors).toBeNull();
  expect(
    r.issues
      .filter((i) => i.code === "S002")
      .map((i) => i.column)
      .sort(),
  ).toEqual(["Категория", "Согласие", "ФИО"].sort());
});

it("counts the reading-only columns of «Пары»: «Приказ» and «Срок наставничества» are recognised", () => {
  const sheet = rawSheet(
    "Пары",
    ["Наставник", "Приказ о закреплении", "Период наставничества"],
    [["Петрова Мария Ивановна", "№ 12 от 01.09.2024", "с 02.09.2024 по 30.05.2025"]],
    { titleRows: [["Наставник", "Статус"]] },
  );
  const base = school({ mentors: [mentor("Петрова Мария Ивановна")] });
  const r = evaluateWorkbook({ ...base, sheets: base.sheets.map((s) => (s.name === "Пары" ? sheet : s)) });
  expect(r.wb.sheets.pairs?.headerRow).toBe(2);
});

it("reads a 2-of-8 «Пары» header and reports every required column it lacks", () => {
  const p = pair("1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна");
  const sheet = rawSheet("Пары", [...PAIR_HEADERS], [PAIR_HEADERS.map((h) => p[h] ?? null)], {
    titleRows: [["Наставник", "Наставляемый", "Статус"]],
  });
  const base = school({
    mentors: [mentor("Петрова Мария Ивановна")],
    mentees: [mentee("Крылова Дарья Олеговна")],
  });
  const grid = { ...base, sheets: base.sheets.map((s) => (s.name === "Пары" ? sheet : s)) };
  const wb = readSchoolWorkbook(grid);
  expect(wb.sheets.pairs?.headerRow).toBe(2);
  expect(wb.pairs.map((x) => x.row)).toEqual([3]);
});

it("takes a row with 4 of the «Пары» required headers as the header and reports the rest", () => {
  const sheet = rawSheet(
    "Пары",
    ["№ пары/группы", "Наставник", "Наставляемый", "Статус"],
    [["1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна", "Действует"]],
  );
  const base = school({});
  const r = evaluateWorkbook({ ...base, sheets: base.sheets.map((s) => (s.name === "Пары" ? sheet : s)) });
  expect(
    r.issues
      .filter((i) => i.code === "S002")
      .map((i) => i.column)
      .sort(),
  ).toEqual(["Вид наставничества", "Дата начала", "Дата окончания (план)", "Форма наставничества"].sort());
  expect(r.wb.pairs).toHaveLength(1);
});

it("does not report «Дата начала» and «Дата окончания (план)» when «Срок наставничества» stands in for them", () => {
  const sheet = rawSheet(
    "Пары",
    ["№ пары/группы", "Наставник", "Наставляемый", "Форма", "Вид", "Статус", "Срок реализации программы"],
    [
      [
        "1",
        "Петрова Мария Ивановна",
        "Крылова Дарья Олеговна",
        "Учитель – учитель",
        "Традиционное",
        "Действует",
        "с 02.09.2024 по 30.05.2025",
      ],
    ],
  );
  const base = school({
    mentors: [mentor("Петрова Мария Ивановна")],
    mentees: [mentee("Крылова Дарья Олеговна")],
  });
  const r = evaluateWorkbook({ ...base, sheets: base.sheets.map((s) => (s.name === "Пары" ? sheet : s)) });
  expect(r.issues.filter((i) => i.code === "S002")).toEqual([]);
});
