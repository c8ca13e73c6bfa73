/** consent, mentors_trained, mentors_rewarded: distinct mentors active on D with the mark = да. */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate } from "../builders";
import { M, N } from "./people";

it("computes the three shares over the mentors with an active row", () => {
  const k = kpis(
    evaluate({
      mentors: [
        mentor(M[0], { Согласие: "да", "Обучение по наставничеству": "да", "Стимулирующая выплата": "нет" }),
        mentor(M[1], { Согласие: "нет", "Обучение по наставничеству": null, "Стимулирующая выплата": "Да" }),
        mentor(M[2], { Согласие: "+", "Обучение по наставничеству": "нет", "Стимулирующая выплата": "-" }),
        // only a finished pair: not in any denominator
        mentor(M[3], { Согласие: "да", "Обучение по наставничеству": "да", "Стимулирующая выплата": "да" }),
      ],
      mentees: N.map((n) => mentee(n)),
      pairs: [
        pair("1", M[0], N[0]),
        pair("2", M[0], N[1]),
        pair("3", M[1], N[2]),
        pair("4", M[2], N[3]),
        pair("5", M[3], N[4], { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-12-19") }),
      ],
    }),
  );
  expect(k.consent).toEqual({ numerator: 2, denominator: 3, value: 2 / 3, target: 1 });
  expect(k.mentors_trained).toEqual({ numerator: 1, denominator: 3, value: 1 / 3, target: null });
  expect(k.mentors_rewarded).toEqual({ numerator: 1, denominator: 3, value: 1 / 3, target: null });
});

it("gives null values with no active mentor", () => {
  const k = kpis(evaluate({ mentors: [mentor(M[0])] }));
  expect(k.consent).toEqual({ numerator: 0, denominator: 0, value: null, target: 1 });
  expect(k.mentors_trained.value).toBeNull();
});
