/** Drill-down: the rows behind numerators and denominators. */
import { evaluate } from "../evaluate";
import { mentee, mentor, pair, planItem, rawDate } from "../builders";
import { M, N } from "./people";

const r = evaluate({
  mentors: [mentor(M[0]), mentor(M[1])],
  mentees: [
    mentee(N[0]), // row 2: young, active pair
    mentee(N[1]), // row 3: young, pair ended before D
    mentee(N[2], { "Педагогический стаж, лет": 15 }), // row 4: not young, no pair
    mentee(N[3], { "Молодой специалист": "да", "Педагогический стаж, лет": 7 }), // row 5: young by mark, planned pair only
    mentee(N[4]), // row 6: young, pair with an unknown mentor
    mentee(N[0]), // row 7: repeat of row 2
    mentee(N[5], { Категория: "Обучающийся", "Педагогический стаж, лет": null }), // row 8: student
    mentee(N[6]), // row 9: young, active group row
  ],
  pairs: [
    pair("1", M[0], N[0]),
    pair("2", M[0], N[1], { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-12-19") }),
    pair("3", M[1], N[3], { Статус: "Планируется", "Дата начала": rawDate("2025-01-13") }),
    pair("4", "Петрова Н.И.", N[4]),
    pair("5", M[1], N[6], { "Вид наставничества": "Групповое" }),
  ],
  plan: [
    planItem("Педсовет"),
    planItem("Семинар", { Срок: rawDate("2024-12-01"), Статус: "Запланировано", "Дата выполнения": null }),
  ],
});
const drill = r.kpis!.drill;

it("young_mentored: counted and missing are exactly the young specialists with and without an active row", () => {
  expect(drill.young_mentored.counted.map((x) => [x.sheet, x.row, x.label])).toEqual([
    ["Наставляемые", 2, N[0]],
    ["Наставляемые", 9, N[6]],
  ]);
  expect(drill.young_mentored.missing.map((x) => [x.sheet, x.row, x.label])).toEqual([
    ["Наставляемые", 3, N[1]],
    ["Наставляемые", 5, N[3]],
    ["Наставляемые", 6, N[4]],
  ]);
  expect(r.kpis!.values.young_mentored).toMatchObject({ numerator: 2, denominator: 5 });
});

it("young_mentored's missing list is the M001 list", () => {
  expect(r.issues.filter((i) => i.code === "M001").map((i) => i.row)).toEqual(
    drill.young_mentored.missing.map((x) => x.row),
  );
});

it("points at the cells behind pair-based KPIs", () => {
  expect(drill.active_groups.counted.map((x) => x.row)).toEqual([2, 6]);
  expect(drill.mentor_load.counted.map((x) => [x.sheet, x.row, x.label])).toEqual([
    ["Наставники", 2, M[0]],
    ["Наставники", 3, M[1]],
  ]);
  for (const ref of drill.active_groups.counted)
    expect(ref).toMatchObject({ sheet: "Пары", sheetInFile: "Пары", col: 1 });
});

it("plan_done lists the done events as counted and the others due as missing", () => {
  expect(drill.plan_done.counted.map((x) => x.row)).toEqual([2]);
  expect(drill.plan_done.missing.map((x) => x.row)).toEqual([3]);
});
