/** Columns in any order, alias headers, duplicate headers (leftmost wins), the two-«Категория» case. */
import { readSchoolWorkbook, type SchoolWorkbook } from "../../../src/domain/read/readWorkbook";
import { evaluateWorkbook } from "../../../src/domain/engine";
import { day, mentee, mentor, pair, rawDate, rawSheet, school, type SchoolData } from "../builders";

const data: SchoolData = {
  mentors: [
    mentor("Петрова Мария Ивановна", {
      "Педагогический стаж, лет": 22,
      "Квалификационная категория": "Первая",
      "Предмет / направление": "Физика",
    }),
  ],
  mentees: [
    mentee("Крылова Дарья Олеговна", {
      "Педагогический стаж, лет": 2,
      "Возраст, лет": 25,
      "Дата рождения": "12.04.1999",
      "Профессиональные затруднения": "оценивание",
    }),
  ],
  pairs: [
    pair("7", "Петрова Мария Ивановна", "Крылова Дарья Олеговна", {
      "Дата окончания (факт)": rawDate("2024-12-10"),
      Статус: "Завершена",
      "Оценка наставника": 8,
      "Оценка наставляемого": 9,
      "Приказ №": "45-о",
      Результат: "Программа выполнена",
    }),
  ],
  plan: [
    {
      Этап: "Подготовительный",
      Мероприятие: "Педсовет",
      Срок: rawDate("2024-09-20"),
      Статус: "Выполнено",
      "Дата выполнения": rawDate("2024-09-20"),
      Ответственный: "Куратор",
      "Ожидаемый результат": "Протокол",
    },
  ],
};

/** What the reader makes of the data, as plain facts to compare across layouts. */
const facts = (wb: SchoolWorkbook) => ({
  // Every column found, so an alias of a column no record field holds is checked too.
  columns: Object.fromEntries(
    Object.entries(wb.sheets).map(([id, sheet]) => [id, [...(sheet?.columns.keys() ?? [])].sort()]),
  ),
  mentor: wb.mentors.map((m) => [
    m.name,
    m.category,
    m.position,
    m.experience,
    m.qualification,
    m.subject,
    m.consent,
    m.trained,
    m.rewarded,
  ]),
  mentee: wb.mentees.map((m) => [m.name, m.category, m.position, m.experience, m.age, m.birthDate]),
  pair: wb.pairs.map((p) => [
    p.no,
    p.mentorName,
    p.menteeName,
    p.form,
    p.kind,
    p.start,
    p.plannedEnd,
    p.actualEnd,
    p.status,
    p.orderNo,
    p.orderDate,
    p.mentorScore,
    p.menteeScore,
  ]),
  plan: wb.plan.map((p) => [p.stage, p.event, p.due, p.status, p.doneDate]),
});

const canonical = facts(readSchoolWorkbook(school(data)));

it("the canonical layout reads the values that were written", () => {
  expect(canonical.mentor).toEqual([
    ["Петрова Мария Ивановна", "Педагог", "Учитель", 22, "Первая", "Физика", true, true, false],
  ]);
  expect(canonical.columns.mentees).toContain("birthDate");
  expect(canonical.columns.pairs).toContain("result");
  expect(canonical.pair[0].slice(0, 5)).toEqual([
    "7",
    "Петрова Мария Ивановна",
    "Крылова Дарья Олеговна",
    "Учитель – учитель",
    "Традиционное (один на один)",
  ]);
  expect(canonical.pair[0].slice(5)).toEqual([
    day("2024-09-02"),
    day("2025-05-30"),
    day("2024-12-10"),
    "Завершена",
    "45-о",
    day("2024-08-30"),
    8,
    9,
  ]);
});

it.each([1, 2, 3, 42, 2024])("reads the same facts whatever the column order (seed %d)", (seed) => {
  const grid = school(data, {
    layout: {
      Наставники: { shuffle: seed },
      Наставляемые: { shuffle: seed + 1 },
      Пары: { shuffle: seed + 2 },
      План: { shuffle: seed + 3 },
    },
  });
  const wb = readSchoolWorkbook(grid);
  expect(wb.structureIssues).toEqual([]);
  expect(facts(wb)).toEqual(canonical);
});

