/** KPIs count persons by ФИО key, never rows; a teacher who is both mentor and mentee counts once. */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate, student } from "../builders";
import { M, N } from "./people";

it("counts a teacher who is both mentor and mentee once in teachers_involved", () => {
  const k = kpis(
    evaluate({
      info: { "Численность педагогических работников": 30 },
      mentors: [mentor(M[0]), mentor("Семёнов Александр Петрович")],
      mentees: [mentee(N[0]), mentee("семенов  александр петрович", { "Педагогический стаж, лет": 4 })],
      pairs: [
        pair("1", "Семенов Александр Петрович", N[0]),
        pair("2", M[0], "СЕМЁНОВ АЛЕКСАНДР ПЕТРОВИЧ", { "Вид наставничества": "Реверсивное" }),
      ],
    }),
  );
  // Петрова, Семёнов (mentor and mentee), Крылова
  expect(k.teachers_involved).toEqual({ numerator: 3, denominator: 30, value: 3 / 30, target: 0.7 });
});

it("counts a mentor with several rows once, and a mentee with several rows once", () => {
  const k = kpis(
    evaluate({
      mentors: [mentor(M[0]), mentor(M[1])],
      mentees: [mentee(N[0]), mentee(N[1])],
      pairs: [
        pair("1", M[0], N[0]),
        pair("2", M[0], N[1]),
        pair("3", M[1], N[0], { "Вид наставничества": "Групповое" }),
        pair("3", M[1], N[1], { "Вид наставничества": "Групповое" }),
      ],
    }),
  );
  expect(k.teachers_involved.numerator).toBe(4);
  expect(k.young_mentored).toMatchObject({ numerator: 2, denominator: 2 });
  expect(k.consent).toMatchObject({ numerator: 2, denominator: 2 });
  expect(k.mentor_load).toMatchObject({ mentors: 2, max: 2 });
});

it("ignores a repeated person's later rows: one young specialist, one student", () => {
  const k = kpis(
    evaluate({
      info: { "Численность обучающихся": 500 },
      mentors: [
        mentor(M[0]),
        mentor("Галкин Степан Ильич", { Категория: "Обучающийся" }),
        mentor("Галкин Степан Ильич", { Категория: "Педагог" }),
      ],
      mentees: [
        mentee(N[0]),
        mentee("Крылова  Дарья олеговна", { "Педагогический стаж, лет": 1, "Молодой специалист": "да" }),
        mentee(N[1], { "Педагогический стаж, лет": 12 }),
        mentee(N[1].toUpperCase(), { "Молодой специалист": "да" }),
        student("Мухина Вера Игоревна", "6Б"),
      ],
      pairs: [
        pair("1", M[0], N[1], { "Вид наставничества": "Групповое" }),
        pair("2", "Галкин Степан Ильич", "Мухина Вера Игоревна", {
          "Форма наставничества": "Ученик – ученик",
        }),
      ],
    }),
  );
  // young: Крылова only (Орлов's first row has стаж 12 and no mark), and she has no pair
  expect(k.young_mentored).toMatchObject({ numerator: 0, denominator: 1 });
  // students: Галкин (first row Обучающийся) and Мухина
  expect(k.students_involved).toMatchObject({ numerator: 2, denominator: 500 });
  // pedagogical: Петрова and Орлов — not Галкин, whose later row says Педагог
  expect(k.teachers_involved.numerator).toBe(2);
});

it("counts a Руководитель ОО mentor as pedagogical, but not mentors of other categories", () => {
  const k = kpis(
    evaluate({
      mentors: [
        mentor(M[0], { Категория: "Руководитель ОО" }),
        mentor(M[1], { Категория: "Педагог вуза/колледжа" }),
        mentor(M[2], { Категория: "Представитель работодателя" }),
        mentor(M[3], { Категория: "Студент" }),
      ],
      mentees: [mentee(N[0]), mentee(N[1]), student(N[2], "9А"), student(N[3], "9Б")],
      pairs: [
        pair("1", M[0], N[0], { "Форма наставничества": "Руководитель ОО – педагог" }),
        pair("2", M[1], N[1], { "Форма наставничества": "Педагог вуза/колледжа – молодой педагог" }),
        pair("3", M[2], N[2], { "Форма наставничества": "Работодатель – ученик" }),
        pair("4", M[3], N[3], {
          "Форма наставничества": "Студент – ученик",
          "Дата начала": rawDate("2024-09-16"),
        }),
      ],
    }),
  );
  // М1 (Руководитель ОО), Н1 and Н2 are pedagogical; Н3 and Н4 are students
  expect(k.teachers_involved.numerator).toBe(3);
  expect(k.students_involved.numerator).toBe(2);
});
