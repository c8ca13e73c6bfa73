/**
 * Pooling schools (kpi.md, Aggregation): shares sum numerators and denominators — never the mean
 * of the schools' shares; active_groups sums counts per form and kind; mentor_load and
 * satisfaction are recomputed from the concatenated per-mentor loads and per-row ratings.
 */
import fc from "fast-check";
import { poolKpis } from "../../../src/domain/kpi/pool";
import type { KpiValues, PoolData, ShareResult } from "../../../src/domain/kpi/types";
import { evaluate } from "../evaluate";
import { mentee, mentor, pair } from "../builders";

const SHARES = [
  "young_mentored",
  "teachers_involved",
  "students_involved",
  "formalized",
  "consent",
  "personal_program",
  "completed",
  "retention",
  "mentors_trained",
  "mentors_rewarded",
  "documents",
] as const;

const FORMS = ["Учитель – учитель", "Ученик – ученик", "Руководитель ОО – педагог", "Не распознано"];
const KINDS = ["Традиционное (один на один)", "Групповое", "Реверсивное"];

const share = fc
  .tuple(fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.option(fc.constantFrom(0.7, 0.9, 1), { nil: null }))
  .map(([a, b, target]): ShareResult => {
    const den = Math.max(a, b);
    const num = Math.min(a, b);
    return { numerator: num, denominator: den, value: den === 0 ? null : num / den, target };
  });

const counts = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: 1, max: 20 }), { maxKeys: keys.length });

/** A school workbook's or export's figures: every part present. */
type PoolInput = { readonly values: KpiValues; readonly pool: PoolData };

const school = fc
  .record({
    shares: fc.tuple(...SHARES.map(() => share)),
    plan: share,
    planOverdue: fc.nat({ max: 10 }),
    byForm: counts(FORMS),
    byKind: counts(KINDS),
    links: fc.nat({ max: 30 }),
    overdue: fc.nat({ max: 10 }),
    loads: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 12 }),
    overLimit: fc.nat({ max: 3 }),
    mentorScores: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 10 }),
    menteeScores: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 10 }),
  })
  .map((s): PoolInput => {
    const values: Record<string, unknown> = {};
    SHARES.forEach((id, i) => (values[id] = s.shares[i]));
    const groups = Object.values(s.byForm).reduce((a, n) => a + n, 0);
    values.active_groups = { value: groups, links: groups + s.links, byForm: s.byForm, byKind: s.byKind };
    values.mentor_load = {
      mentors: s.loads.length,
      mean: null,
      median: null,
      max: null,
      overLimit: s.overLimit,
    };
    values.overdue = { value: s.overdue };
    values.satisfaction = {
      mentor: { mean: null, n: s.mentorScores.length },
      mentee: { mean: null, n: s.menteeScores.length },
    };
    values.plan_done = { ...s.plan, overdue: s.planOverdue };
    return {
      values: values as unknown as KpiValues,
      pool: { loads: s.loads, mentorScores: s.mentorScores, menteeScores: s.menteeScores },
    };
  });

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

it("pools every share as Σ numerators / Σ denominators", () => {
  fc.assert(
    fc.property(fc.array(school, { minLength: 1, maxLength: 8 }), (schools) => {
      const pooled = poolKpis(schools).values;
      for (const id of [...SHARES, "plan_done"] as const) {
        const num = sum(schools.map((s) => s.values[id].numerator));
        const den = sum(schools.map((s) => s.values[id].denominator));
        expect({ id, numerator: pooled[id].numerator, denominator: pooled[id].denominator }).toEqual({
          id,
          numerator: num,
          denominator: den,
        });
        if (den === 0) expect(pooled[id].value).toBeNull();
        else expect(pooled[id].value).toBe(num / den);
      }
      expect(pooled.plan_done.overdue).toBe(
        sum(schools.map((s) => (s.values.plan_done as { overdue: number }).overdue)),
      );
      expect(pooled.overdue.value).toBe(sum(schools.map((s) => s.values.overdue.value)));
    }),
  );
});

it("never takes the mean of the schools' shares", () => {
  fc.assert(
    fc.property(school, school, (a, b) => {
      const x = a.values.formalized;
      const y = b.values.formalized;
      fc.pre(x.value !== null && y.value !== null && x.denominator !== y.denominator && x.value !== y.value);
      const pooled = poolKpis([a, b]).values.formalized.value!;
      expect(pooled).toBeCloseTo((x.numerator + y.numerator) / (x.denominator + y.denominator), 12);
      expect(Math.abs(pooled - (x.value! + y.value!) / 2)).toBeGreaterThan(1e-12);
    }),
  );
});

it("a school of 1/2 and one of 99/100 pool to 100/102, not 0.745", () => {
  const [a, b] = fc.sample(school, { numRuns: 2, seed: 7 });
  const set = (p: PoolInput, num: number, den: number): PoolInput => ({
    ...p,
    values: {
      ...p.values,
      young_mentored: { numerator: num, denominator: den, value: num / den, target: 0.7 },
    },
  });
  const pooled = poolKpis([set(a, 1, 2), set(b, 99, 100)]).values.young_mentored;
  expect(pooled).toEqual({ numerator: 100, denominator: 102, value: 100 / 102, target: 0.7 });
});