describe("alias headers (case-insensitive)", () => {
  const cases: [string, string, string][] = [
    ["Наставники", "ФИО", "Ф.И.О."],
    ["Наставники", "ФИО", "Ф. И. О."],
    ["Наставники", "ФИО", "ФИО полностью"],
    ["Наставники", "ФИО", "Фамилия имя отчество"],
    ["Наставники", "ФИО", "ФИО наставника"],
    ["Наставники", "Педагогический стаж, лет", "Стаж"],
    ["Наставники", "Педагогический стаж, лет", "Стаж работы"],
    ["Наставники", "Педагогический стаж, лет", "Педагогический стаж"],
    ["Наставники", "Педагогический стаж, лет", "Пед. стаж"],
    ["Наставники", "Педагогический стаж, лет", "Стаж (лет)"],
    ["Наставники", "Квалификационная категория", "Категория (квалификационная)"],
    ["Наставники", "Предмет / направление", "Предмет"],
    ["Наставники", "Предмет / направление", "Преподаваемый предмет"],
    ["Наставники", "Предмет / направление", "Направление"],
    ["Наставляемые", "ФИО", "Ф.И.О."],
    ["Наставляемые", "ФИО", "ФИО наставляемого"],
    ["Наставляемые", "ФИО", "ФИО молодого специалиста"],
    ["Наставляемые", "ФИО", "ФИО участника"],
    ["Наставляемые", "Педагогический стаж, лет", "Пед. стаж"],
    ["Пары", "Наставник", "ФИО наставника"],
    ["Пары", "Наставляемый", "ФИО наставляемого"],
    ["Пары", "Форма наставничества", "Форма"],
    ["Пары", "Форма наставничества", "Модель наставничества"],
    ["Пары", "Вид наставничества", "Вид"],
    ["Пары", "Вид наставничества", "Формат"],
    ["Пары", "Дата начала", "Начало"],
    ["Пары", "Дата начала", "Дата вхождения в программу"],
    ["Пары", "Дата окончания (план)", "Плановая дата окончания"],
    ["Пары", "Дата окончания (план)", "Окончание (план)"],
    ["Пары", "Дата окончания (факт)", "Фактическая дата окончания"],
    ["Пары", "Дата окончания (факт)", "Дата завершения"],
    ["Пары", "Приказ №", "№ приказа"],
    ["Пары", "Приказ №", "Номер приказа"],
    ["Пары", "Приказ от", "Дата приказа"],
    ["Пары", "Оценка наставника", "Удовлетворённость наставника"],
    ["Пары", "Оценка наставляемого", "Удовлетворённость наставляемого"],
    // Version 2 (workbook.md, "Header aliases"): the Р-145 bases, the order annexes, the road maps.
    ["Наставники", "ФИО", "ФИО наставника (полностью)"],
    ["Наставники", "Должность", "Должность/специальность"],
    ["Наставники", "Должность", "Должность / специальность"],
    ["Наставники", "Должность", "Должность (специальность)"],
    ["Наставники", "Должность", "Класс"],
    ["Наставники", "Квалификационная категория", "Квалификация"],
    ["Наставники", "Согласие", "Согласие на наставничество"],
    ["Наставники", "Согласие", "Согласие наставника"],
    ["Наставники", "Согласие", "Письменное согласие"],
    ["Наставники", "Обучение по наставничеству", "КПК по наставничеству"],
    ["Наставники", "Обучение по наставничеству", "Курсы по наставничеству"],
    ["Наставники", "Обучение по наставничеству", "Обучение (КПК) по наставничеству"],
    ["Наставники", "Стимулирующая выплата", "Стимулирующие выплаты"],
    ["Наставники", "Стимулирующая выплата", "Доплата за наставничество"],
    ["Наставляемые", "ФИО", "ФИО наставляемого (полностью)"],
    ["Наставляемые", "Возраст, лет", "Возраст"],
    ["Наставляемые", "Возраст, лет", "Возраст наставляемого"],
    ["Наставляемые", "Возраст, лет", "Полных лет"],
    ["Наставляемые", "Дата рождения", "Год рождения"],
    ["Наставляемые", "Дата рождения", "Дата (год) рождения"],
    ["Наставляемые", "Профессиональные затруднения", "Затруднения"],
    ["Наставляемые", "Профессиональные затруднения", "Профессиональные дефициты"],
    ["Наставляемые", "Профессиональные затруднения", "Запрос"],
    ["Наставляемые", "Профессиональные затруднения", "Запрос наставляемого"],
    ["Наставляемые", "Профессиональные затруднения", "Основной запрос наставляемого"],
    ["Наставляемые", "Профессиональные затруднения", "Ключевой запрос наставляемого"],
    ["Пары", "Наставник", "ФИО наставника (полностью)"],
    ["Пары", "Наставляемый", "ФИО наставляемого (полностью)"],
    ["Пары", "Дата окончания (план)", "Дата завершения программы наставничества"],
    ["Пары", "Дата окончания (план)", "Дата завершения программы"],
    ["Пары", "Результат", "Результаты программы"],
    ["Пары", "Результат", "Результаты программы наставничества"],
    ["План", "Мероприятие", "Действия"],
    ["План", "Мероприятие", "Мероприятия"],
    ["План", "Мероприятие", "Наименование мероприятия"],
    ["План", "Мероприятие", "Содержание деятельности"],
    ["План", "Ответственный", "Ответственные"],
    ["План", "Ответственный", "Ответственный исполнитель"],
    ["План", "Срок", "Срок исполнения"],
    ["План", "Срок", "Сроки"],
    ["План", "Срок", "Срок выполнения"],
    ["План", "Срок", "Сроки проведения"],
    ["План", "Ожидаемый результат", "Ожидаемый результат, вид документа"],
    ["План", "Статус", "Отметка о выполнении"],
    ["План", "Статус", "Отметка об исполнении"],
    ["План", "Статус", "Выполнение"],
  ];
  it.each(cases)("«%s»: «%s» may be headed «%s»", (sheet, header, alias) => {
    for (const written of [alias, alias.toUpperCase()]) {
      const wb = readSchoolWorkbook(
        school(data, { layout: { [sheet]: { aliases: { [header]: written } } } }),
      );
      expect(wb.structureIssues).toEqual([]);
      expect(facts(wb)).toEqual(canonical);
    }
  });
});

