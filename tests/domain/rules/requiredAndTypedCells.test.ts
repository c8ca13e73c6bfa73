/** F001 required cell empty, F002 unreadable value, F003 not an allowed value, F004 out of range. */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue } from "../evaluate";
import { mentee, mentor, pair, planItem, rawDate } from "../builders";
import { KRYLOVA, PETROVA, tidy, tidyMentees, tidyMentors, tidyPairs, tidyPlan } from "./tidySchool";

const withPair = (o: Record<string, unknown>) =>
  tidy({
    pairs: [
      ...tidyPairs,
      pair("4", PETROVA, KRYLOVA, { "Дата начала": rawDate("2024-09-03"), ...o } as never),
    ],
  });

describe("F001 — a required cell is empty", () => {
  it("reports an empty «Статус» on «Пары»", () => {
    const i = onlyIssue(evaluate(withPair({ Статус: null })), "F001");
    expect(i).toMatchObject({
      code: "F001",
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Статус",
      value: null,
    });
    expectRussianMessageNaming(i, "«Статус»");
  });

  it("reports an empty required «Этап» on «План» and an empty «Согласие» on «Наставники»", () => {
    const r = evaluate(
      tidy({
        plan: [...tidyPlan, planItem("Диагностика затруднений", { Этап: "  " })],
        mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна", { Согласие: null })],
      }),
    );
    expect(issuesWith(r, "F001").map((i) => [i.sheet, i.row, i.column])).toEqual([
      ["Наставники", 4, "Согласие"],
      ["План", 3, "Этап"],
    ]);
  });

  it("reports person rows without a ФИО, which are not persons (no R001 between them)", () => {
    const nameless = { ФИО: null, Категория: "Педагог", Согласие: "да" };
    const r = evaluate(tidy({ mentors: [...tidyMentors, nameless, nameless] }));
    expect(issuesWith(r, "F001").map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["Наставники", 4, "ФИО", null],
      ["Наставники", 5, "ФИО", null],
    ]);
    expect(issuesWith(r, "R001")).toEqual([]);
  });

  it("does not report empty optional cells, nor a row that is entirely empty", () => {
    const r = evaluate(
      tidy({
        mentees: [
          ...tidyMentees,
          null,
          mentee("Лебедев Олег Игоревич", { Должность: null, "Возраст, лет": null, Примечание: null }),
        ],
        pairs: [...tidyPairs, null],
      }),
    );
    expect(issuesWith(r, "F001")).toEqual([]);
  });
});

describe("F002 — the value cannot be read as the column's type", () => {
  it("reports an impossible date as written", () => {
    const i = onlyIssue(evaluate(withPair({ "Дата начала": "31.02.2024" })), "F002");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Дата начала",
      value: "31.02.2024",
    });
    expectRussianMessageNaming(i, "«31.02.2024»");
  });

  it("accepts 29.02.2024, a real day", () => {
    expect(
      issuesWith(
        evaluate(
          withPair({
            "Дата начала": "29.02.2024",
            "Дата окончания (план)": "29.12.2024",
            "Приказ от": "28.02.2024",
          }),
        ),
        "F002",
      ),
    ).toEqual([]);
  });

  it("reports a стаж in words, a да/нет that is neither, and keeps the text as written", () => {
    const r = evaluate(
      tidy({
        mentees: [
          ...tidyMentees,
          mentee("Лебедев Олег Игоревич", { "Педагогический стаж, лет": "  два   года " }),
        ],
        mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна", { Согласие: "устно" })],
      }),
    );
    const found = issuesWith(r, "F002");
    expect(found.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["Наставники", 4, "Согласие", "устно"],
      ["Наставляемые", 5, "Педагогический стаж, лет", "два года"],
    ]);
    expectRussianMessageNaming(found[1], "«два года»");
  });

  it("accepts «3 года», «0,5» and «+»", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич", { "Педагогический стаж, лет": "3 года" })],
        mentors: [
          mentor("Петрова Мария Ивановна", { Согласие: "+", "Педагогический стаж, лет": "18,5" }),
          tidyMentors[1],
        ],
      }),
    );
    expect(issuesWith(r, "F002")).toEqual([]);
  });
});

