/** satisfaction: mean ratings (1–10) over rows involved in Y up to D, each with its count n; null means when n = 0. */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate } from "../builders";
import { M, N } from "./people";

const people = { mentors: [mentor(M[0]), mentor(M[1])], mentees: N.map((n) => mentee(n)) };

it("averages the ratings of involved rows, counting each side separately", () => {
  const k = kpis(
    evaluate({
      ...people,
      pairs: [
        pair("1", M[0], N[0], {
          Статус: "Завершена",
          "Дата окончания (факт)": rawDate("2024-11-29"),
          "Оценка наставника": 8,
          "Оценка наставляемого": 10,
        }),
        pair("2", M[0], N[1], {
          Статус: "Прекращена",
          "Причина прекращения": "По инициативе наставника",
          "Дата окончания (факт)": rawDate("2024-10-01"),
          "Оценка наставника": "6",
        }),
        pair("3", M[1], N[2], { "Оценка наставляемого": 7 }),
        // not involved: ended before 01.09.2024
        pair("4", M[1], N[3], {
          "Дата начала": rawDate("2023-09-04"),
          "Приказ от": rawDate("2023-09-01"),
          Статус: "Завершена",
          "Дата окончания (факт)": rawDate("2024-05-31"),
          "Оценка наставника": 1,
          "Оценка наставляемого": 1,
        }),
        // does not take part: planned
        pair("5", M[1], N[4], {
          Статус: "Планируется",
          "Дата начала": rawDate("2025-01-13"),
          "Оценка наставника": 2,
          "Оценка наставляемого": 2,
        }),
        // does not take part: unknown mentor
        pair("6", "Петрова Н.И.", N[5], { "Оценка наставника": 3, "Оценка наставляемого": 3 }),
      ],
    }),
  );
  expect(k.satisfaction).toEqual({ mentor: { mean: 7, n: 2 }, mentee: { mean: 8.5, n: 2 } });
});

it("gives null means and n = 0 without ratings", () => {
  const k = kpis(evaluate({ ...people, pairs: [pair("1", M[0], N[0])] }));
  expect(k.satisfaction).toEqual({ mentor: { mean: null, n: 0 }, mentee: { mean: null, n: 0 } });
});

it("keeps the mean unrounded", () => {
  const k = kpis(
    evaluate({
      ...people,
      pairs: [
        pair("1", M[0], N[0], { "Оценка наставника": 10 }),
        pair("2", M[0], N[1], { "Оценка наставника": 9 }),
        pair("3", M[1], N[2], { "Оценка наставника": 9 }),
      ],
    }),
  );
  expect(k.satisfaction.mentor.n).toBe(3);
  expect(k.satisfaction.mentor.mean).toBeCloseTo(28 / 3, 12);
});