describe("two columns for one header", () => {
  it("uses the leftmost and treats the other as unknown (no issue from its cells)", () => {
    const grid = school({}, {});
    const sheet = rawSheet(
      "Наставники",
      ["ФИО", "Категория", "Согласие", "Согласие"],
      [["Петрова Мария Ивановна", "Педагог", "да", "может быть"]],
    );
    const r = evaluateWorkbook({
      ...grid,
      sheets: grid.sheets.map((s) => (s.name === "Наставники" ? sheet : s)),
    });
    expect(r.wb.mentors[0].consent).toBe(true);
    expect(r.issues.filter((i) => i.sheet === "Наставники" && i.code.startsWith("F"))).toEqual([]);
  });

  it("leftmost wins even when it is an alias and the canonical header is further right", () => {
    const grid = school({});
    const sheet = rawSheet(
      "Наставники",
      ["ФИО", "Стаж работы", "Категория", "Согласие", "Педагогический стаж, лет"],
      [["Петрова Мария Ивановна", "5 лет", "Педагог", "да", 22]],
    );
    const wb = readSchoolWorkbook({
      ...grid,
      sheets: grid.sheets.map((s) => (s.name === "Наставники" ? sheet : s)),
    });
    expect(wb.mentors[0].experience).toBe(5);
  });
});

