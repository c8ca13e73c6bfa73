/**
 * Rules changed in version 2 (rules.md, "Changes in version 2"): F004 ages 5–80 and ages derived
 * from «Дата рождения», F005 not for «Дата рождения», P001/P002 «несколько лиц», P005 without a
 * lower bound for short kinds, P006 and «Приостановлена», P013 «Студент – студент», O004 against
 * the students' denominator.
 */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue, placesOf } from "../evaluate";
import { mentee, mentor, pair, rawDate, student } from "../builders";
import { KRYLOVA, ORLOV, PETROVA, SOKOLOV, tidy, tidyMentees, tidyMentors, tidyPairs } from "./tidySchool";

describe("F004/F005 and «Дата рождения» (D = 20.12.2024)", () => {
  const withPupil = (o: Record<string, unknown>) =>
    evaluate(tidy({ mentees: [...tidyMentees, student("Галкин Степан Ильич", "3А", o as never)] }));

  it.each([
    [{ "Возраст, лет": 5 }],
    [{ "Возраст, лет": "8 лет" }],
    [{ "Возраст, лет": null, "Дата рождения": "2016 г.р." }],
    [{ "Возраст, лет": null, "Дата рождения": rawDate("2016-12-20") }],
  ])("accepts a pupil of 5 to 8 years: %p", (o) => {
    const r = withPupil(o);
    expect(r.issues.filter((i) => i.code === "F004" || i.code === "F005")).toEqual([]);
  });

  it("reports an age derived from «Дата рождения» outside 5–80 as F004 on «Дата рождения»", () => {
    const r = withPupil({ "Возраст, лет": null, "Дата рождения": rawDate("2020-05-01") });
    const i = onlyIssue(r, "F004");
    expect(i).toMatchObject({ sheet: "Наставляемые", row: 5, column: "Дата рождения", value: "01.05.2020" });
    expectRussianMessageNaming(i, "4 года");
  });

  it("derives the age when «Возраст, лет» is out of range: both cells are reported", () => {
    const r = withPupil({ "Возраст, лет": 140, "Дата рождения": "1880 г.р." });
    expect(issuesWith(r, "F004").map((i) => i.column)).toEqual(["Возраст, лет", "Дата рождения"]);
  });

  it("does not judge «Дата рождения» by the plausible-date bounds (F005)", () => {
    const r = withPupil({ "Возраст, лет": null, "Дата рождения": rawDate("1999-07-21") });
    expect(issuesWith(r, "F005")).toEqual([]);
  });

  it("does not derive (nor report) a birth date when «Возраст, лет» is usable", () => {
    const r = withPupil({ "Возраст, лет": 9, "Дата рождения": rawDate("1950-01-01") });
    expect(issuesWith(r, "F004")).toEqual([]);
  });

  it("reports an unreadable «Дата рождения» as F002 with a hint about a year of birth", () => {
    const i = onlyIssue(withPupil({ "Возраст, лет": null, "Дата рождения": "весна 2015" }), "F002");
    expect(i).toMatchObject({ column: "Дата рождения", value: "весна 2015" });
    expect(i.message).toContain("2012 г.р.");
  });
});

