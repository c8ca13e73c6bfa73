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

describe("version 2: the Р-145 bases, road maps, names compared after header normalisation", () => {
  it.each([
    ["Наставники", "База наставников"],
    ["Наставники", "Форма базы наставников"],
    ["Наставляемые", "Форма базы наставляемых"],
    ["Наставляемые", "Банк наставляемых"],
    ["План", "План мероприятий"],
    ["План", "Дорожная карта (план мероприятий)"],
    ["План", "дорожная карта - план мероприятий"],
    ["Пары", "Пары-и-группы"],
    ["Сведения", "Сведения об ОО"],
  ])("«%s» is found as «%s»", (canonical, name) => {
    const grid = school(
      {
        mentors,
        mentees: [mentee("Крылова Дарья Олеговна")],
        pairs: [pair("1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна")],
      },
      { layout: { [canonical]: { name } } },
    );
    const wb = readSchoolWorkbook(grid);
    expect(wb.structureIssues.filter((i) => i.code === "S001")).toEqual([]);
  });

  it("matches a name Excel cut at 31 characters to the alternative name it starts", () => {
    const cut = "Дорожная карта (план мероприятий)".slice(0, 31);
    expect(cut).toBe("Дорожная карта (план мероприяти");
    const wb = readSchoolWorkbook(school({ plan: [] }, { layout: { План: { name: cut } } }));
    expect(wb.structureIssues.filter((i) => i.code === "S001")).toEqual([]);
    expect(wb.sheets.plan?.nameInFile).toBe(cut);
  });

  it("does not match a shorter start of an alternative name", () => {
    const wb = readSchoolWorkbook(
      school({ plan: [] }, { layout: { План: { name: "Дорожная карта (план" } } }),
    );
    expect(wb.structureIssues.map((i) => [i.code, i.sheet])).toEqual([["S001", "План"]]);
  });
});
