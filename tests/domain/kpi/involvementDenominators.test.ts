/** teachers_involved and students_involved take their denominators from «Сведения»; no value → 0. */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, student } from "../builders";
import { M, N } from "./people";

const data = {
  mentors: [mentor(M[0]), mentor("Галкин Степан Ильич", { Категория: "Обучающийся", Должность: "10А" })],
  mentees: [mentee(N[0]), student("Мухина Вера Игоревна", "6Б"), student("Титов Лев Петрович", "6Б")],
  pairs: [
    pair("1", M[0], N[0]),
    pair("2", "Галкин Степан Ильич", "Мухина Вера Игоревна", {
      "Форма наставничества": "Ученик – ученик",
      "Вид наставничества": "Групповое",
    }),
    pair("2", "Галкин Степан Ильич", "Титов Лев Петрович", {
      "Форма наставничества": "Ученик – ученик",
      "Вид наставничества": "Групповое",
    }),
  ],
};

it("divides by the staff and pupil counts", () => {
  const k = kpis(
    evaluate({
      ...data,
      info: { "Численность педагогических работников": 48, "Численность обучающихся": 612 },
    }),
  );
  expect(k.teachers_involved).toEqual({ numerator: 2, denominator: 48, value: 2 / 48, target: 0.7 });
  expect(k.students_involved).toEqual({ numerator: 3, denominator: 612, value: 3 / 612, target: 0.7 });
});

it("makes an empty or unreadable count a denominator of 0 and the value null", () => {
  const k = kpis(
    evaluate({
      ...data,
      info: { "Численность педагогических работников": "около 50", "Численность обучающихся": null },
    }),
  );
  expect(k.teachers_involved).toEqual({ numerator: 2, denominator: 0, value: null, target: 0.7 });
  expect(k.students_involved).toEqual({ numerator: 3, denominator: 0, value: null, target: 0.7 });
});

it("makes a negative or fractional count a denominator of 0", () => {
  const k = kpis(
    evaluate({
      ...data,
      info: { "Численность педагогических работников": 47.5, "Численность обучающихся": -612 },
    }),
  );
  expect(k.teachers_involved.denominator).toBe(0);
  expect(k.students_involved.denominator).toBe(0);
});