describe("P001/P002 and short names", () => {
  const mentors = [
    ...tidyMentors,
    mentor("Петров Сергей Николаевич"),
    mentor("Петров Семён Натанович"),
    mentor("Баранов Артём Игоревич"),
  ];
  const withPair = (mentorName: string, menteeName = KRYLOVA) =>
    evaluate(
      tidy({
        mentors,
        pairs: [...tidyPairs, pair("4", mentorName, menteeName, { "Дата начала": rawDate("2024-09-03") })],
      }),
    );

  it.each([
    "Петров Сергей Н.",
    "Петров С. Николаевич",
    "Баранов Артём",
    "Баранов А.И.",
    "баранов а. и.",
    "Петрова М.И.",
  ])("resolves «%s» to exactly one person, with F008 and no P001", (name) => {
    const r = withPair(name);
    expect(issuesWith(r, "P001")).toEqual([]);
    expect(issuesWith(r, "F008").map((i) => [i.row, i.column])).toEqual([[5, "Наставник"]]);
    expect(r.analysis.pairs[3].mentor).toBeDefined();
  });

  it("says «несколько лиц» when the short name fits several persons", () => {
    const i = onlyIssue(withPair("Петров С.Н."), "P001");
    expect(i).toMatchObject({ row: 5, column: "Наставник", value: "Петров С.Н." });
    expect(i.message).toContain("несколько лиц");
    expect(i.message).toContain("«Петров Сергей Николаевич», «Петров Семён Натанович»");
  });

  it.each(["Петров", "Петров С.Н.В.И.", "Петров Сергей Н", "Петров Степан Н.", "Сергей Петров"])(
    "does not take «%s» for anybody",
    (name) => {
      const r = withPair(name);
      expect(issuesWith(r, "P001").map((i) => i.value)).toEqual([name]);
      expect(issuesWith(r, "F008")).toEqual([]);
    },
  );

  it("resolves mentees the same way (P002)", () => {
    expect(issuesWith(withPair(PETROVA, "Крылова Д.О."), "P002")).toEqual([]);
    expect(issuesWith(withPair(PETROVA, "Крылова Д.А."), "P002")).toHaveLength(1);
  });

  it("compares resolved persons: the same mentor under two spellings is one mentor (P012, P014)", () => {
    const r = evaluate(
      tidy({
        pairs: [
          ...tidyPairs,
          pair("1", "Петрова М.И.", ORLOV, { "Дата начала": rawDate("2024-09-03") }),
          pair("5", "Петрова М.И.", KRYLOVA),
        ],
      }),
    );
    expect(issuesWith(r, "P012")).toEqual([]);
    expect(placesOf(r, "P014")).toEqual(["Пары!6"]);
  });
});

describe("P005: no lower bound for the short kinds", () => {
  it.each(["Краткосрочное (целеполагающее)", "Ситуационное", "Скоростное"])("«%s» may last a day", (kind) => {
    const r = evaluate(
      tidy({
        pairs: [
          ...tidyPairs,
          pair("4", PETROVA, KRYLOVA, {
            "Вид наставничества": kind,
            "Дата начала": rawDate("2024-10-14"),
            "Дата окончания (план)": rawDate("2024-10-14"),
            Статус: "Завершена",
            "Дата окончания (факт)": rawDate("2024-10-14"),
          }),
        ],
      }),
    );
    expect(issuesWith(r, "P005")).toEqual([]);
  });

  it("keeps the upper bound for them, and both bounds for the others", () => {
    const long = { "Дата начала": rawDate("2024-09-02"), "Дата окончания (план)": rawDate("2026-05-30") };
    const short = { "Дата начала": rawDate("2024-09-02"), "Дата окончания (план)": rawDate("2024-09-20") };
    const r = evaluate(
      tidy({
        pairs: [
          pair("1", PETROVA, KRYLOVA, { ...long, "Вид наставничества": "Ситуационное" }),
          pair("2", SOKOLOV, ORLOV, { ...short, "Форма наставничества": "Руководитель ОО – педагог" }),
        ],
      }),
    );
    expect(placesOf(r, "P005")).toEqual(["Пары!2", "Пары!3"]);
  });
});

