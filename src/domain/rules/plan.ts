/** «План» (road map): L001 overdue events, L002 done without a date. */
import { overduePlanItems } from "../kpi/organisation";
import { planSheet } from "../template/sheets";
import { ruDateOf } from "../values/dates";
import { atCell, defineRule, q } from "./define";

export const overdueEvent = defineRule(
  "L001",
  "warning",
  planSheet.name,
  "Мероприятие просрочено",
  function* (a) {
    for (const p of overduePlanItems(a)) {
      yield {
        at: atCell(a, "plan", p.src, "due"),
        message: `Мероприятие ${q(p.event)} со сроком ${ruDateOf(p.due!)} не отмечено как выполненное. Отметьте «Выполнено» с датой или перенесите срок.`,
      };
    }
  },
);

export const doneWithoutDate = defineRule(
  "L002",
  "warning",
  planSheet.name,
  "Выполнено без даты выполнения",
  function* (a) {
    for (const p of a.wb.plan) {
      const date = p.src.cells["doneDate"]?.read.state ?? "empty";
      if (p.status !== "Выполнено" || date !== "empty") continue;
      yield {
        at: atCell(a, "plan", p.src, "doneDate"),
        message: `Мероприятие ${q(p.event)} отмечено «Выполнено», но не указана «Дата выполнения». Укажите дату.`,
      };
    }
  },
);
