/** Sheets are found by name or alias, case-insensitive and trimmed; the canonical name wins. */
import { readSchoolWorkbook } from "../../../src/domain/read/readWorkbook";
import { evaluateWorkbook } from "../../../src/domain/engine";
import { MENTOR_HEADERS, listSheet, mentee, mentor, pair, school } from "../builders";

const mentors = [mentor("Петрова Мария Ивановна"), mentor("Соколов Андрей Викторович")];

it("reads every template sheet under its alternative name", () => {
  const grid = school(
    {
      mentors,
      mentees: [mentee("Крылова Дарья Олеговна")],
      pairs: [pair("1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна")],
      plan: [],
    },
    {
      layout: {
        Сведения: { name: "Сведения об ОО" },
        Наставники: { name: "Банк наставников" },
        Наставляемые: { name: "База наставляемых" },
        Пары: { name: "Наставнические пары" },
        План: { name: "Дорожная карта" },
      },
    },
  );
  const wb = readSchoolWorkbook(grid);
  expect(wb.structureIssues).toEqual([]);
  expect(wb.info.code).toBe("ОО-17");
  expect(wb.mentors.map((m) => m.name)).toEqual(["Петрова Мария Ивановна", "Соколов Андрей Викторович"]);
  expect(wb.mentees.map((m) => m.name)).toEqual(["Крылова Дарья Олеговна"]);
  expect(wb.pairs).toHaveLength(1);
});

it.each([
  ["Банк наставляемых", "Наставляемые"],
  ["Пары и группы", "Пары"],
])("accepts «%s» for «%s»", (alias, canonical) => {
  const grid = school(
    {
      mentors,
      mentees: [mentee("Крылова Дарья Олеговна")],
      pairs: [pair("1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна")],
    },
    { layout: { [canonical]: { name: alias } } },
  );
  const wb = readSchoolWorkbook(grid);
  expect(wb.structureIssues).toEqual([]);
  expect(canonical === "Пары" ? wb.pairs.length : wb.mentees.length).toBe(1);
});

it("matches names case-insensitively after trimming", () => {
  const grid = school({ mentors }, { layout: { Наставники: { name: "  НАСТАВНИКИ " } } });
  const wb = readSchoolWorkbook(grid);
  expect(wb.structureIssues).toEqual([]);
  expect(wb.mentors).toHaveLength(2);
});

it("prefers the canonical name over an alias that comes first in the workbook", () => {
  const alias = listSheet("Наставники", MENTOR_HEADERS, [mentor("Старый Список Наставников")], {
    name: "Банк наставников",
  });
  const base = school({ mentors });
  const grid = { ...base, sheets: [alias, ...base.sheets] };
  const wb = readSchoolWorkbook(grid);
  expect(wb.mentors.map((m) => m.name)).toEqual(["Петрова Мария Ивановна", "Соколов Андрей Викторович"]);
  expect(wb.sheets.mentors?.nameInFile).toBe("Наставники");
});

it("takes the first of several aliases in workbook order and ignores the others", () => {
  const grid = school(
    { mentors },
    {
      layout: { Наставники: { name: "Банк наставников" } },
      extraSheets: [
        listSheet("Наставники", MENTOR_HEADERS, [mentor("Другой Список Наставников")], {
          name: "банк наставников ",
        }),
      ],
    },
  );
  const wb = readSchoolWorkbook(grid);
  expect(wb.mentors.map((m) => m.name)).toEqual(["Петрова Мария Ивановна", "Соколов Андрей Викторович"]);
  expect(wb.sheets.mentors?.nameInFile).toBe("Банк наставников");
});

it("names the canonical sheet in issues and keeps the file's name in sheetInFile", () => {
  const grid = school(
    { mentors: [mentor("Петрова Мария Ивановна", { Согласие: "может быть" })] },
    { layout: { Наставники: { name: "Банк наставников" } } },
  );
  const issue = evaluateWorkbook(grid).issues.find((i) => i.code === "F002")!;
  expect(issue).toMatchObject({
    sheet: "Наставники",
    sheetInFile: "Банк наставников",
    row: 2,
    column: "Согласие",
  });
});
