/** P010 two mentors one-to-one for a mentee, P011 mentor over the load limit. */
import { evaluate, expectRussianMessageNaming, issuesWith, placesOf } from "../evaluate";
import { mentee, pair, rawDate } from "../builders";
import { KRYLOVA, ORLOV, PETROVA, SOKOLOV, tidy, tidyMentees, tidyPairs } from "./tidySchool";

describe("P010 — a mentee's active one-to-one rows have ≥ 2 distinct mentors", () => {
  const second = (o = {}) =>
    pair("4", SOKOLOV, KRYLOVA, { "Форма наставничества": "Руководитель ОО – педагог", ...o });

  it("reports each of those rows", () => {
    const r = evaluate(tidy({ pairs: [...tidyPairs, second()] }));
    expect(placesOf(r, "P010")).toEqual(["Пары!2", "Пары!5"]);
    const i = issuesWith(r, "P010")[0];
    expect(i).toMatchObject({ severity: "warning", column: "Наставник", value: PETROVA });
    expectRussianMessageNaming(i, `«${KRYLOVA}»`);
  });

  it("counts a synonym of the one-to-one kind as one-to-one", () => {
    expect(
      placesOf(
        evaluate(tidy({ pairs: [...tidyPairs, second({ "Вид наставничества": "Один на один" })] })),
        "P010",
      ),
    ).toHaveLength(2);
  });

  it.each([
    ["the second mentor works in a group", { "Вид наставничества": "Групповое" }],
    ["the second mentor is virtual", { "Вид наставничества": "Виртуальное (дистанционное)" }],
    [
      "the second pair ended before D",
      { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-11-30") },
    ],
    [
      "the second pair is only planned",
      {
        Статус: "Планируется",
        "Дата начала": rawDate("2025-01-13"),
        "Дата окончания (план)": rawDate("2025-05-30"),
      },
    ],
  ])("does not report when %s", (_why, o) => {
    expect(issuesWith(evaluate(tidy({ pairs: [...tidyPairs, second(o)] })), "P010")).toEqual([]);
  });

  it("does not report the same mentor on two rows", () => {
    const again = pair("4", "петрова мария ивановна", KRYLOVA, {
      "Дата начала": rawDate("2024-10-01"),
      "Дата окончания (план)": rawDate("2025-05-30"),
    });
    expect(issuesWith(evaluate(tidy({ pairs: [...tidyPairs, again] })), "P010")).toEqual([]);
  });
});

describe("P011 — more distinct active mentees than «Наставляемых на одного наставника не более»", () => {
  const extra = [mentee("Лебедев Олег Игоревич"), mentee("Тихонова Инна Львовна")];
  // Петрова already has Крылова (row 2) and Зуева (row 4).
  const petrovaPairs = (names: string[]) => names.map((n, i) => pair(String(10 + i), PETROVA, n));

  it("reports a mentor with 4 mentees once, on the mentor's first active row", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, ...extra],
        pairs: [...tidyPairs, ...petrovaPairs(["Лебедев Олег Игоревич", "Тихонова Инна Львовна"])],
      }),
    );
    expect(placesOf(r, "P011")).toEqual(["Пары!2"]);
    const i = issuesWith(r, "P011")[0];
    expect(i).toMatchObject({ severity: "warning", column: "Наставник", value: PETROVA });
    expectRussianMessageNaming(i, `«${PETROVA}»`);
    expect(i.message).toContain("4");
  });

  it("does not report exactly 3 mentees", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, ...extra],
        pairs: [...tidyPairs, ...petrovaPairs(["Лебедев Олег Игоревич"])],
      }),
    );
    expect(issuesWith(r, "P011")).toEqual([]);
  });

  it("counts a mentee on two rows once", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, ...extra],
        pairs: [
          ...tidyPairs,
          ...petrovaPairs(["Лебедев Олег Игоревич"]),
          pair("20", PETROVA, "КРЫЛОВА дарья олеговна", {
            "Вид наставничества": "Групповое",
            "Дата начала": rawDate("2024-10-01"),
          }),
        ],
      }),
    );
    expect(issuesWith(r, "P011")).toEqual([]);
  });

  it("does not count mentees whose pair is over, and starts counting on the first active row", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, ...extra],
        pairs: [
          pair("0", PETROVA, ORLOV, { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-10-30") }),
          ...tidyPairs,
          ...petrovaPairs(["Лебедев Олег Игоревич"]),
        ],
      }),
    );
    expect(issuesWith(r, "P011")).toEqual([]);
    const over = evaluate(
      tidy({
        mentees: [...tidyMentees, ...extra],
        pairs: [
          pair("0", PETROVA, ORLOV, { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-10-30") }),
          ...tidyPairs,
          ...petrovaPairs(["Лебедев Олег Игоревич", "Тихонова Инна Львовна"]),
        ],
      }),
    );
    expect(placesOf(over, "P011")).toEqual(["Пары!3"]);
  });

  it("uses the setting: 4 mentees are fine when 4 are allowed", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, ...extra],
        pairs: [...tidyPairs, ...petrovaPairs(["Лебедев Олег Игоревич", "Тихонова Инна Львовна"])],
        settings: { "Наставляемых на одного наставника не более": 4 },
      }),
    );
    expect(issuesWith(r, "P011")).toEqual([]);
  });
});
