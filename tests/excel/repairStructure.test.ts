/**
 * Re-running «Создать структуру» repairs without losing data: a workbook with user rows, an extra
 * column, a missing column and a missing sheet comes back whole, every original cell in place.
 */
import { structurePlan } from "../../src/domain/structure/repairPlan";
import { listSheet } from "../../src/domain/template/sheets";
import type { FakeWorkbookState } from "../fakeExcel";
import { CURRENT_EXCEL, withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

async function runStructure() {
  h.fake.resetStats();
  const snapshot = await h.port.readStructure();
  const result = structurePlan(snapshot);
  await h.port.apply(result.plan);
  return result;
}

const mentors = listSheet("mentors");
// The user's «Наставники»: template headers without «Квалификационная категория», plus their own «Телефон».
const headers = mentors.columns.filter((c) => c.key !== "qualification").map((c) => c.header);
const userHeaders = [...headers, "Телефон"];
const userRows = [
  [
    "Иванова Анна Петровна",
    "Педагог",
    "Учитель",
    "Математика",
    21,
    "да",
    "да",
    "нет",
    "",
    "+7 900 111-22-33",
  ],
  [
    "Петров Олег Иванович",
    "Руководитель ОО",
    "Директор",
    "История",
    30,
    "да",
    "нет",
    "да",
    "совмещает",
    '=HYPERLINK("x")',
  ],
];

function seeded(): FakeWorkbookState {
  return {
    sheets: [
      {
        name: "Наставники",
        rows: [
          userHeaders,
          ...userRows.map((r) =>
            r.map((v) => (typeof v === "string" && v.startsWith("=") ? { value: v, numberFormat: "@" } : v)),
          ),
        ],
        tables: [{ name: "Mentors", address: `A1:${String.fromCharCode(64 + userHeaders.length)}3` }],
      },
      { name: "Заметки", rows: [["Моя заметка", 42]] },
    ],
  };
}

test("a workbook with user rows, an extra and a missing column is repaired in at most 4 syncs; every cell stays", async () => {
  h = withFakeExcel(seeded(), CURRENT_EXCEL);
  const before = h.fake.sheetValues("Наставники");
  const result = await runStructure();
  expect(h.fake.stats.requests).toBeLessThanOrEqual(4);

  const table = h.fake.state.table("Mentors")!;
  expect(table.headers).toEqual([...userHeaders, "Квалификационная категория"]);
  const after = h.fake.sheetValues("Наставники");
  before.forEach((row, r) => row.forEach((v, c) => expect([r, c, after[r][c]]).toEqual([r, c, v])));
  expect(h.fake.state.sheet("Наставники").cell("J3").value).toBe('=HYPERLINK("x")');
  expect(h.fake.state.sheet("Наставники").cell("J3").formula).toBeNull();
  expect(h.fake.sheetValues("Заметки")).toEqual([["Моя заметка", 42]]);
  // Missing sheets are created; the user's own sheet is untouched.
  for (const name of ["Сведения", "Настройки", "Наставляемые", "Пары", "План", "Справочники"]) {
    expect(h.fake.state.hasSheet(name)).toBe(true);
  }
  expect(result.summary.join("\n")).toContain("«Квалификационная категория»");
  // The repaired column has its dropdown.
  const qualification = h.fake.state.sheet("Наставники").validationAt("K2");
  expect(qualification?.type).toBe("List");
});

test("running it again changes nothing the user typed (idempotent)", async () => {
  h = withFakeExcel(seeded(), CURRENT_EXCEL);
  await runStructure();
  const once = Object.fromEntries(h.fake.state.sheetNames.map((n) => [n, h.fake.sheetValues(n)]));
  const tables = h.fake.state.tables.map((t) => [t.name, t.address, t.headers]);
  await runStructure();
  expect(h.fake.state.tables.map((t) => [t.name, t.address, t.headers])).toEqual(tables);
  for (const [name, values] of Object.entries(once))
    expect([name, h.fake.sheetValues(name)]).toEqual([name, values]);
});

test("a sheet with a header row but no table becomes a table in place, title rows kept", async () => {
  h = withFakeExcel({
    sheets: [
      {
        name: "Пары",
        rows: [
          ["Пары МБОУ «СОШ № 5»"],
          [],
          ["№ пары/группы", "Наставник", "Наставляемый", "Статус", "Дата начала"],
          [
            "1",
            "Иванова Анна Петровна",
            "Смирнова Дарья Алексеевна",
            "Действует",
            new Date(Date.UTC(2024, 8, 2)),
          ],
        ],
      },
    ],
  });
  await runStructure();
  const table = h.fake.state.tables.find((t) => t.sheet === "Пары")!;
  expect(table.address).toMatch(/^Пары!A3:/);
  expect(table.headers.slice(0, 5)).toEqual([
    "№ пары/группы",
    "Наставник",
    "Наставляемый",
    "Статус",
    "Дата начала",
  ]);
  expect(table.headers).toContain("Форма наставничества");
  expect(h.fake.state.sheet("Пары").cell("A1").value).toBe("Пары МБОУ «СОШ № 5»");
  expect(h.fake.state.sheet("Пары").cell("B4").value).toBe("Иванова Анна Петровна");
});

test("the add-in's own writes raise no change events", async () => {
  h = withFakeExcel(seeded(), CURRENT_EXCEL);
  await runStructure();
  expect(h.fake.stats.changesWithEventsEnabled).toBe(0);
});

describe("a workbook made by version 1 of the template", () => {
  const v1Mentees = listSheet("mentees")
    .columns.filter((c) => c.key !== "birthDate")
    .map((c) => c.header);
  const v1Info = [
    ["Показатель", "Значение"],
    ["Код ОО", "ОО-5"],
    ["Наименование ОО", "МБОУ «СОШ № 5»"],
    ["Муниципалитет", "Энский район"],
    ["Учебный год", "2024/2025"],
    ["Отчётная дата", "20.12.2024"],
    ["Численность педагогических работников", 40],
    ["Численность обучающихся", 600],
    ["Куратор", "Смирнова Ольга Викторовна"],
  ];
  const v1: () => FakeWorkbookState = () => ({
    sheets: [
      { name: "Сведения", rows: v1Info, tables: [{ name: "OrgInfo", address: `A1:B${v1Info.length}` }] },
      {
        name: "Наставляемые",
        rows: [
          [...v1Mentees, "Телефон"],
          ["Крылова Дарья Олеговна", "Педагог", "Учитель", "Русский язык", 1, 24, "", "", "", "", "+7 900"],
          ["Галкин Степан Ильич", "Обучающийся", "3А", "", "", 8, "", "", "", "", ""],
        ],
        tables: [{ name: "Mentees", address: `A1:${String.fromCharCode(65 + v1Mentees.length)}3` }],
      },
    ],
  });

  test("gains «Дата рождения» and the 10+ item; every row, value and extra column stays", async () => {
    h = withFakeExcel(v1());
    const before = h.fake.sheetValues("Наставляемые");
    const result = await runStructure();
    const table = h.fake.state.table("Mentees")!;
    expect(table.headers).toEqual([...v1Mentees, "Телефон", "Дата рождения"]);
    const after = h.fake.sheetValues("Наставляемые");
    before.forEach((row, r) => row.forEach((v, c) => expect([r, c, after[r][c]]).toEqual([r, c, v])));
    const info = h.fake.sheetValues("Сведения").map((r) => r[0]);
    expect(info).toContain("Численность обучающихся в возрасте от 10 лет");
    expect(h.fake.sheetValues("Сведения")[1]).toEqual(["Код ОО", "ОО-5"]);
    expect(result.summary.join("\n")).toContain("«Дата рождения»");
  });

  test("repairing it twice changes nothing the second time", async () => {
    h = withFakeExcel(v1());
    await runStructure();
    const once = Object.fromEntries(h.fake.state.sheetNames.map((n) => [n, h.fake.sheetValues(n)]));
    await runStructure();
    for (const [name, values] of Object.entries(once))
      expect([name, h.fake.sheetValues(name)]).toEqual([name, values]);
  });
});
