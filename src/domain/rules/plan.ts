/** «План» (road map): L001 overdue events, L002 done without a date. */
import { overduePlanItems } from "../kpi/organisation";
import { planSheet } from "../template/sheets";
import { ruDateOf } from "../values/dates";
import { atCell, defineRule, q } from "./define";

export const overdueEvent = defineRule("L001", "warning", planSheet.name, "Мероприятие просрочено", (a) =>
  overduePlanItems(a).map((p) => ({
    at: atCell(a, "plan", p.src, "due"),
    message: `Мероприятие ${q(p.event)} со сроком ${ruDateOf(p.due!)} не отмечено как выполненное. Отметьте «Выполнено» с датой или перенесите срок.`,
  })),
);

export const doneWithoutDate = defineRule(
  "L002",
  "warning",
  planSheet.name,
  "Выполнено без даты выполнения",
  // Only where the road map has the column: a road map kept without one (the seed-004 layout marks
  // events «+») has no cell to fill, and every done event would be a warning.
  (a) =>
    a.wb.plan
      .filter((p) => p.status === "Выполнено" && p.src.read("doneDate")?.state === "empty")
      .map((p) => ({
        at: atCell(a, "plan", p.src, "doneDate"),
        message: `Мероприятие ${q(p.event)} отмечено «Выполнено», но не указана «Дата выполнения». Укажите дату.`,
      })),
);
