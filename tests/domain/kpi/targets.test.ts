/** Targets: the three coverage shares from «Настройки» (value / 100), the others fixed by kpi.md. */
import { evaluate, kpis } from "../evaluate";

it("uses 70% for the coverage shares and kpi.md's fixed targets by default", () => {
  const k = kpis(evaluate({}));
  expect({
    young_mentored: k.young_mentored.target,
    teachers_involved: k.teachers_involved.target,
    students_involved: k.students_involved.target,
    formalized: k.formalized.target,
    consent: k.consent.target,
    personal_program: k.personal_program.target,
    completed: k.completed.target,
    retention: k.retention.target,
    mentors_trained: k.mentors_trained.target,
    mentors_rewarded: k.mentors_rewarded.target,
    plan_done: k.plan_done.target,
    documents: k.documents.target,
  }).toEqual({
    young_mentored: 0.7,
    teachers_involved: 0.7,
    students_involved: 0.7,
    formalized: 1,
    consent: 1,
    personal_program: 1,
    completed: null,
    retention: null,
    mentors_trained: null,
    mentors_rewarded: null,
    plan_done: 1,
    documents: 1,
  });
});

it("reads the three targets from «Настройки», «%» or not", () => {
  const k = kpis(
    evaluate({
      settings: {
        "Целевое значение: молодые педагоги с наставником, %": "85%",
        "Целевое значение: вовлечённость педагогов, %": "55,5",
        "Целевое значение: вовлечённость обучающихся, %": 20,
      },
    }),
  );
  expect(k.young_mentored.target).toBeCloseTo(0.85, 12);
  expect(k.teachers_involved.target).toBeCloseTo(0.555, 12);
  expect(k.students_involved.target).toBeCloseTo(0.2, 12);
});

it("falls back to 70% when a target is out of range", () => {
  const k = kpis(evaluate({ settings: { "Целевое значение: молодые педагоги с наставником, %": "170%" } }));
  expect(k.young_mentored.target).toBe(0.7);
});
