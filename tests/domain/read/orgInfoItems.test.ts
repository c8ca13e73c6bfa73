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
