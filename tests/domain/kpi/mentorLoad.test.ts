/** mentor_load over mentors with ≥ 1 active row: distinct active mentees per mentor → mentors, mean, median, max, overLimit. */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate } from "../builders";
import { M, N } from "./people";

const ended = { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-11-29") };
const people = { mentors: M.map((m) => mentor(m)), mentees: N.map((n) => mentee(n)) };

it("computes loads 4, 1, 2 (limit 3) by hand", () => {
  const k = kpis(
    evaluate({
      ...people,
      pairs: [
        // М1: Н1, Н2, Н3, Н4 — and Н1 again in a group: 4 distinct
        pair("1", M[0], N[0]),
        pair("2", M[0], N[1]),
        pair("3", M[0], N[2]),
        pair("4", M[0], N[3]),
        pair("5", M[0], "крылова дарья олеговна", {
          "Вид наставничества": "Групповое",
          "Дата начала": rawDate("2024-10-01"),
        }),
        // М2: Н5 — and Н6, but that pair is over
        pair("6", M[1], N[4]),
        pair("7", M[1], N[5], ended),
        // М3: Н7, Н8
        pair("8", M[2], N[6]),
        pair("9", M[2], N[7]),
        // М4: only a finished pair — not a mentor with an active row
        pair("10", M[3], N[5], ended),
      ],
    }),
  );
  expect(k.mentor_load.mentors).toBe(3);
  expect(k.mentor_load.mean).toBeCloseTo(7 / 3, 12);
  expect(k.mentor_load.median).toBe(2);
  expect(k.mentor_load.max).toBe(4);
  expect(k.mentor_load.overLimit).toBe(1);
});

it("takes the median of an even number of mentors as the mean of the middle two", () => {
  const k = kpis(
    evaluate({
      ...people,
      pairs: [
        pair("1", M[0], N[0]),
        pair("2", M[1], N[1]),
        pair("3", M[1], N[2]),
        pair("4", M[2], N[3]),
        pair("5", M[2], N[4]),
        pair("6", M[2], N[5]),
        pair("7", M[3], N[6]),
        pair("8", M[3], N[7]),
      ],
    }),
  );
  // loads 1, 2, 3, 2 → sorted 1, 2, 2, 3
  expect(k.mentor_load).toEqual({ mentors: 4, mean: 2, median: 2, max: 3, overLimit: 0 });
});

it("uses the limit from «Настройки»", () => {
  const k = kpis(
    evaluate({
      ...people,
      settings: { "Наставляемых на одного наставника не более": 1 },
      pairs: [pair("1", M[0], N[0]), pair("2", M[1], N[1]), pair("3", M[1], N[2])],
    }),
  );
  expect(k.mentor_load).toEqual({ mentors: 2, mean: 1.5, median: 1.5, max: 2, overLimit: 1 });
});

it("gives nulls when no mentor has an active row", () => {
  const k = kpis(evaluate({ ...people, pairs: [pair("1", M[0], N[0], ended)] }));
  expect(k.mentor_load).toEqual({ mentors: 0, mean: null, median: null, max: null, overLimit: 0 });
});