describe("«Наставники» with two columns headed «Категория»", () => {
  const withSheet = (header: string[], rows: (string | null)[][]) => {
    const grid = school({});
    return evaluateWorkbook({
      ...grid,
      sheets: grid.sheets.map((s) => (s.name === "Наставники" ? rawSheet("Наставники", header, rows) : s)),
    });
  };

  it("takes the column of qualification levels as «Квалификационная категория» when it is on the left", () => {
    const r = withSheet(
      ["ФИО", "Категория", "Категория", "Согласие"],
      [
        ["Петрова Мария Ивановна", "Высшая", "Педагог", "да"],
        ["Соколов Андрей Викторович", "Первая", "Руководитель ОО", "да"],
        ["Орлова Вера Павловна", null, "Педагог", "да"],
      ],
    );
    expect(r.wb.mentors.map((m) => [m.category, m.qualification])).toEqual([
      ["Педагог", "Высшая"],
      ["Руководитель ОО", "Первая"],
      ["Педагог", undefined],
    ]);
    expect(r.issues.filter((i) => i.code === "F003" || i.code === "S002")).toEqual([]);
  });

  it("and when it is on the right", () => {
    const r = withSheet(
      ["ФИО", "Категория", "Согласие", "Категория"],
      [
        ["Петрова Мария Ивановна", "Педагог", "да", "Высшая"],
        ["Соколов Андрей Викторович", "Руководитель ОО", "да", "Соответствие занимаемой должности"],
      ],
    );
    expect(r.wb.mentors.map((m) => [m.category, m.qualification])).toEqual([
      ["Педагог", "Высшая"],
      ["Руководитель ОО", "Соответствие занимаемой должности"],
    ]);
  });

  it("decides by most of the non-empty values: one misspelt level does not flip the choice", () => {
    const r = withSheet(
      ["ФИО", "Категория", "Категория", "Согласие"],
      [
        ["Петрова Мария Ивановна", "Педагог", "Высшая", "да"],
        ["Соколов Андрей Викторович", "Педагог", "Первая", "да"],
        ["Орлова Вера Павловна", "Педагог", "высш.", "да"],
      ],
    );
    expect(r.wb.mentors.map((m) => m.category)).toEqual(["Педагог", "Педагог", "Педагог"]);
    expect(r.wb.mentors.map((m) => m.qualification)).toEqual(["Высшая", "Первая", undefined]);
    expect(r.issues.filter((i) => i.code === "F003").map((i) => [i.row, i.column, i.value])).toEqual([
      [4, "Квалификационная категория", "высш."],
    ]);
  });

  it("when neither column holds mostly qualification levels, the leftmost is «Категория» and the other is unknown", () => {
    const r = withSheet(
      ["ФИО", "Категория", "Категория", "Согласие"],
      [
        ["Петрова Мария Ивановна", "Педагог", "Педагог", "да"],
        ["Соколов Андрей Викторович", "Руководитель ОО", "Руководитель", "да"],
      ],
    );
    expect(r.wb.mentors.map((m) => m.category)).toEqual(["Педагог", "Руководитель ОО"]);
    expect(r.issues.filter((i) => i.code === "F003")).toEqual([]);
  });
});

describe("«Наставники» with a single column headed «Категория» of qualification levels", () => {
  it("takes it as «Квалификационная категория», and «Категория» is missing (S002)", () => {
    const grid = school({});
    const r = evaluateWorkbook({
      ...grid,
      sheets: grid.sheets.map((s) =>
        s.name === "Наставники"
          ? rawSheet(
              "Наставники",
              ["ФИО", "Категория", "Согласие"],
              [
                ["Петрова Мария Ивановна", "Высшая кв. категория", "да"],
                ["Соколов Андрей Викторович", "первая", "да"],
                ["Орлова Вера Павловна", "СЗД", "да"],
              ],
            )
          : s,
      ),
    });
    expect(r.wb.mentors.map((m) => m.qualification)).toEqual([
      "Высшая",
      "Первая",
      "Соответствие занимаемой должности",
    ]);
    expect(r.issues.filter((i) => i.code === "S002").map((i) => [i.sheet, i.column])).toEqual([
      ["Наставники", "Категория"],
    ]);
    expect(r.issues.filter((i) => i.code === "F003")).toEqual([]);
  });
});

it("only «Наставники» gets the two-«Категория» treatment", () => {
  // On «Наставляемые» the second «Категория» is simply an unknown duplicate.
  const grid = school({});
  const sheet = rawSheet(
    "Наставляемые",
    ["ФИО", "Категория", "Категория"],
    [["Крылова Дарья Олеговна", "Педагог", "Высшая"]],
  );
  const r = evaluateWorkbook({
    ...grid,
    sheets: grid.sheets.map((s) => (s.name === "Наставляемые" ? sheet : s)),
  });
  expect(r.wb.mentees[0].category).toBe("Педагог");
  expect(r.issues.filter((i) => i.sheet === "Наставляемые" && i.code === "F003")).toEqual([]);
});
