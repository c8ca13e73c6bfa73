/**
 * «Подбор»: who gets suggestions (no row active on D, nothing planned; young specialists first),
 * which mentors may be suggested (hard constraints) and in what order, weights from «Настройки».
 */
import { assignAll } from "../../src/domain/matching/assign";
import { suggest } from "../../src/domain/matching/suggest";
import { mentee, mentor, pair, student } from "../domain/builders";
import { evaluate } from "../domain/evaluate";

const PETROVA = "Петрова Мария Ивановна"; // mathematics, 18 years, высшая, trained
const SOKOLOV = "Соколов Андрей Петрович"; // Russian, 25 years, первая, not trained
const ORLOVA = "Орлова Нина Сергеевна"; // mathematics, no consent
const KRYLOV = "Крылов Иван Ильич"; // physics, full
const ZUEVA = "Зуева Ольга Павловна"; // deputy head, mathematics

const LEBEDEV = "Лебедев Олег Игоревич"; // not young, mathematics
const TITOVA = "Титова Анна Сергеевна"; // young, Russian
const GUSEVA = "Гусева Ирина Олеговна"; // young, has an active pair
const FOMIN = "Фомин Павел Андреевич"; // young, has a planned pair with Sokolov
const ZHUKOVA = "Жукова Дарья Петровна"; // a student

const fillers = ["Запасов Пётр Ильич", "Запасов Павел Ильич", "Запасов Глеб Ильич"];

function school(settings: Record<string, number> = {}) {
  return evaluate({
    settings,
    mentors: [
      mentor(PETROVA),
      mentor(SOKOLOV, {
        "Предмет / направление": "Русский язык",
        "Педагогический стаж, лет": 25,
        "Квалификационная категория": "Первая",
        "Обучение по наставничеству": "нет",
      }),
      mentor(ORLOVA, { Согласие: "нет", "Педагогический стаж, лет": 30 }),
      mentor(KRYLOV, { "Предмет / направление": "Физика", "Педагогический стаж, лет": 12 }),
      mentor(ZUEVA, { Категория: "Руководитель ОО", "Педагогический стаж, лет": 27 }),
    ],
    mentees: [
      mentee(LEBEDEV, {
        "Предмет / направление": "Математика",
        "Педагогический стаж, лет": 5,
        "Молодой специалист": "нет",
      }),
      mentee(TITOVA),
      mentee(GUSEVA),
      mentee(FOMIN),
      student(ZHUKOVA, "8Б"),
      ...fillers.map((f) => mentee(f, { "Педагогический стаж, лет": 9 })),
    ],
    pairs: [
      pair("1", PETROVA, GUSEVA),
      pair("2", SOKOLOV, FOMIN, {
        Статус: "Планируется",
        "Дата начала": "13.01.2025",
        "Дата окончания (план)": "30.05.2025",
        "Приказ №": null,
        "Приказ от": null,
      }),
      ...fillers.map((f, i) => pair(String(3 + i), KRYLOV, f)),
    ],
  });
}

test("young specialists come first, then the others in worksheet order; active and planned mentees are left out", () => {
  const s = suggest(school());
  expect(s.map((x) => [x.mentee.name, x.mentee.row, x.young])).toEqual([
    [TITOVA, 3, true],
    [LEBEDEV, 2, false],
    [ZHUKOVA, 6, false],
  ]);
});

test("never a mentor without consent, without a free place, or the same person; at most three, best first", () => {
  for (const s of suggest(school())) {
    const names = s.candidates.map((c) => c.mentor.name);
    expect(names).not.toContain(ORLOVA);
    expect(names).not.toContain(KRYLOV);
    expect(names.length).toBeLessThanOrEqual(3);
    const scores = s.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }
  const titova = suggest(school()).find((x) => x.mentee.name === TITOVA)!;
  expect(titova.candidates[0].mentor.name).toBe(SOKOLOV);
  expect(titova.candidates[0].reasons.subject.text).toBe("тот же предмет — русский язык");
  // Sokolov's planned pair takes one of his three places.
  expect(titova.candidates[0].reasons.capacity.text).toBe("свободно мест: 2 из 3");
});

test("the score is Σ w·c / Σ w with the weights of «Настройки», and explains every criterion", () => {
  const r = school();
  expect(r.wb.settings).toMatchObject({
    matchWeightSubject: 3,
    matchWeightCategory: 2,
    matchWeightCapacity: 1,
    matchWeightExperience: 2,
    matchWeightQualification: 1,
    matchWeightTraining: 1,
  });
  const c = suggest(r).find((x) => x.mentee.name === TITOVA)!.candidates[0];
  const w = { subject: 3, category: 2, capacity: 1, experience: 2, qualification: 1, training: 1 };
  const expected =
    Object.entries(w).reduce((t, [k, wk]) => t + wk * c.reasons[k as keyof typeof w].value, 0) / 10;
  expect(c.score).toBeCloseTo(expected, 12);
  expect(Object.values(c.reasons).map((x) => x.text)).toEqual([
    "тот же предмет — русский язык",
    "категория «Педагог» подходит для формы «Учитель – учитель»",
    "свободно мест: 2 из 3",
    "стаж 25 лет — на 24 года больше",
    "первая категория",
    "обучение по наставничеству не пройдено",
  ]);

  const subjectOnly = school({
    "Подбор: вес предмета": 5,
    "Подбор: вес категории": 0,
    "Подбор: вес свободных мест": 0,
    "Подбор: вес стажа": 0,
    "Подбор: вес квалификации": 0,
    "Подбор: вес обучения": 0,
  });
  for (const s of suggest(subjectOnly))
    for (const x of s.candidates) expect(x.score).toBe(x.reasons.subject.value);
});

test("the student gets the form «Учитель – ученик» and the deputy head «Руководитель ОО – педагог»", () => {
  const all = suggest(school());
  const zhukova = all.find((x) => x.mentee.name === ZHUKOVA)!;
  expect(new Set(zhukova.candidates.map((c) => c.form))).toEqual(new Set(["Учитель – ученик"]));
  const lebedev = all.find((x) => x.mentee.name === LEBEDEV)!;
  expect(lebedev.candidates.find((c) => c.mentor.name === ZUEVA)?.form).toBe("Руководитель ОО – педагог");
});

test("a mentor who is also a mentee is never suggested to themself", () => {
  const r = evaluate({
    mentors: [mentor(PETROVA), mentor(SOKOLOV)],
    mentees: [mentee(PETROVA, { "Молодой специалист": "да" })],
  });
  const [s] = suggest(r);
  expect(s.candidates.map((c) => c.mentor.name)).toEqual([SOKOLOV]);
  expect(assignAll(r).pairs.map((p) => p.mentor.name)).toEqual([SOKOLOV]);
});
