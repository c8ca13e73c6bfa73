/**
 * Never a silent drop: every KPI says how many rows it could not count and why, with the rows for
 * drill-down — a «Пары» row whose start date cannot be read, a mentor not found, a young
 * specialist whose стаж cannot be read, a road-map event without a readable term… A pair that is
 * only planned is not counted by definition and is not among them.
 */
import { kpiIds } from "../../../src/domain/kpi/catalogue";
import type { KpiId } from "../../../src/domain/kpi/types";
import { evaluate } from "../evaluate";
import { mentee, mentor, pair, planItem, rawDate } from "../builders";
import { M, N } from "./people";

const r = evaluate({
  mentors: [mentor(M[0]), mentor(M[1])],
  mentees: [
    mentee(N[0]), // 2
    mentee(N[1], { "Педагогический стаж, лет": "стаж уточняется" }), // 3: young? cannot tell
    mentee(N[2], { "Педагогический стаж, лет": null }), // 4: young? not given
    mentee(N[3], { Категория: "Стажёр" }), // 5: category not recognised
    { ФИО: null, Категория: "Педагог", "Педагогический стаж, лет": 1 }, // 6: no ФИО
    mentee(N[4]), // 7
    mentee(N[5], { "Молодой специалист": "наверное", "Закрепился в профессии": "скорее да" }), // 8
  ],
  pairs: [
    pair("1", M[0], N[0], { "Оценка наставника": "девять", "Оценка наставляемого": 9 }), // 2: counted; a rating unreadable
    pair("2", M[0], N[4], { "Дата начала": "31.09.2024" }), // 3: start unreadable
    pair("3", M[1], N[5], { "Дата начала": null }), // 4: no start
    pair("4", "Петрова Н.И.", N[5]), // 5: mentor not found
    pair("5", M[1], N[1], { Статус: "Планируется", "Дата начала": rawDate("2025-01-13") }), // 6: planned
    pair("6", M[1], N[3], { Статус: "в ожидании" }), // 7: status not recognised
    pair("7", M[1], N[2], { "Дата окончания (план)": "весна 2025" }), // 8: active, planned end unreadable
  ],
  plan: [
    planItem("Педсовет"),
    planItem("Семинар", { Срок: "по отдельному плану" }),
    planItem("Форум", { Срок: null }),
  ],
});
const nc = r.kpis!.notCounted;
const summary = (id: KpiId) => nc[id].reasons.map((x) => [x.reason, x.rows.map((ref) => ref.row)]);

const PAIR_PROBLEMS = [
  ["лист «Пары»: дата начала не читается", [3]],
  ["лист «Пары»: не указана дата начала", [4]],
  ["лист «Пары»: наставник не найден на листе «Наставники»", [5]],
  ["лист «Пары»: статус не распознан", [7]],
];

it("is there for every KPI, counted or not", () => {
  expect(Object.keys(nc).sort()).toEqual([...kpiIds].sort());
  for (const id of kpiIds) expect(nc[id].count).toBe(nc[id].reasons.reduce((s, x) => s + x.rows.length, 0));
});

it("lists the «Пары» rows that do not take part because of a problem, but not the planned pair", () => {
  for (const id of [
    "active_groups",
    "mentor_load",
    "formalized",
    "consent",
    "personal_program",
    "mentors_trained",
  ] as const)
    expect(summary(id)).toEqual(PAIR_PROBLEMS);
});

it("young_mentored: also the mentees of whom it cannot tell whether they are young specialists", () => {
  expect(summary("young_mentored")).toEqual([
    ["лист «Наставляемые»: стаж не читается — не определить, молодой ли специалист", [3]],
    ["лист «Наставляемые»: не указан стаж — не определить, молодой ли специалист", [4]],
    ["лист «Наставляемые»: категория не распознана — не определить, молодой ли специалист", [5]],
    ["лист «Наставляемые»: строка без ФИО не считается человеком", [6]],
    ["лист «Наставляемые»: не читается отметка «Молодой специалист»", [8]],
    ...PAIR_PROBLEMS,
  ]);
  expect(nc.young_mentored.count).toBe(9);
});

it("overdue: also the active rows whose planned end cannot be read", () => {
  expect(summary("overdue")).toEqual([
    ...PAIR_PROBLEMS,
    ["лист «Пары»: не указана или не читается плановая дата окончания — не определить, истёк ли срок", [8]],
  ]);
});

it("satisfaction: also the involved rows whose rating cannot be read", () => {
  expect(summary("satisfaction")).toContainEqual([
    "лист «Пары»: оценка наставника не читается или не от 1 до 10",
    [2],
  ]);
  expect(r.kpis!.values.satisfaction).toEqual({ mentor: { mean: null, n: 0 }, mentee: { mean: 9, n: 1 } });
});

it("plan_done: the events without a readable term", () => {
  expect(summary("plan_done")).toEqual([
    ["лист «План»: срок не читается", [3]],
    ["лист «План»: не указан срок", [4]],
  ]);
});

it("teachers_involved: a participant of an involved row whose category cannot be read", () => {
  const withUnknown = evaluate({
    mentors: [mentor(M[0], { Категория: "Наставник-методист" })],
    mentees: [mentee(N[0])],
    pairs: [pair("1", M[0], N[0])],
  });
  expect(withUnknown.kpis!.values.teachers_involved).toMatchObject({ numerator: 1 });
  expect(
    withUnknown.kpis!.notCounted.teachers_involved.reasons.map((x) => [x.reason, x.rows.map((y) => y.row)]),
  ).toEqual([
    [
      "лист «Наставники»: категория участника не указана или не распознана — не определить, кого считать",
      [2],
    ],
  ]);
});

it("says nothing for a tidy school", () => {
  const tidy = evaluate({ mentors: [mentor(M[0])], mentees: [mentee(N[0])], pairs: [pair("1", M[0], N[0])] });
  for (const id of kpiIds) expect(tidy.kpis!.notCounted[id]).toEqual({ count: 0, reasons: [] });
});

it("points each row at its cell for drill-down", () => {
  const ref = nc.active_groups.reasons[0].rows[0];
  expect(ref).toMatchObject({
    sheet: "Пары",
    sheetInFile: "Пары",
    row: 3,
    col: 1,
    note: "дата начала не читается",
  });
});
