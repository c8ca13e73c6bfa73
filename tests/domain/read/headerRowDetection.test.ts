/**
 * The header row is the first of the first 20 worksheet rows in which at least ⌈n/2⌉ of the
 * sheet's n required headers are recognised.
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

it("counts rows in worksheet terms when the used range starts below row 1", () => {
  const found = listSheet("Наставники", MENTOR_HEADERS, [mentor("Петрова Мария Ивановна")], { firstRow: 20 });
  expect(readSchoolWorkbook(withMentorsSheet(found)).mentors.map((m) => m.row)).toEqual([21]);
  const tooLow = listSheet("Наставники", MENTOR_HEADERS, [mentor("Петрова Мария Ивановна")], {
    firstRow: 21,
  });
  expect(readSchoolWorkbook(withMentorsSheet(tooLow)).mentors).toEqual([]);
});

it("needs ⌈n/2⌉ required headers: 2 of the 3 on «Наставники» make a header", () => {
  // A row naming one required header (an alias of ФИО) is not the header; the row with ФИО + Категория is.
  const sheet = rawSheet(
    "Наставники",
    ["ФИО", "Категория", "Должность"],
    [["Петрова Мария Ивановна", "Педагог", "Учитель"]],
    { titleRows: [["ФИО полностью"], []] },
  );
  const r = evaluateWorkbook(withMentorsSheet(sheet));
  expect(r.wb.sheets.mentors?.headerRow).toBe(3);
  expect(r.issues.filter((i) => i.code === "S002").map((i) => `${i.sheet}:${i.column}`)).toEqual([
    "Наставники:Согласие",
  ]);
  expect(r.wb.mentors.map((m) => m.name)).toEqual(["Петрова Мария Ивановна"]);
});

it("needs 4 of the 8 required headers on «Пары»: a row with 3 is passed over", () => {
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

it("takes a row with exactly half of the «Пары» required headers as the header and reports the rest", () => {
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
