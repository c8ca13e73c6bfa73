/** Without a readable Отчётная дата the D-dependent rules are skipped, the rest still run, and no KPIs. */
import { evaluate, issuesWith } from "../evaluate";
import { mentee, mentor, pair, planItem, rawDate } from "../builders";

const data = {
  mentors: [mentor("Петрова Мария Ивановна", { Согласие: "нет" }), mentor("Иванов И.И.")],
  mentees: [
    mentee("Крылова Дарья Олеговна"),
    mentee("Крылова Дарья Олеговна"),
    mentee("Лебедев Олег Игоревич"),
  ],
  pairs: [
    pair("1", "Петрова Мария Ивановна", "Крылова Дарья Олеговна", {
      "Приказ №": null,
      "Вид наставничества": "Индивидуально-групповое",
    }),
    pair("1", "Соколов Андрей Викторович", "Лебедев Олег Игоревич", {
      "Дата окончания (план)": rawDate("2024-08-01"),
    }),
  ],
  plan: [
    planItem("Педсовет", { Срок: rawDate("2024-10-01"), Статус: "Запланировано", "Дата выполнения": null }),
    planItem("Семинар", { "Дата выполнения": null }),
  ],
};

const codes = (r: ReturnType<typeof evaluate>) => [...new Set(r.issues.map((i) => i.code))].sort();

it("with D, the workbook raises both kinds of rules (the baseline)", () => {
  expect(codes(evaluate(data))).toEqual(
    expect.arrayContaining([
      "F003",
      "F006",
      "R001",
      "P001",
      "P004",
      "P012",
      "L002",
      "P008",
      "P009",
      "M001",
      "L001",
    ]),
  );
});

it.each([
  ["an empty Отчётная дата", null, "O001"],
  ["an impossible Отчётная дата", "31.13.2024г", "F002"],
])("with %s: reports it, skips P006–P011, M001, L001, O004, still reports the rest", (_why, cell, code) => {
  const r = evaluate({ ...data, info: { "Отчётная дата": cell } });
  expect(issuesWith(r, code).map((i) => [i.sheet, i.row])).toEqual([["Сведения", 6]]);
  for (const skipped of ["P006", "P008", "P009", "P010", "P011", "M001", "L001", "O004"])
    expect(issuesWith(r, skipped)).toEqual([]);
  expect(codes(r)).toEqual(expect.arrayContaining(["F003", "F006", "R001", "P001", "P004", "P012", "L002"]));
  expect(r.kpis).toBeNull();
  expect(r.asOf).toBeNull();
  expect(r.error).toMatch(/Отчётная дата/);
});

it("computes KPIs at an explicit as-of date even without Отчётная дата", () => {
  const r = evaluate({ ...data, info: { "Отчётная дата": null } }, { asOf: "2024-12-20" });
  expect(r.kpis).not.toBeNull();
  expect(issuesWith(r, "M001").length).toBeGreaterThan(0);
});
