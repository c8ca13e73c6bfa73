/**
 * A «Пары» row takes part only with a valid start date, a recognised status other than
 * «Планируется», and a mentor and mentee that resolve. Others are never counted and appear in the
 * drill-down under «Не учитываются», each with its reason.
 */
import { evaluate } from "../evaluate";
import { mentee, mentor, pair, rawDate } from "../builders";
import type { KpiId } from "../../../src/domain/kpi/types";
import { M, N } from "./people";

const rated = { "Оценка наставника": 3, "Оценка наставляемого": 2 };
const r = evaluate({
  info: { "Численность педагогических работников": 40 },
  mentors: [mentor(M[0]), mentor(M[1])],
  mentees: [mentee(N[0]), mentee(N[1]), mentee(N[2]), mentee(N[3]), mentee(N[4]), mentee(N[5])],
  pairs: [
    pair("1", M[0], N[0], { "Оценка наставника": 9, "Оценка наставляемого": 10 }), // row 2: takes part
    pair("2", M[1], N[1], { "Дата начала": "31.09.2024", ...rated }), // row 3: no valid start
    pair("3", M[1], N[2], { "Дата начала": null, ...rated }), // row 4: no start
    pair("4", M[1], N[3], { Статус: "В работе", ...rated }), // row 5: unknown status
    pair("5", M[1], N[4], { Статус: "Планируется", "Дата начала": rawDate("2024-12-01"), ...rated }), // row 6: planned
    pair("6", "Петрова Н.И.", N[5], rated), // row 7: unresolved mentor
    pair("7", M[1], "Мухина А.И.", rated), // row 8: unresolved mentee
    pair("8", M[1], N[5], {
      Статус: "Завершена",
      "Дата начала": null,
      "Дата окончания (факт)": rawDate("2024-11-29"),
    }), // row 9: ended, but no start
  ],
});
const k = r.kpis!;

it("counts only the one row that takes part", () => {
  expect(k.values.active_groups).toEqual({
    value: 1,
    links: 1,
    byForm: { "Учитель – учитель": 1 },
    byKind: { "Традиционное (один на один)": 1 },
  });
  expect(k.values.formalized).toMatchObject({ numerator: 1, denominator: 1 });
  expect(k.values.personal_program).toMatchObject({ numerator: 1, denominator: 1 });
  expect(k.values.mentor_load).toEqual({ mentors: 1, mean: 1, median: 1, max: 1, overLimit: 0 });
  expect(k.values.consent).toMatchObject({ numerator: 1, denominator: 1 });
  expect(k.values.teachers_involved).toMatchObject({ numerator: 2, denominator: 40 });
  expect(k.values.satisfaction).toEqual({ mentor: { mean: 9, n: 1 }, mentee: { mean: 10, n: 1 } });
  expect(k.values.completed).toMatchObject({ numerator: 0, denominator: 0, value: null });
  // 6 young teachers; only Крылова has a row that takes part
  expect(k.values.young_mentored).toMatchObject({ numerator: 1, denominator: 6 });
});

it("lists every row that does not take part, with its reason, in the drill-down of the pair-based KPIs", () => {
  const pairKpis: KpiId[] = [
    "young_mentored",
    "teachers_involved",
    "students_involved",
    "active_groups",
    "mentor_load",
    "formalized",
    "consent",
    "personal_program",
    "completed",
    "overdue",
    "satisfaction",
    "mentors_trained",
    "mentors_rewarded",
  ];
  for (const id of pairKpis) {
    const excluded = k.drill[id].excluded;
    expect({ id, rows: excluded.map((x) => x.row) }).toEqual({ id, rows: [3, 4, 5, 6, 7, 8, 9] });
    for (const x of excluded) {
      expect(x.sheet).toBe("Пары");
      // The reason alone: the list stands under «Не учитываются», which says the rest.
      expect(x.note).toMatch(/^[а-яё]/);
      expect(x.note).not.toMatch(/учитыва/);
    }
  }
});

it("gives a reason that says what is wrong", () => {
  const notes = Object.fromEntries(k.drill.active_groups.excluded.map((x) => [x.row, x.note]));
  expect(notes[3]).toMatch(/дат\S* начала/);
  expect(notes[5]).toMatch(/статус/);
  expect(notes[6]).toMatch(/планируется/);
  expect(notes[7]).toMatch(/наставник/);
  expect(notes[8]).toMatch(/наставляем/);
});

it("does not list rows of «Сведения» or «План» KPIs as excluded pairs", () => {
  expect(k.drill.documents.excluded).toEqual([]);
  expect(k.drill.plan_done.excluded).toEqual([]);
});