it("sums active groups, links and every byForm / byKind key", () => {
  fc.assert(
    fc.property(fc.array(school, { minLength: 1, maxLength: 8 }), (schools) => {
      const pooled = poolKpis(schools).values.active_groups;
      expect(pooled.value).toBe(sum(schools.map((s) => s.values.active_groups.value)));
      expect(pooled.links).toBe(sum(schools.map((s) => s.values.active_groups.links)));
      for (const [field, keys] of [
        ["byForm", FORMS],
        ["byKind", KINDS],
      ] as const) {
        const expected: Record<string, number> = {};
        for (const k of keys) {
          const n = sum(schools.map((s) => s.values.active_groups[field][k] ?? 0));
          if (n > 0) expected[k] = n;
        }
        expect(pooled[field]).toEqual(expected);
      }
    }),
  );
});

it("recomputes mentor_load and satisfaction from the concatenated loads and ratings", () => {
  fc.assert(
    fc.property(fc.array(school, { minLength: 1, maxLength: 8 }), (schools) => {
      const pooled = poolKpis(schools).values;
      const loads = schools.flatMap((s) => s.pool.loads);
      expect(pooled.mentor_load.mentors).toBe(loads.length);
      expect(pooled.mentor_load.overLimit).toBe(sum(schools.map((s) => s.values.mentor_load.overLimit)));
      if (loads.length === 0) {
        expect(pooled.mentor_load).toMatchObject({ mean: null, median: null, max: null });
      } else {
        expect(pooled.mentor_load.mean).toBeCloseTo(sum(loads) / loads.length, 10);
        expect(pooled.mentor_load.median).toBe(median(loads));
        expect(pooled.mentor_load.max).toBe(Math.max(...loads));
      }
      for (const side of ["mentor", "mentee"] as const) {
        const scores = schools.flatMap((s) =>
          side === "mentor" ? s.pool.mentorScores : s.pool.menteeScores,
        );
        expect(pooled.satisfaction[side].n).toBe(scores.length);
        if (scores.length === 0) expect(pooled.satisfaction[side].mean).toBeNull();
        else expect(pooled.satisfaction[side].mean).toBeCloseTo(sum(scores) / scores.length, 10);
      }
    }),
  );
});

it("gives a total the default targets, whatever the schools' settings", () => {
  fc.assert(
    fc.property(fc.array(school, { minLength: 1, maxLength: 4 }), (schools) => {
      const pooled = poolKpis(schools).values;
      expect(pooled.young_mentored.target).toBe(0.7);
      expect(pooled.teachers_involved.target).toBe(0.7);
      expect(pooled.students_involved.target).toBe(0.7);
      expect(pooled.formalized.target).toBe(1);
      expect(pooled.documents.target).toBe(1);
      expect(pooled.completed.target).toBeNull();
    }),
  );
});

it("pools two evaluated schools: loads [3, 1] and [1, 1, 1] give mean 1.4 and median 1, not 1.5 and 1.5", () => {
  const schoolA = evaluate({
    mentors: [mentor("Петрова Мария Ивановна"), mentor("Соколов Андрей Викторович")],
    mentees: [
      "Крылова Дарья Олеговна",
      "Орлов Никита Сергеевич",
      "Зуева Полина Андреевна",
      "Лебедев Олег Игоревич",
    ].map((n) => mentee(n)),
    pairs: [
      pair("1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна"),
      pair("2", "Петрова Мария Ивановна", "Орлов Никита Сергеевич"),
      pair("3", "Петрова Мария Ивановна", "Зуева Полина Андреевна"),
      pair("4", "Соколов Андрей Викторович", "Лебедев Олег Игоревич"),
    ],
  });
  const schoolB = evaluate({
    info: { "Численность педагогических работников": 10 },
    mentors: [
      mentor("Петрова Мария Ивановна"),
      mentor("Волков Павел Сергеевич"),
      mentor("Лебедева Ольга Николаевна"),
    ],
    mentees: [
      mentee("Тихонова Инна Львовна"),
      mentee("Мухина Вера Игоревна"),
      mentee("Гусева Алина Романовна"),
    ],
    pairs: [
      pair("1", "Петрова Мария Ивановна", "Тихонова Инна Львовна"),
      pair("2", "Волков Павел Сергеевич", "Мухина Вера Игоревна"),
      pair("3", "Лебедева Ольга Николаевна", "Гусева Алина Романовна"),
    ],
  });
  expect(schoolA.kpis!.values.mentor_load).toMatchObject({ mean: 2, median: 2 });
  expect(schoolB.kpis!.values.mentor_load).toMatchObject({ mean: 1, median: 1 });
  const total = poolKpis([schoolA.kpis!, schoolB.kpis!]).values;
  // the same ФИО in two schools is two mentors (one per school)
  expect(total.mentor_load).toEqual({ mentors: 5, mean: 1.4, median: 1, max: 3, overLimit: 0 });
  expect(total.teachers_involved).toEqual({
    numerator: 6 + 6,
    denominator: 40 + 10,
    value: 12 / 50,
    target: 0.7,
  });
  expect(total.young_mentored).toEqual({ numerator: 7, denominator: 7, value: 1, target: 0.7 });
  expect(total.documents).toEqual({ numerator: 10, denominator: 10, value: 1, target: 1 });
});
