/** formalized, personal_program and overdue over the rows active on D. */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate } from "../builders";
import { M, N } from "./people";

it("computes formalized, personal_program and overdue by hand", () => {
  const k = kpis(
    evaluate({
      mentors: [mentor(M[0]), mentor(M[1])],
      mentees: N.map((n) => mentee(n)),
      pairs: [
        pair("1", M[0], N[0]), // order ✓, program ✓
        pair("2", M[0], N[1], { "Приказ №": null, "Персонализированная программа": "нет" }),
        pair("3", M[0], N[2], { "Приказ от": "31.02.2024", "Персонализированная программа": null }), // unreadable order date
        pair("4", M[1], N[3], {
          "Персонализированная программа": "+",
          "Дата окончания (план)": rawDate("2024-12-19"),
        }), // overdue
        pair("5", M[1], N[4], {
          "Дата начала": rawDate("2023-12-20"),
          "Приказ от": rawDate("2023-12-15"),
          "Дата окончания (план)": rawDate("2024-12-20"),
        }), // planned end on D: not overdue
        // not active: no order, no program — must not lower the shares
        pair("6", M[1], N[5], {
          Статус: "Завершена",
          "Дата окончания (факт)": rawDate("2024-11-01"),
          "Приказ №": null,
          "Персонализированная программа": "нет",
          "Дата окончания (план)": rawDate("2024-11-01"),
        }),
      ],
    }),
  );
  expect(k.formalized).toEqual({ numerator: 3, denominator: 5, value: 0.6, target: 1 });
  expect(k.personal_program).toEqual({ numerator: 3, denominator: 5, value: 0.6, target: 1 });
  expect(k.overdue).toEqual({ value: 1 });
});
