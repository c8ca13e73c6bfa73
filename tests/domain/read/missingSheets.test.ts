/** A missing required sheet is one S001 each; «Настройки» and the generated sheets are optional. */
import { evaluateWorkbook } from "../../../src/domain/engine";
import { mentee, mentor, school } from "../builders";

it("reports one S001 per missing required sheet, naming it, with no row, column or value", () => {
  const r = evaluateWorkbook(
    school({ mentors: [mentor("Петрова Мария Ивановна")] }, { omit: ["Наставляемые", "План"] }),
  );
  const s001 = r.issues.filter((i) => i.code === "S001");
  expect(s001.map((i) => i.sheet).sort()).toEqual(["Наставляемые", "План"]);
  for (const i of s001) {
    expect(i).toMatchObject({ severity: "error", row: null, column: null, value: null, sheetInFile: null });
    expect(i.message).toContain(`«${i.sheet}»`);
    expect(i.message).toMatch(/[А-Яа-я]{3,}/);
  }
});

it("reports all five required sheets of an empty workbook and does not crash", () => {
  const r = evaluateWorkbook({ sheets: [], date1904: false });
  expect(
    r.issues
      .filter((i) => i.code === "S001")
      .map((i) => i.sheet)
      .sort(),
  ).toEqual(["Наставники", "Наставляемые", "Пары", "План", "Сведения"].sort());
  expect(r.issues.every((i) => i.code === "S001")).toBe(true);
});

it("does not require «Настройки», «Справочники», «Проверка», «Мониторинг» or «Свод»", () => {
  const r = evaluateWorkbook(school({ mentors: [mentor("Петрова Мария Ивановна")] }));
  expect(r.issues.filter((i) => i.code.startsWith("S"))).toEqual([]);
});

it("never reads a generated sheet as input, even when it looks like a template sheet", () => {
  const base = school({});
  const monitoring = { ...base.sheets.find((s) => s.name === "Наставники")!, name: "Мониторинг" };
  const r = evaluateWorkbook({
    ...base,
    sheets: base.sheets.filter((s) => s.name !== "Наставники").concat(monitoring),
  });
  expect(r.issues.filter((i) => i.code === "S001").map((i) => i.sheet)).toEqual(["Наставники"]);
});

it("reports S002 for «Показатель» and «Значение» when «Сведения» has no header row", () => {
  const base = school({});
  const info = {
    name: "Сведения",
    firstRow: 1,
    firstCol: 1,
    rows: [
      ["Код ОО", "ОО-17"],
      ["Отчётная дата", "20.12.2024"],
    ],
  };
  const r = evaluateWorkbook({ ...base, sheets: base.sheets.map((s) => (s.name === "Сведения" ? info : s)) });
  expect(r.issues.filter((i) => i.code === "S002").map((i) => [i.sheet, i.column, i.row, i.value])).toEqual([
    ["Сведения", "Показатель", null, null],
    ["Сведения", "Значение", null, null],
  ]);
});

it("reports S002 for a required column missing under a recognised header, and still reads the rest", () => {
  const r = evaluateWorkbook(
    school(
      { mentees: [mentee("Крылова Дарья Олеговна")] },
      { layout: { Наставляемые: { columns: ["ФИО", "Должность", "Педагогический стаж, лет"] } } },
    ),
  );
  expect(r.issues.filter((i) => i.code === "S002").map((i) => [i.sheet, i.column])).toEqual([
    ["Наставляемые", "Категория"],
  ]);
  expect(r.wb.mentees.map((m) => [m.name, m.experience])).toEqual([["Крылова Дарья Олеговна", 1]]);
});
