/** plan_done: over «План» rows with Срок ≤ D: num = «Выполнено», den = all such rows, overdue = rows of L001. */
import { evaluate, kpis } from "../evaluate";
import { planItem, rawDate } from "../builders";

it("counts events due up to D, and the overdue ones", () => {
  const k = kpis(
    evaluate({
      plan: [
        planItem("Педагогический совет", {
          Срок: rawDate("2024-10-01"),
          Статус: "Выполнено",
          "Дата выполнения": rawDate("2024-10-01"),
        }),
        planItem("Анкетирование молодых педагогов", {
          Срок: rawDate("2024-12-20"),
          Статус: "Запланировано",
          "Дата выполнения": null,
        }),
        planItem("Семинар наставников", {
          Срок: "19.12.2024",
          Статус: "Перенесено",
          "Дата выполнения": null,
        }),
        planItem("Диагностика затруднений", {
          Срок: rawDate("2024-11-15"),
          Статус: "выполнен",
          "Дата выполнения": rawDate("2024-11-14"),
        }),
        planItem("Открытые уроки", {
          Срок: rawDate("2024-12-21"),
          Статус: "Выполнено",
          "Дата выполнения": rawDate("2024-12-18"),
        }),
        planItem("Мастер-класс", { Срок: "31.11.2024", Статус: "Не выполнено", "Дата выполнения": null }),
        planItem("Круглый стол", {
          Срок: rawDate("2024-09-10"),
          Статус: "Не выполнено",
          "Дата выполнения": null,
        }),
      ],
    }),
  );
  // due ≤ 20.12: 01.10 ✓, 20.12, 19.12, 15.11 ✓, 10.09 → 2 of 5; overdue (before D, not done): 19.12, 10.09
  expect(k.plan_done).toEqual({ numerator: 2, denominator: 5, value: 0.4, target: 1, overdue: 2 });
});

it("is null with no event due yet", () => {
  const k = kpis(
    evaluate({
      plan: [
        planItem("Итоговая конференция", {
          Срок: rawDate("2025-05-20"),
          Статус: "Запланировано",
          "Дата выполнения": null,
        }),
      ],
    }),
  );
  expect(k.plan_done).toEqual({ numerator: 0, denominator: 0, value: null, target: 1, overdue: 0 });
});
