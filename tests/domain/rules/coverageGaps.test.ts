/** M001 — a young specialist without a row active on D, reported on the person's row. */
import { evaluate, expectRussianMessageNaming, onlyIssue, placesOf } from "../evaluate";
import { mentee, pair } from "../builders";
import { KRYLOVA, ORLOV, PETROVA, SOKOLOV, ZUEVA, tidy, tidyMentees, tidyPairs } from "./tidySchool";

it("reports a young teacher who has no pair at all", () => {
  const r = evaluate(tidy({ mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич")] }));
  const i = onlyIssue(r, "M001");
  expect(i).toMatchObject({
    severity: "warning",
    sheet: "Наставляемые",
    row: 5,
    column: "ФИО",
    value: "Лебедев Олег Игоревич",
  });
  expectRussianMessageNaming(i, "«Лебедев Олег Игоревич»");
});

it("reports young teachers whose pair is planned, ended before D, or does not take part", () => {
  const r = evaluate(
    tidy({
      pairs: [
        pair("1", PETROVA, KRYLOVA, {
          Статус: "Планируется",
          "Дата начала": "10.01.2025",
          "Дата окончания (план)": "10.06.2025",
        }),
        pair("2", SOKOLOV, ORLOV, {
          Статус: "Завершена",
          "Дата начала": "01.09.2024",
          "Дата окончания (план)": "01.12.2024",
          "Дата окончания (факт)": "19.12.2024",
          "Форма наставничества": "Руководитель ОО – педагог",
        }),
        pair("3", "Петрова Н.И.", ZUEVA),
      ],
    }),
  );
  expect(placesOf(r, "M001")).toEqual(["Наставляемые!2", "Наставляемые!3", "Наставляемые!4"]);
});

it("does not report a young teacher whose pair ends on D itself (still active on D)", () => {
  const r = evaluate(
    tidy({
      pairs: [
        tidyPairs[0],
        tidyPairs[1],
        pair("3", PETROVA, ZUEVA, {
          Статус: "Завершена",
          "Дата начала": "01.09.2024",
          "Дата окончания (план)": "20.12.2024",
          "Дата окончания (факт)": "20.12.2024",
        }),
      ],
    }),
  );
  expect(placesOf(r, "M001")).toEqual([]);
});

it("does not report a teacher who is not young, nor a young «да» with a pair", () => {
  const r = evaluate(
    tidy({
      mentees: [
        ...tidyMentees,
        mentee("Лебедев Олег Игоревич", { "Педагогический стаж, лет": 12, "Возраст, лет": 40 }),
        mentee("Тихонова Инна Львовна", { "Молодой специалист": "да" }),
      ],
      pairs: [
        ...tidyPairs,
        pair("4", SOKOLOV, "Тихонова  Инна Львовна", { "Форма наставничества": "Руководитель ОО – педагог" }),
      ],
    }),
  );
  expect(placesOf(r, "M001")).toEqual([]);
});
