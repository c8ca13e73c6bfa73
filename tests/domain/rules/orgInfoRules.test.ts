/** «Сведения»: O001 required item missing/empty, O002 school year, O003 D outside the year, O004 more involved than staff; F002/F004 on items. */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue } from "../evaluate";
import { ABSENT, mentee, mentor, pair, rawDate } from "../builders";
import { KRYLOVA, ORLOV, PETROVA, SOKOLOV, ZUEVA, tidy } from "./tidySchool";

// Rows of «Сведения» as the builder writes them (header on row 1).
const ROW = { code: 2, year: 5, asOf: 6, teachers: 7, students: 8 };

describe("O001 — a required item is missing or empty", () => {
  it("reports an empty «Код ОО» on its row, column «Значение», and not as F001", () => {
    const r2 = evaluate({ ...tidy(), info: { "Код ОО": "   " } });
    const i = onlyIssue(r2, "O001");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Сведения",
      row: ROW.code,
      column: "Значение",
      value: null,
    });
    expectRussianMessageNaming(i, "«Код ОО»");
    expect(r2.issues.filter((x) => x.sheet === "Сведения" && x.code !== "O001")).toEqual([]);
  });

  it("reports a missing item row with row null", () => {
    const r = evaluate({ ...tidy(), info: { Муниципалитет: ABSENT } });
    expect(onlyIssue(r, "O001")).toMatchObject({
      sheet: "Сведения",
      row: null,
      column: "Значение",
      value: null,
    });
  });

  it("reports every required item: code, name, municipality, year, date, teachers", () => {
    const r = evaluate(
      {
        ...tidy(),
        info: {
          "Код ОО": null,
          "Наименование ОО": null,
          Муниципалитет: null,
          "Учебный год": null,
          "Отчётная дата": null,
          "Численность педагогических работников": null,
        },
      },
      { asOf: "2024-12-20" },
    );
    expect(issuesWith(r, "O001").map((i) => i.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("does not require the optional items", () => {
    const r = evaluate({
      ...tidy(),
      info: { "Численность обучающихся": null, Куратор: ABSENT, "Дорожная карта": null },
    });
    expect(issuesWith(r, "O001")).toEqual([]);
  });
});

describe("F002 / F004 on «Сведения» items", () => {
  it("reports an unreadable Отчётная дата as F002 on its row", () => {
    const r = evaluate({ ...tidy(), info: { "Отчётная дата": "31.02.2024" } });
    const i = onlyIssue(r, "F002");
    expect(i).toMatchObject({ sheet: "Сведения", row: ROW.asOf, column: "Значение", value: "31.02.2024" });
    expectRussianMessageNaming(i, "«31.02.2024»");
  });

  it("reads a text Отчётная дата «20.12.2024» and a serial 45646 alike", () => {
    expect(evaluate({ ...tidy(), info: { "Отчётная дата": "20.12.2024" } }).issues).toEqual([]);
    expect(evaluate({ ...tidy(), info: { "Отчётная дата": 45646 } }).issues).toEqual([]);
  });

  it("reports a count that is not a number as F002, a negative or fractional count as F004", () => {
    const r = evaluate({
      ...tidy(),
      info: { "Численность педагогических работников": "сорок", "Численность обучающихся": 612.5 },
    });
    expect(r.issues.filter((i) => i.sheet === "Сведения").map((i) => [i.code, i.row, i.value])).toEqual([
      ["F002", ROW.teachers, "сорок"],
      ["F004", ROW.students, "612.5"],
    ]);
    const r2 = evaluate({ ...tidy(), info: { "Численность обучающихся": -3 } });
    expect(onlyIssue(r2, "F004")).toMatchObject({ row: ROW.students, value: "-3" });
  });

  it("reports a document mark that is not да/нет as F002", () => {
    const r = evaluate({ ...tidy(), info: { "Положение о наставничестве": "в работе" } });
    expect(onlyIssue(r, "F002")).toMatchObject({ sheet: "Сведения", row: 10, value: "в работе" });
  });
});

describe("O002 — «Учебный год» is none of the spellings of workbook.md, or its years are not consecutive", () => {
  it.each([
    "2024/2026",
    "2024/26",
    "24/25",
    "2025/2024",
    "2024-2025 учебного года",
    "2024",
    "2024/2025/2026",
    "две тысячи двадцать четвёртый",
  ])("reports «%s»", (year) => {
    const i = onlyIssue(evaluate({ ...tidy(), info: { "Учебный год": year } }), "O002");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Сведения",
      row: ROW.year,
      column: "Значение",
      value: year,
    });
    expectRussianMessageNaming(i, `«${year}»`);
  });

  it.each([
    "2024/2025",
    "2024-2025",
    "2024–2025",
    "2024—2025",
    "2024/25",
    "2024-25",
    "2024 / 2025",
    "2024-2025 учебный год",
    "2024-2025 уч. год",
    "2024/2025 г.",
    "2024-2025 гг.",
    "2024-2025 г.г.",
    "2024–2025 Учебный год",
  ])("accepts «%s»", (year) => {
    const r = evaluate({ ...tidy(), info: { "Учебный год": year } });
    expect(issuesWith(r, "O002")).toEqual([]);
    expect(r.wb.info.schoolYearFirst).toBe(2024);
  });

  it("accepts the two-digit second year across a century: «2099/00»", () => {
    const r = evaluate({ ...tidy(), info: { "Учебный год": "2099/00" } });
    expect(issuesWith(r, "O002")).toEqual([]);
  });
});

