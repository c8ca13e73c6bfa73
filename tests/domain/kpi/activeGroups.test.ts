/**
 * active_groups: distinct № among active rows (an empty № is a group of its own), links = active
 * rows; byForm/byKind by each group's first active row, canonical keys, «Не распознано».
 */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate, type Rec } from "../builders";
import { M, N } from "./people";

const groups = (pairs: Rec[]) =>
  kpis(evaluate({ mentors: M.map((m) => mentor(m)), mentees: N.map((n) => mentee(n)), pairs })).active_groups;

const g = { "Вид наставничества": "Групповое" };
const ended = { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-11-29") };

it("counts a group of three rows once, by the form and kind of its first row", () => {
  expect(
    groups([
      pair("5", M[0], N[0], g),
      pair("5", M[0], N[1], { "Вид наставничества": "В группе" }),
      pair("5", M[0], N[2], { "Вид наставничества": "Ситуационное" }),
    ]),
  ).toEqual({
    value: 1,
    links: 3,
    byForm: { "Учитель – учитель": 1 },
    byKind: { Групповое: 1 },
  });
});

it("takes numeric 12 and text «12» as the same №", () => {
  expect(groups([pair(12, M[0], N[0], g), pair("12", M[0], N[1], g)])).toMatchObject({ value: 1, links: 2 });
});

it("makes every row with an empty № a group of its own", () => {
  expect(groups([pair(null, M[0], N[0]), pair(null, M[1], N[1]), pair("  ", M[2], N[2])])).toMatchObject({
    value: 3,
    links: 3,
  });
});

it("uses the first active row when the group's first row is over", () => {
  const res = groups([
    pair("7", M[0], N[0], {
      ...ended,
      "Форма наставничества": "Руководитель ОО – педагог",
      "Вид наставничества": "Краткосрочное",
    }),
    pair("7", M[0], N[1], { "Вид наставничества": "Групповая" }),
  ]);
  expect(res).toEqual({ value: 1, links: 1, byForm: { "Учитель – учитель": 1 }, byKind: { Групповое: 1 } });
});

it("reports canonical keys for synonyms and dash variants, «Не распознано» for unknown values, only keys with a count", () => {
  const res = groups([
    pair("1", M[0], N[0], {
      "Форма наставничества": "Педагог-педагог",
      "Вид наставничества": "один на один",
    }),
    pair("2", M[1], N[1], {
      "Форма наставничества": "Руководитель образовательной организации — учитель",
      "Вид наставничества": "Индивидуально-групповое",
    }),
    pair("3", M[2], N[2], {
      "Форма наставничества": "Учитель — учитель",
      "Вид наставничества": "Дистанционное",
    }),
    pair("4", M[3], N[3], {
      "Форма наставничества": "Наставник-учитель",
      "Вид наставничества": "Традиционное",
    }),
    pair("5", M[3], N[4], {
      ...ended,
      "Форма наставничества": "Студент – ученик",
      "Вид наставничества": "Скоростное",
    }),
  ]);
  expect(res).toEqual({
    value: 4,
    links: 4,
    byForm: { "Учитель – учитель": 2, "Руководитель ОО – педагог": 1, "Не распознано": 1 },
    byKind: { "Традиционное (один на один)": 2, "Не распознано": 1, "Виртуальное (дистанционное)": 1 },
  });
});

it("sums byForm and byKind to value", () => {
  const res = groups([
    pair("1", M[0], N[0]),
    pair("1", M[0], N[1]),
    pair(null, M[1], N[2], g),
    pair("3", M[2], N[3], { "Вид наставничества": "Реверсивное" }),
    pair("4", M[3], N[4], ended),
  ]);
  const sum = (o: Readonly<Record<string, number>>) => Object.values(o).reduce((s, n) => s + n, 0);
  expect(res.value).toBe(3);
  expect(res.links).toBe(4);
  expect(sum(res.byForm)).toBe(3);
  expect(sum(res.byKind)).toBe(3);
});

it("is zero with empty breakdowns when nothing is active", () => {
  expect(groups([pair("1", M[0], N[0], ended)])).toEqual({ value: 0, links: 0, byForm: {}, byKind: {} });
});
