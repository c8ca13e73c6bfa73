/** P012 one № with different mentors, P014 the same mentor, mentee and start twice. */
import { evaluate, expectRussianMessageNaming, issuesWith, placesOf } from "../evaluate";
import { mentee, pair, rawDate } from "../builders";
import { KRYLOVA, ORLOV, PETROVA, SOKOLOV, ZUEVA, tidy, tidyMentees } from "./tidySchool";

const group = { "Вид наставничества": "Групповое" };

describe("P012 — one «№ пары/группы» with rows of different mentors", () => {
  it("reports every row of that №, treating numeric 12 and text «12» as one №", () => {
    const r = evaluate(
      tidy({
        pairs: [
          pair(12, PETROVA, KRYLOVA, group),
          pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
          pair("12", SOKOLOV, ZUEVA, { ...group, "Форма наставничества": "Руководитель ОО – педагог" }),
          pair(" 12 ", PETROVA, ORLOV, group),
        ],
      }),
    );
    expect(placesOf(r, "P012")).toEqual(["Пары!2", "Пары!4", "Пары!5"]);
    const i = issuesWith(r, "P012")[0];
    expect(i).toMatchObject({ severity: "error", column: "Наставник", value: PETROVA });
    expectRussianMessageNaming(i, "12");
  });

  it("does not report a group of one mentor, however the № and the name are written", () => {
    const r = evaluate(
      tidy({
        pairs: [
          pair(12, PETROVA, KRYLOVA, group),
          pair("12", "петрова  мария ивановна", ZUEVA, group),
          pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
        ],
      }),
    );
    expect(issuesWith(r, "P012")).toEqual([]);
  });

  it("also reports rows that do not take part (a group is one mentor whatever the status)", () => {
    const r = evaluate(
      tidy({
        pairs: [
          pair("7", PETROVA, KRYLOVA, group),
          pair("7", "Лебедева Ольга Николаевна", ZUEVA, {
            ...group,
            Статус: "Планируется",
            "Дата начала": rawDate("2025-01-13"),
            "Дата окончания (план)": rawDate("2025-05-30"),
          }),
          pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
        ],
      }),
    );
    expect(placesOf(r, "P012")).toEqual(["Пары!2", "Пары!3"]);
  });

  it("does not group rows whose № is empty", () => {
    const r = evaluate(
      tidy({
        pairs: [
          pair(null, PETROVA, KRYLOVA),
          pair(null, SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
          pair("3", PETROVA, ZUEVA),
        ],
      }),
    );
    expect(issuesWith(r, "P012")).toEqual([]);
  });
});

describe("P014 — the same mentor, mentee and «Дата начала» on several rows", () => {
  it("reports the second and later rows of the set", () => {
    const r = evaluate(
      tidy({
        pairs: [
          pair("1", PETROVA, KRYLOVA),
          pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
          pair("3", PETROVA, ZUEVA),
          pair("1", "Петрова  Мария Ивановна", "крылова дарья олеговна", { "Дата начала": "02.09.2024" }),
          pair("1", PETROVA, KRYLOVA, { "Дата начала": 45537 }),
        ],
      }),
    );
    expect(placesOf(r, "P014")).toEqual(["Пары!5", "Пары!6"]);
    const i = issuesWith(r, "P014")[0];
    expect(i.severity).toBe("error");
    expectRussianMessageNaming(i, "02.09.2024");
  });

  it("does not report the same people with another start (a second programme)", () => {
    const r = evaluate(
      tidy({
        mentees: tidyMentees,
        pairs: [
          pair("1", PETROVA, KRYLOVA, {
            Статус: "Завершена",
            "Дата начала": rawDate("2024-01-15"),
            "Дата окончания (план)": rawDate("2024-05-31"),
            "Дата окончания (факт)": rawDate("2024-05-31"),
            "Приказ от": rawDate("2024-01-10"),
          }),
          pair("1", PETROVA, KRYLOVA),
          pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
          pair("3", PETROVA, ZUEVA),
        ],
      }),
    );
    expect(issuesWith(r, "P014")).toEqual([]);
  });

  it("does not report another mentee of the same mentor starting the same day", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич")],
        pairs: [
          pair("1", PETROVA, KRYLOVA),
          pair("1", PETROVA, "Лебедев Олег Игоревич"),
          pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
        ],
      }),
    );
    expect(issuesWith(r, "P014")).toEqual([]);
  });
});
