/** KPIs of the school's organisation of mentoring: the road map and the documents. */
import type { Analysis } from "../analysis/analysis";
import { documentKeys, infoSheet } from "../template/keyValue";
import { fixedTarget, shareOf, type KpiDef } from "./define";
import { planWithoutDue } from "./notCounted";
import { planRef } from "./refs";
import type { RowRef } from "./types";

const SOURCE = "Целевая модель наставничества (распоряжение Минпросвещения России Р-145)";

/** Road-map events overdue on D (rule L001): Срок before D and not «Выполнено». */
export function overduePlanItems(a: Analysis) {
  return a.wb.plan.filter((p) => p.due !== undefined && p.due < a.asOf && p.status !== "Выполнено");
}

export const planDone: KpiDef<"plan_done"> = {
  id: "plan_done",
  kind: "plan",
  title: "Исполнение дорожной карты",
  definition: "Мероприятия дорожной карты со сроком до отчётной даты включительно, отмеченные «Выполнено».",
  scope: "asOf",
  source: SOURCE,
  target: fixedTarget(1),
  compute(a) {
    const due = a.wb.plan.filter((p) => p.due !== undefined && p.due <= a.asOf);
    const done = due.filter((p) => p.status === "Выполнено");
    const late = overduePlanItems(a);
    return {
      value: { ...shareOf(done.length, due.length, 1), overdue: late.length },
      drill: {
        counted: done.map((p) => planRef(a, p)),
        missing: due.filter((p) => p.status !== "Выполнено").map((p) => planRef(a, p, "не выполнено")),
        excluded: [],
        notCounted: planWithoutDue(a),
      },
    };
  },
};

export const documents: KpiDef<"documents"> = {
  id: "documents",
  kind: "share",
  title: "Комплект документов ОО",
  definition:
    "Сколько из пяти документов (положение, программа, дорожная карта, приказ о наставниках, приказ о парах) отмечены «да» в «Сведениях».",
  scope: "none",
  source: SOURCE,
  target: fixedTarget(1),
  compute(a) {
    const info = a.wb.info;
    const counted: RowRef[] = [];
    const missing: RowRef[] = [];
    documentKeys.forEach((key, i) => {
      const label = infoSheet.items.find((it) => it.key === key)!.label;
      const item = info.items.get(key);
      const r: RowRef = {
        sheet: infoSheet.name,
        sheetInFile: info.nameInFile,
        row: item?.row ?? null,
        col: item?.col ?? null,
        label,
      };
      (info.documents[i] === true ? counted : missing).push(r);
    });
    return {
      value: shareOf(counted.length, documentKeys.length, 1),
      drill: { counted, missing, excluded: [], notCounted: [] },
    };
  },
};
