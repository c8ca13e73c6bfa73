/** «Сведения»: items found by «Показатель» (header normalisation), in any order; unknown items ignored. */
import { readSchoolWorkbook } from "../../../src/domain/read/readWorkbook";
import { INFO_HEADERS, day, infoEntries, keyValueSheet, rawDate, school, shuffled } from "../builders";

const withInfo = (sheet: ReturnType<typeof keyValueSheet>) => {
  const base = school({});
  return readSchoolWorkbook({ ...base, sheets: base.sheets.map((s) => (s.name === "Сведения" ? sheet : s)) });
};

it("reads the template's items", () => {
  const info = readSchoolWorkbook(
    school({ info: { "Положение о наставничестве": "нет", "Численность обучающихся": "612" } }),
  ).info;
  expect(info).toMatchObject({
    code: "ОО-17",
    name: "МБОУ «СОШ № 17»",
    municipality: "Городской округ Энск",
    schoolYear: "2024/2025",
    asOf: day("2024-12-20"),
    teachers: 40,
    students: 612,
    documents: [false, true, true, true, true],
  });
});

it.each([7, 11, 2025])("finds items in any order (seed %d) and keeps each item's row", (seed) => {
  const entries = shuffled(infoEntries({ "Отчётная дата": "20.12.2024" }), seed);
  const info = withInfo(keyValueSheet("Сведения", INFO_HEADERS, entries)).info;
  expect(info.asOf).toBe(day("2024-12-20"));
  expect(info.teachers).toBe(40);
  expect(info.code).toBe("ОО-17");
  const codeRow = entries.findIndex(([k]) => k === "Код ОО") + 2;
  expect(info.items.get("code")?.row).toBe(codeRow);
});

it("matches labels by header normalisation and ignores unknown items", () => {
  const info = withInfo(
    keyValueSheet(
      "Сведения",
      INFO_HEADERS,
      [
        ["Телефон ОО", "+7 900 000-00-00"],
        ["КОД ОО:", "ОО-05"],
        ["Отчетная дата", rawDate("2025-03-01")],
        ["Численность  педагогических работников*", 33],
        ["Дорожная карта", "+"],
      ],
      { titleRows: [["Сведения об образовательной организации"], []] },
    ),
  ).info;
  expect(info).toMatchObject({ code: "ОО-05", asOf: day("2025-03-01"), teachers: 33 });
  expect(info.documents).toEqual([undefined, undefined, true, undefined, undefined]);
  expect(info.items.get("code")?.row).toBe(5);
});

it("makes an empty or unreadable count undefined (its KPI's denominator becomes 0)", () => {
  const info = readSchoolWorkbook(
    school({
      info: { "Численность педагогических работников": "около 40", "Численность обучающихся": null },
    }),
  ).info;
  expect(info.teachers).toBeUndefined();
  expect(info.students).toBeUndefined();
});

describe("version 2: item clean-ups, aliases, counts with units, document references", () => {
  const info = () =>
    withInfo(
      keyValueSheet(
        "Сведения",
        ["Наименование", "Значение показателя"],
        [
          ["Наименование ОО", "МБОУ «Сосновская СОШ»"],
          ["Код ОО", "БМО-12"],
          ["Учебный год", "2024-2025 уч. год"],
          ["Отчётная дата", rawDate("2024-11-15")],
          ["Педагогических работников", "64 чел."],
          ["Общая численность обучающихся", "1\u00a0038"],
          ["из них обучающихся в возрасте от 10 лет (5–11 классы)", 602],
          ["Положение о наставничестве", "имеется"],
          ["Программа наставничества", "нет"],
          ["Дорожная карта", "разработана"],
          ["Приказ о назначении наставников", "приказ от 29.08.2024 № 214-од"],
          ["Приказ о закреплении пар (групп)", "✓"],
        ],
        { titleRows: [["Сведения об образовательной организации (наставничество)"]] },
      ),
    ).info;

  it("finds the header «Наименование | Значение показателя» under a title, and every item", () => {
    expect(info()).toMatchObject({
      name: "МБОУ «Сосновская СОШ»",
      code: "БМО-12",
      schoolYear: "2024-2025 уч. год",
      schoolYearFirst: 2024,
      asOf: day("2024-11-15"),
      teachers: 64,
      students: 1038,
      students10: 602,
      documents: [true, false, true, true, true],
    });
    expect(info().items.get("students10")?.row).toBe(9);
  });

  it.each([
    ["в т.ч. обучающихся в возрасте от 10 лет (5-11 кл.)", "students10"],
    ["в том числе обучающихся в возрасте от 10 лет", "students10"],
    ["Численность обучающихся от 10 лет", "students10"],
    ["Обучающихся в возрасте от 10 лет", "students10"],
    ["Численность обучающихся в возрасте от 10 лет", "students10"],
    ["Общая численность педагогических работников", "teachers"],
    ["Численность педагогических работников (без совместителей)", "teachers"],
    ["Приказ о закреплении пар (групп)", "docPairsOrder"],
    ["Приказ о закреплении пар", "docPairsOrder"],
  ])("«%s» is the item %s", (label, key) => {
    const found = withInfo(keyValueSheet("Сведения", INFO_HEADERS, [[label, 7]])).info.items;
    expect([...found.keys()]).toEqual([key]);
  });

  it("keeps «Численность обучающихся» and the 10+ item apart", () => {
    const found = withInfo(
      keyValueSheet("Сведения", INFO_HEADERS, [
        ["Численность обучающихся", 520],
        ["Численность обучающихся в возрасте от 10 лет", 300],
      ]),
    ).info;
    expect([found.students, found.students10]).toEqual([520, 300]);
  });

  it("takes «Наименование показателя» as «Показатель»", () => {
    const found = withInfo(
      keyValueSheet("Сведения", ["Наименование показателя", "Значение"], [["Код ОО", "ОО-1"]]),
    );
    expect(found.info.code).toBe("ОО-1");
    expect(found.structureIssues).toEqual([]);
  });
});
