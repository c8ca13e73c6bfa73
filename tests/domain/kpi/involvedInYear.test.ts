/** Involved in Y up to D = start ≤ D and (no effective end or effective end ≥ 01.09 of Y). */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate, type Rec } from "../builders";
import { M, N } from "./people";

const old = {
  "Дата начала": rawDate("2023-10-02"),
  "Дата окончания (план)": rawDate("2024-06-28"),
  "Приказ от": rawDate("2023-09-29"),
};

const cases: [string, Rec, boolean][] = [
  [
    "a pair that ended 31.08.2024",
    { ...old, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-08-31") },
    false,
  ],
  [
    "a pair that ended 01.09.2024",
    { ...old, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-09-01") },
    true,
  ],
  [
    "«Завершена» without fact end, planned end 31.08.2024",
    { ...old, Статус: "Завершена", "Дата окончания (план)": rawDate("2024-08-31") },
    false,
  ],
  [
    "«Завершена» without fact end, planned end 01.09.2024",
    { ...old, Статус: "Завершена", "Дата окончания (план)": rawDate("2024-09-01") },
    true,
  ],
  ["«Действует» since last year, past its planned end", { ...old }, true],
  [
    "«Прекращена» in October",
    {
      Статус: "Прекращена",
      "Дата окончания (факт)": rawDate("2024-10-15"),
      "Причина прекращения": "По обоюдному решению",
    },
    true,
  ],
  [
    "a pair that starts after D",
    { "Дата начала": rawDate("2024-12-23"), "Дата окончания (план)": rawDate("2025-06-23") },
    false,
  ],
];

const one = (o: Rec) =>
  kpis(
    evaluate({
      mentors: [mentor(M[0])],
      mentees: [mentee(N[0])],
      pairs: [pair("1", M[0], N[0], { "Оценка наставника": 8, ...o })],
    }),
  );

it.each(cases)("%s → involved: %s", (_why, o, involved) => {
  const k = one(o);
  // mentor and mentee are both teachers: 2 pedagogical persons, or none
  expect(k.teachers_involved.numerator).toBe(involved ? 2 : 0);
  expect(k.satisfaction.mentor.n).toBe(involved ? 1 : 0);
});

it("counts the school year that contains D: on 31.08.2024 the year is 2023/2024", () => {
  const o = { ...old, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-06-28") };
  const data = { mentors: [mentor(M[0])], mentees: [mentee(N[0])], pairs: [pair("1", M[0], N[0], o)] };
  expect(kpis(evaluate(data, { asOf: "2024-08-31" })).teachers_involved.numerator).toBe(2);
  expect(kpis(evaluate(data, { asOf: "2024-09-01" })).teachers_involved.numerator).toBe(0);
});