describe("F003 — not one of the allowed values", () => {
  it("reports an unknown Вид as written", () => {
    const i = onlyIssue(evaluate(withPair({ "Вид наставничества": "Индивидуально-групповое" })), "F003");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Вид наставничества",
      value: "Индивидуально-групповое",
    });
    expectRussianMessageNaming(i, "«Индивидуально-групповое»");
  });

  it("accepts synonyms and dash variants", () => {
    const r = evaluate(
      withPair({
        "Вид наставничества": "Групповая",
        "Форма наставничества": "Педагог—педагог",
        Статус: "действующая",
      }),
    );
    expect(issuesWith(r, "F003")).toEqual([]);
  });

  it("checks categories against the sheet's own list: «Руководитель ОО» is not a mentee category", () => {
    const r = evaluate(
      tidy({ mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич", { Категория: "Руководитель ОО" })] }),
    );
    expect(issuesWith(r, "F003").map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["Наставляемые", 5, "Категория", "Руководитель ОО"],
    ]);
  });
});

describe("F004 — a number out of its range", () => {
  it("reports стаж 75 on «Наставники»", () => {
    const r = evaluate(
      tidy({
        mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна", { "Педагогический стаж, лет": 75 })],
      }),
    );
    const i = onlyIssue(r, "F004");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Наставники",
      row: 4,
      column: "Педагогический стаж, лет",
      value: "75",
    });
    expectRussianMessageNaming(i, "«75»");
  });

  it("accepts the ends of the ranges: стаж 0 and 60, возраст 5 and 80, оценка 1 and 10", () => {
    const r = evaluate(
      tidy({
        mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна", { "Педагогический стаж, лет": 60 })],
        mentees: [
          ...tidyMentees,
          mentee("Лебедев Олег Игоревич", { "Педагогический стаж, лет": 0, "Возраст, лет": 80 }),
          { ФИО: "Галкин Степан Ильич", Категория: "Обучающийся", "Возраст, лет": 5 },
          { ФИО: "Галкина Ева Ильинична", Категория: "Обучающийся", "Возраст, лет": "8 лет" },
        ],
        pairs: [
          ...tidyPairs.slice(0, 2),
          { ...tidyPairs[2], "Оценка наставника": 1, "Оценка наставляемого": "10" },
        ],
      }),
    );
    expect(issuesWith(r, "F004")).toEqual([]);
  });

  it.each([
    ["Возраст, лет", 4, "4"],
    ["Возраст, лет", 81, "81"],
    ["Возраст, лет", "3 года", "3 года"],
    ["Возраст, лет", 24.5, "24.5"],
    ["Педагогический стаж, лет", -1, "-1"],
    ["Педагогический стаж, лет", "60,5", "60,5"],
  ])("reports «%s» = %p on «Наставляемые» with value %p", (column, cell, value) => {
    const r = evaluate(
      tidy({ mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич", { [column]: cell })] }),
    );
    expect(issuesWith(r, "F004").map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["Наставляемые", 5, column, value],
    ]);
  });

  it.each([
    ["Оценка наставника", 11, "11"],
    ["Оценка наставника", 0, "0"],
    ["Оценка наставляемого", 7.5, "7.5"],
    ["Оценка наставляемого", "8,5", "8,5"],
  ])("reports «%s» = %p on «Пары» with value %p", (column, cell, value) => {
    const r = evaluate(withPair({ [column]: cell }));
    expect(issuesWith(r, "F004").map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["Пары", 5, column, value],
    ]);
  });

  it("allows a fractional стаж (only integers where required)", () => {
    expect(
      issuesWith(
        evaluate(
          tidy({
            mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич", { "Педагогический стаж, лет": 0.5 })],
          }),
        ),
        "F004",
      ),
    ).toEqual([]);
  });
});
