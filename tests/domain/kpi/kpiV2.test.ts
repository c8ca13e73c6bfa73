/**
 * KPIs in version 2 (kpi.md): «Приостановлена» takes part but is never active; short names on
 * «Пары» count their persons; "Age at D"; `students_involved` with the pupils-from-10 item (the
 * КМР-07 example of kpi.md).
 */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate, student, type RawCell } from "../builders";
import { M, N } from "./people";

describe("«Приостановлена»", () => {
  const r = evaluate({
    mentors: [mentor(M[0]), mentor(M[1])],
    mentees: [mentee(N[0]), mentee(N[1]), mentee(N[2])],
    pairs: [
      pair("1", M[0], N[0]),
      // Suspended since November (sick leave): started, not finished, not working now.
      pair("2", M[1], N[1], { Статус: "Приостановлена", "Оценка наставника": 7, "Оценка наставляемого": 8 }),
      // Suspended last year and never resumed: involved only when its fact end is in Y.
      pair("3", M[1], N[2], {
        Статус: "Приостановлено",
        "Дата начала": rawDate("2023-09-04"),
        "Приказ от": rawDate("2023-09-01"),
        "Дата окончания (факт)": rawDate("2024-05-31"),
      }),
    ],
  });
  const k = kpis(r);

  it("takes part, is never active on D", () => {
    expect(k.active_groups).toMatchObject({ value: 1, links: 1 });
    expect(k.mentor_load).toMatchObject({ mentors: 1 });
    expect(k.young_mentored).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it("is involved in Y once started, with no fact end: its people count and its ratings too", () => {
    expect(k.teachers_involved).toMatchObject({ numerator: 4 });
    expect(k.satisfaction).toEqual({ mentor: { mean: 7, n: 1 }, mentee: { mean: 8, n: 1 } });
  });

  it("is neither completed nor terminated", () => {
    expect(k.completed).toMatchObject({ numerator: 0, denominator: 0 });
  });

  it("is not counted as a row the KPIs could not count", () => {
    expect(r.kpis!.notCounted.active_groups).toEqual({ count: 0, reasons: [] });
  });
});

it("counts persons named by short names on «Пары»", () => {
  const k = kpis(
    evaluate({
      mentors: [mentor("Петров Сергей Николаевич"), mentor("Баранов Артём Игоревич")],
      mentees: [mentee(N[0]), mentee(N[1]), mentee(N[2])],
      pairs: [
        pair("1", "Петров С.Н.", N[0]),
        pair("2", "Баранов Артём", "Орлов Н.С."),
        pair("3", "Петров С. Н.", "Зуева П."),
      ],
    }),
  );
  expect(k.active_groups).toMatchObject({ value: 3, links: 3 });
  expect(k.young_mentored).toMatchObject({ numerator: 3, denominator: 3 });
  expect(k.mentor_load).toMatchObject({ mentors: 2, max: 2 });
  expect(k.teachers_involved).toMatchObject({ numerator: 5 });
});

describe("students_involved with «Численность обучающихся в возрасте от 10 лет»", () => {
  // kpi.md's example (КМР-07, D 20.12.2023): 6 students involved, one of them 8 years old.
  const pupils = [
    student("Заварзин Матвей Кириллович", "7Г", { "Возраст, лет": 13 }),
    student("Кочеткова Ева Денисовна", "2А", { "Возраст, лет": 8 }),
    student("Сабитов Айдар Ильдарович", "8Б", { "Возраст, лет": null }),
    student("Лапшина Милана Игоревна", "6Б", { "Возраст, лет": null, "Дата рождения": "2012 г.р." }),
    student("Федосеев Денис Артурович", "6Б", { "Возраст, лет": "12 лет" }),
  ];
  const data = (info: Record<string, RawCell>) => ({
    info: { "Отчётная дата": rawDate("2023-12-20"), "Учебный год": "2023/2024", ...info },
    mentors: [
      mentor(M[0]),
      mentor("Ясинская Полина Олеговна", { Категория: "Обучающийся", Должность: "10А" }),
    ],
    mentees: pupils,
    pairs: pupils.map((p, i) =>
      pair(String(i + 1), "Ясинская Полина Олеговна", p.ФИО as string, {
        "Форма наставничества": "Ученик – ученик",
        "Дата начала": rawDate("2023-10-02"),
        "Дата окончания (план)": rawDate("2024-05-24"),
        "Приказ от": rawDate("2023-09-29"),
      }),
    ),
  });

  it("counts students aged 10 or more, or of unknown age, against the item: 5 / 300", () => {
    const r = evaluate(
      data({ "Численность обучающихся в возрасте от 10 лет": 300, "Численность обучающихся": 520 }),
    );
    expect(kpis(r).students_involved).toMatchObject({ numerator: 5, denominator: 300 });
    // The 8-year-old is in the drill-down's «missing» with the reason.
    expect(r.kpis!.drill.students_involved.missing.map((x) => [x.label, x.note])).toEqual([
      ["Кочеткова Ева Денисовна", "младше 10 лет (8)"],
    ]);
  });

  it("falls back to v1 without the item: every student against «Численность обучающихся», 6 / 520", () => {
    for (const item of [null, "нет данных", -3]) {
      const r = evaluate(
        data({ "Численность обучающихся в возрасте от 10 лет": item, "Численность обучающихся": 520 }),
      );
      expect(kpis(r).students_involved).toMatchObject({ numerator: 6, denominator: 520 });
    }
  });

  it("takes an item of 0 as readable (the share is then undefined, never a silent fallback)", () => {
    const r = evaluate(
      data({ "Численность обучающихся в возрасте от 10 лет": 0, "Численность обучающихся": 520 }),
    );
    expect(kpis(r).students_involved).toMatchObject({ numerator: 5, denominator: 0, value: null });
  });

  it("gives a student mentor who is also a mentee the mentee's age", () => {
    const d = data({ "Численность обучающихся в возрасте от 10 лет": 300 });
    const r = evaluate({
      ...d,
      mentees: [...d.mentees, student("Ясинская Полина Олеговна", "3А", { "Возраст, лет": 9 })],
    });
    expect(kpis(r).students_involved).toMatchObject({ numerator: 4 });
  });
});

describe("Age at D in «Учитывать возраст»", () => {
  const young = (o: Record<string, unknown>) =>
    evaluate({
      settings: { "Учитывать возраст": "да", "Молодой специалист: возраст не более, лет": 35 },
      mentees: [mentee(N[0], o as never)],
    }).analysis.youngSpecialists.length;

  it("uses «Возраст, лет», else the full years from «Дата рождения» at D", () => {
    expect(young({ "Возраст, лет": 30 })).toBe(1);
    expect(young({ "Возраст, лет": null, "Дата рождения": rawDate("1989-12-20") })).toBe(1); // 35 on D itself
    expect(young({ "Возраст, лет": null, "Дата рождения": rawDate("1988-12-21") })).toBe(1); // still 35 on D
    expect(young({ "Возраст, лет": null, "Дата рождения": rawDate("1988-12-20") })).toBe(0); // 36 on D
  });

  it("treats an out-of-range age as empty and a year alone as D's year minus it", () => {
    expect(young({ "Возраст, лет": 3, "Дата рождения": "1990 г.р." })).toBe(1); // 2024 − 1990 = 34
    expect(young({ "Возраст, лет": null, "Дата рождения": "1985 г.р." })).toBe(0); // 39
  });
});
