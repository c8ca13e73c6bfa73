/**
 * Active on D = start ≤ D and (no effective end or effective end ≥ D); effective end = fact end,
 * else planned end only for «Завершена»/«Прекращена». D = 20.12.2024.
 */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate, type Rec } from "../builders";
import { M, N } from "./people";

const rows: [string, Rec, boolean][] = [
  ["«Действует», no end", {}, true],
  ["«Действует», fact end on D", { "Дата окончания (факт)": rawDate("2024-12-20") }, true],
  ["«Действует», fact end the day before D", { "Дата окончания (факт)": rawDate("2024-12-19") }, false],
  [
    "«Завершена» without fact end, planned end after D",
    { Статус: "Завершена", "Дата окончания (план)": rawDate("2024-12-25") },
    true,
  ],
  [
    "«Прекращена» without fact end, planned end before D",
    { Статус: "Прекращена", "Дата окончания (план)": rawDate("2024-12-19") },
    false,
  ],
  [
    "«Действует» past its planned end (still running)",
    { "Дата окончания (план)": rawDate("2024-12-01") },
    true,
  ],
  ["«Действует» starting the day after D", { "Дата начала": rawDate("2024-12-21") }, false],
  [
    "«Действует» starting on D",
    { "Дата начала": rawDate("2024-12-20"), "Дата окончания (план)": rawDate("2025-06-20") },
    true,
  ],
  [
    "«Завершена» with a fact end after D",
    { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-12-23") },
    true,
  ],
  [
    "«Завершена» with a fact end before D, planned end after D",
    {
      Статус: "Завершена",
      "Дата окончания (факт)": rawDate("2024-12-02"),
      "Дата окончания (план)": rawDate("2025-05-30"),
    },
    false,
  ],
];

const one = (o: Rec) =>
  kpis(evaluate({ mentors: [mentor(M[0])], mentees: [mentee(N[0])], pairs: [pair("1", M[0], N[0], o)] }));

it.each(rows)("%s → active: %s", (_why, o, active) => {
  const k = one(o);
  expect(k.active_groups.links).toBe(active ? 1 : 0);
  expect(k.formalized.denominator).toBe(active ? 1 : 0);
  expect(k.young_mentored.numerator).toBe(active ? 1 : 0);
});

it("counts all the active rows of one sheet together (6 of the 10 rows above)", () => {
  const k = kpis(
    evaluate({
      mentors: [mentor(M[0]), mentor(M[1])],
      mentees: N.map((n) => mentee(n)).concat([mentee("Гусев Роман Ильич"), mentee("Фомина Ирина Юрьевна")]),
      pairs: rows.map(([, o], i) =>
        pair(String(i + 1), M[i % 2], [...N, "Гусев Роман Ильич", "Фомина Ирина Юрьевна"][i], o),
      ),
    }),
  );
  expect(k.active_groups.links).toBe(6);
  expect(k.active_groups.value).toBe(6);
  // overdue: active rows whose planned end is before D — only the one past its planned end
  expect(k.overdue).toEqual({ value: 1 });
});

it("moves with an overridden D: on 10.12.2024 the row that ended 19.12 is still active", () => {
  const data = {
    mentors: [mentor(M[0])],
    mentees: [mentee(N[0])],
    pairs: [pair("1", M[0], N[0], { "Дата окончания (факт)": rawDate("2024-12-19") })],
  };
  expect(kpis(evaluate(data)).active_groups.links).toBe(0);
  expect(kpis(evaluate(data, { asOf: "2024-12-10" })).active_groups.links).toBe(1);
});
