/** F005 — a date before 01.01.2000 or more than 2 years after D (warning). */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue } from "../evaluate";
import { pair, planItem, rawDate } from "../builders";
import { KRYLOVA, PETROVA, tidy, tidyPairs, tidyPlan } from "./tidySchool";

it("reports a start date in 1999, with the date as ДД.ММ.ГГГГ", () => {
  const r = evaluate(
    tidy({
      pairs: [
        ...tidyPairs,
        pair("4", PETROVA, KRYLOVA, {
          "Дата начала": rawDate("1999-12-31"),
          Статус: "Завершена",
          "Дата окончания (факт)": rawDate("2000-03-31"),
          "Дата окончания (план)": rawDate("2000-06-30"),
          "Приказ от": rawDate("1999-12-01"),
        }),
      ],
    }),
  );
  const found = issuesWith(r, "F005");
  expect(found.map((i) => [i.severity, i.sheet, i.row, i.column, i.value])).toEqual([
    ["warning", "Пары", 5, "Дата начала", "31.12.1999"],
    ["warning", "Пары", 5, "Приказ от", "01.12.1999"],
  ]);
  expectRussianMessageNaming(found[0], "«31.12.1999»");
});

it("accepts 01.01.2000", () => {
  const r = evaluate(
    tidy({
      pairs: [
        ...tidyPairs,
        pair("4", PETROVA, KRYLOVA, {
          "Дата начала": rawDate("2000-01-01"),
          Статус: "Завершена",
          "Дата окончания (факт)": rawDate("2000-06-30"),
          "Дата окончания (план)": rawDate("2000-06-30"),
          "Приказ от": rawDate("2000-01-01"),
        }),
      ],
    }),
  );
  expect(issuesWith(r, "F005")).toEqual([]);
});

it("reports a deadline more than two years after D (20.12.2024 + 2 years = 20.12.2026)", () => {
  const r = evaluate(
    tidy({
      plan: [
        ...tidyPlan,
        planItem("Итоговая конференция", {
          Срок: "21.12.2026",
          Статус: "Запланировано",
          "Дата выполнения": null,
        }),
      ],
    }),
  );
  const i = onlyIssue(r, "F005");
  expect(i).toMatchObject({ sheet: "План", row: 3, column: "Срок", value: "21.12.2026" });
  expectRussianMessageNaming(i, "«21.12.2026»");
});

it("accepts a deadline exactly two years after D", () => {
  const r = evaluate(
    tidy({
      plan: [
        ...tidyPlan,
        planItem("Итоговая конференция", {
          Срок: "20.12.2026",
          Статус: "Запланировано",
          "Дата выполнения": null,
        }),
      ],
    }),
  );
  expect(issuesWith(r, "F005")).toEqual([]);
});

it("measures the two years from an overridden D", () => {
  const data = tidy({
    plan: [
      ...tidyPlan,
      planItem("Итоговая конференция", {
        Срок: "21.12.2026",
        Статус: "Запланировано",
        "Дата выполнения": null,
      }),
    ],
  });
  expect(issuesWith(evaluate(data, { asOf: "2025-01-10" }), "F005")).toEqual([]);
});
