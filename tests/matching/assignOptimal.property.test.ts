/**
 * «Подобрать всем» is optimal: on small random schools (≤ 6 mentees, ≤ 4 mentors, 0–2 free
 * places each) its objective equals the brute-force optimum over every capacity-respecting
 * assignment — also when the sparse graph keeps only 1 or 2 candidates per mentee, so that the
 * pricing rounds must restore what the cut left out. No mentor ever gets more mentees than free
 * places, and a mentor without consent never appears, neither assigned nor suggested.
 */
import fc from "fast-check";
import { assignAll } from "../../src/domain/matching/assign";
import { suggest } from "../../src/domain/matching/suggest";
import { evaluate } from "../domain/evaluate";
import { mentee, mentor, pair, type Rec } from "../domain/builders";
import { bruteForce, objectiveOf } from "./support";

const LIMIT = 2;
const SURNAMES = ["Орлова", "Зуева", "Крылов", "Лебедева", "Титов", "Гусева", "Фомин", "Жукова"];

const mentorArb = fc.record({
  category: fc.constantFrom("Педагог", "Руководитель ОО", "Обучающийся", "Студент", "Иное", null),
  subject: fc.constantFrom("Математика", "Физика", "Русский язык", "Математика, физика", null),
  experience: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  qualification: fc.constantFrom("Высшая", "Первая", "Без категории", null),
  consent: fc.constantFrom("да", "да", "нет", null),
  trained: fc.constantFrom("да", "нет", null),
  free: fc.integer({ min: 0, max: LIMIT }),
});

const menteeArb = fc.record({
  category: fc.constantFrom("Педагог", "Педагог", "Обучающийся", "Студент", null),
  subject: fc.constantFrom("Математика", "Физика", "Русский язык", null),
  experience: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  young: fc.constantFrom("да", "нет"),
  /** Sometimes a mentor is also a mentee (the same person may not mentor themself). */
  alsoMentor: fc.option(fc.nat(3), { nil: null }),
});

const schoolArb = fc.record({
  mentors: fc.array(mentorArb, { minLength: 0, maxLength: 4 }),
  mentees: fc.array(menteeArb, { minLength: 1, maxLength: 6 }),
});

type School = typeof schoolArb extends fc.Arbitrary<infer T> ? T : never;

const mentorName = (j: number) => `${SURNAMES[j]} Анна Петровна`;
const menteeName = (i: number) => `${SURNAMES[4 + (i % 4)]} ${["Олег", "Ирина"][i >> 2]} Ивановна`;

function build(s: School) {
  const mentors: Rec[] = s.mentors.map((m, j) =>
    mentor(mentorName(j), {
      Категория: m.category,
      "Предмет / направление": m.subject,
      "Педагогический стаж, лет": m.experience,
      "Квалификационная категория": m.qualification,
      Согласие: m.consent,
      "Обучение по наставничеству": m.trained,
    }),
  );
  const names = s.mentees.map((e, i) =>
    e.alsoMentor !== null && e.alsoMentor < s.mentors.length ? mentorName(e.alsoMentor) : menteeName(i),
  );
  const pool: Rec[] = s.mentees.map((e, i) =>
    mentee(names[i], {
      Категория: e.category,
      "Предмет / направление": e.subject,
      "Педагогический стаж, лет": e.experience,
      "Молодой специалист": e.young,
    }),
  );
  // Each mentor's load: active pairs with fillers, so that LIMIT − load = the free places drawn.
  const fillers: Rec[] = [];
  const pairs: Rec[] = [];
  s.mentors.forEach((m, j) => {
    for (let k = 0; k < LIMIT - m.free; k++) {
      const name = `Запасов ${["Пётр", "Павел"][k]} ${["Ильич", "Юрьевич", "Осипович", "Глебович"][j]}`;
      fillers.push(mentee(name, { "Педагогический стаж, лет": 10 }));
      pairs.push(pair(String(pairs.length + 1), mentorName(j), name));
    }
  });
  const result = evaluate({
    settings: { "Наставляемых на одного наставника не более": LIMIT },
    mentors,
    mentees: [...pool, ...fillers],
    pairs,
  });
  return { result, names };
}

const runs = { numRuns: 250, seed: 20241220 };

test("the assignment's objective equals the brute-force optimum, with and without sparsification", () => {
  fc.assert(
    fc.property(schoolArb, (s) => {
      const { result } = build(s);
      const best = bruteForce(result);
      for (const k of [undefined, 1, 2]) {
        const got = objectiveOf(assignAll(result, { k }));
        expect([k, got.youngUnmatched, got.othersUnmatched]).toEqual([
          k,
          best.youngUnmatched,
          best.othersUnmatched,
        ]);
        expect(got.score).toBeCloseTo(best.score, 9);
      }
    }),
    runs,
  );
});

test("capacity is never exceeded and a mentor without consent is never assigned or suggested", () => {
  fc.assert(
    fc.property(schoolArb, (s) => {
      const { result } = build(s);
      const freeOf = new Map(s.mentors.map((m, j) => [mentorName(j), m.free]));
      const consentOf = new Map(s.mentors.map((m, j) => [mentorName(j), m.consent]));
      const a = assignAll(result, { k: 1 });
      const taken = new Map<string, number>();
      for (const p of a.pairs) taken.set(p.mentor.name!, (taken.get(p.mentor.name!) ?? 0) + 1);
      for (const [name, n] of taken) expect([name, n <= freeOf.get(name)!]).toEqual([name, true]);
      for (const p of a.pairs) expect(consentOf.get(p.mentor.name!)).toBe("да");
      for (const p of a.pairs) expect(p.mentor.name).not.toBe(p.mentee.name);
      expect(new Set(a.pairs.map((p) => p.mentee)).size).toBe(a.pairs.length);
      for (const sg of suggest(result))
        for (const c of sg.candidates) {
          expect(consentOf.get(c.mentor.name!)).toBe("да");
          expect(freeOf.get(c.mentor.name!)).toBeGreaterThan(0);
        }
    }),
    runs,
  );
});
