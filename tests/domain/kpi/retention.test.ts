/** retention: over young specialists with «Закрепился в профессии» filled: num = да, den = filled. */
import { evaluate, kpis } from "../evaluate";
import { mentee } from "../builders";
import { N } from "./people";

it("counts only young specialists with the cell filled", () => {
  const k = kpis(
    evaluate({
      mentees: [
        mentee(N[0], { "Закрепился в профессии": "да" }),
        mentee(N[1], { "Закрепился в профессии": "Нет" }),
        mentee(N[2], { "Закрепился в профессии": "+" }),
        mentee(N[3]),
        mentee(N[4], { "Закрепился в профессии": "не знаю" }),
        // not young: стаж 12, no mark
        mentee(N[5], { "Педагогический стаж, лет": 12, "Закрепился в профессии": "да" }),
        // not young: marked нет
        mentee(N[6], {
          "Молодой специалист": "нет",
          "Педагогический стаж, лет": 1,
          "Закрепился в профессии": "нет",
        }),
      ],
    }),
  );
  expect(k.retention).toEqual({ numerator: 2, denominator: 3, value: 2 / 3, target: null });
});

it("is null when no young specialist has it filled", () => {
  expect(kpis(evaluate({ mentees: [mentee(N[0]), mentee(N[1])] })).retention).toEqual({
    numerator: 0,
    denominator: 0,
    value: null,
    target: null,
  });
});