describe("O003 — Отчётная дата outside the school year", () => {
  it.each([
    ["2024-08-31", "31.08.2024"],
    ["2025-09-01", "01.09.2025"],
  ])("reports %s as a warning with the date as written", (iso, shown) => {
    const i = onlyIssue(
      evaluate({ ...tidy({ pairs: [], plan: [] }), info: { "Отчётная дата": rawDate(iso) } }),
      "O003",
    );
    expect(i).toMatchObject({
      severity: "warning",
      sheet: "Сведения",
      row: ROW.asOf,
      column: "Значение",
      value: shown,
    });
    expectRussianMessageNaming(i, shown);
  });

  it.each(["2024-09-01", "2025-08-31"])("accepts %s, the ends of 2024/2025", (iso) => {
    expect(
      issuesWith(
        evaluate({ ...tidy({ pairs: [], plan: [] }), info: { "Отчётная дата": rawDate(iso) } }),
        "O003",
      ),
    ).toEqual([]);
  });
});

describe("O004 — more distinct involved persons than the staff count", () => {
  // Involved pedagogical persons of the tidy school: Петрова, Соколов (Руководитель ОО), Крылова, Орлов, Зуева = 5.
  it("reports a count strictly below the involved number, on its row", () => {
    const i = onlyIssue(
      evaluate({ ...tidy(), info: { "Численность педагогических работников": 4 } }),
      "O004",
    );
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Сведения",
      row: ROW.teachers,
      column: "Значение",
      value: "4",
    });
    expectRussianMessageNaming(i, "5");
  });

  it("accepts an equal count", () => {
    expect(
      issuesWith(evaluate({ ...tidy(), info: { "Численность педагогических работников": 5 } }), "O004"),
    ).toEqual([]);
  });

  it("counts a teacher who is both mentor and mentee once", () => {
    const data = tidy({
      mentees: [
        mentee(KRYLOVA),
        mentee(ORLOV),
        mentee(ZUEVA),
        mentee("Соколов  Андрей Викторович", { "Педагогический стаж, лет": 20 }),
      ],
      pairs: [
        pair("1", PETROVA, KRYLOVA),
        pair("2", SOKOLOV, ORLOV),
        pair("3", PETROVA, ZUEVA),
        pair("4", PETROVA, "соколов андрей викторович"),
      ],
    });
    expect(
      issuesWith(evaluate({ ...data, info: { "Численность педагогических работников": 5 } }), "O004"),
    ).toEqual([]);
    expect(
      issuesWith(evaluate({ ...data, info: { "Численность педагогических работников": 4 } }), "O004"),
    ).toHaveLength(1);
  });

  it("checks students likewise, and only when their count is given", () => {
    const data = tidy({
      mentors: [
        mentor(PETROVA),
        mentor(SOKOLOV),
        mentor("Галкин Степан Ильич", { Категория: "Обучающийся", Должность: "10А" }),
      ],
      mentees: [
        { ФИО: "Мухина Вера Игоревна", Категория: "Обучающийся", Должность: "6Б" },
        { ФИО: "Титов Лев Петрович", Категория: "Обучающийся", Должность: "6Б" },
      ],
      pairs: [
        pair("1", "Галкин Степан Ильич", "Мухина Вера Игоревна", {
          "Форма наставничества": "Ученик – ученик",
        }),
        pair("2", "Галкин Степан Ильич", "Титов Лев Петрович", { "Форма наставничества": "Ученик – ученик" }),
      ],
    });
    // Involved students: Галкин (a mentor of category Обучающийся), Мухина, Титов = 3.
    expect(issuesWith(evaluate({ ...data, info: { "Численность обучающихся": 3 } }), "O004")).toEqual([]);
    expect(onlyIssue(evaluate({ ...data, info: { "Численность обучающихся": 2 } }), "O004")).toMatchObject({
      sheet: "Сведения",
      row: ROW.students,
      value: "2",
    });
    expect(issuesWith(evaluate({ ...data, info: { "Численность обучающихся": null } }), "O004")).toEqual([]);
  });
});