describe("P006 and «Приостановлена»", () => {
  const suspended = (o: Record<string, unknown>) =>
    evaluate(
      tidy({
        pairs: [
          ...tidyPairs.slice(0, 2),
          pair("3", PETROVA, "Зуева Полина Андреевна", { Статус: "Приостановлена", ...o }),
        ],
      }),
    );

  it("accepts a suspended pair that has started and has no fact end", () => {
    expect(issuesWith(suspended({}), "P006")).toEqual([]);
  });

  it("reports a suspended pair that starts after D", () => {
    const i = onlyIssue(
      suspended({ "Дата начала": rawDate("2025-01-13"), "Приказ от": rawDate("2025-01-10") }),
      "P006",
    );
    expect(i).toMatchObject({ row: 4, column: "Статус" });
    expectRussianMessageNaming(i, "«Приостановлена»");
  });

  it("reports a suspended pair with a fact end date", () => {
    const i = onlyIssue(suspended({ "Дата окончания (факт)": rawDate("2024-12-01") }), "P006");
    expect(i.message).toContain("01.12.2024");
  });

  it("treats it as not active: no P008–P011 on it, and its mentee gets M001", () => {
    const r = suspended({ "Приказ №": null });
    expect(issuesWith(r, "P008")).toEqual([]);
    expect(placesOf(r, "M001")).toEqual(["Наставляемые!4"]);
  });

  it("reads the synonyms «Приостановлено», «приостановлен»", () => {
    expect(suspended({ Статус: "приостановлено" }).wb.pairs[2].status).toBe("Приостановлена");
    expect(suspended({ Статус: "Приостановлен" }).wb.pairs[2].status).toBe("Приостановлена");
  });
});

describe("P013: «Студент – студент»", () => {
  const withStudents = (mentorCategory: string, menteeCategory: string) =>
    evaluate(
      tidy({
        mentors: [...tidyMentors, mentor("Кравец Виталий Олегович", { Категория: mentorCategory })],
        mentees: [...tidyMentees, mentee("Ершов Глеб Андреевич", { Категория: menteeCategory })],
        pairs: [
          ...tidyPairs,
          pair("4", "Кравец Виталий Олегович", "Ершов Глеб Андреевич", {
            "Форма наставничества": "Студент – студент",
          }),
        ],
      }),
    );

  it("fits a Студент mentor and a Студент mentee", () => {
    expect(issuesWith(withStudents("Студент", "Студент"), "P013")).toEqual([]);
  });

  it("reports another category on either side", () => {
    const i = onlyIssue(withStudents("Педагог", "Обучающийся"), "P013");
    expect(i.message).toContain("наставник — «Педагог», нужно: Студент");
    expect(i.message).toContain("наставляемый — «Обучающийся», нужно: Студент");
  });
});

describe("O004 against the denominator `students_involved` uses", () => {
  const pupils = ["Заварзин Матвей Кириллович", "Кочеткова Ева Денисовна", "Сабитов Айдар Ильдарович"];
  const withItem = (info: Record<string, unknown>) =>
    evaluate({
      ...tidy({
        mentees: [
          ...tidyMentees,
          ...pupils.map((p, i) => student(p, "5А", { "Возраст, лет": [11, 9, 12][i] })),
        ],
        pairs: [
          ...tidyPairs,
          ...pupils.map((p, i) =>
            pair(String(10 + i), PETROVA, p, { "Форма наставничества": "Учитель – ученик" }),
          ),
        ],
      }),
      info: info as Record<string, null>,
    });

  it("checks the 10+ item when it is readable: 2 pupils of 10 and over against 1", () => {
    const i = onlyIssue(withItem({ "Численность обучающихся в возрасте от 10 лет": 1 }), "O004");
    expect(i).toMatchObject({ sheet: "Сведения", row: 15, column: "Значение", value: "1" });
    expect(i.message).toContain("2 обучающихся в возрасте от 10 лет");
  });

  it("does not count the 9-year-old against the 10+ item", () => {
    expect(issuesWith(withItem({ "Численность обучающихся в возрасте от 10 лет": 2 }), "O004")).toEqual([]);
  });

  it("checks «Численность обучающихся» (every pupil) when the 10+ item is empty or unreadable", () => {
    for (const item of [null, "уточняется"]) {
      const r = withItem({
        "Численность обучающихся в возрасте от 10 лет": item,
        "Численность обучающихся": 2,
      });
      expect(onlyIssue(r, "O004")).toMatchObject({ row: 8, value: "2" });
    }
  });

  it("takes a 10+ item of 0 as readable", () => {
    const r = withItem({ "Численность обучающихся в возрасте от 10 лет": 0, "Численность обучающихся": 600 });
    expect(onlyIssue(r, "O004")).toMatchObject({ row: 15, value: "0" });
  });
});
