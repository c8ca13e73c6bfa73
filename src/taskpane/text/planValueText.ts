/** How a value about to be written looks to the user in a preview: dates ДД.ММ.ГГГГ, decimals with a comma. */
import type { PlanValue } from "../../domain/plan/writePlan";
import { dayFromIso, ruDateOf } from "../../domain/values/dates";

export function planValueText(value: PlanValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "да" : "нет";
  if ("date" in value) {
    const day = dayFromIso(value.date);
    return day === null ? value.date : ruDateOf(day);
  }
  if ("link" in value) return value.text;
  if ("asText" in value) return value.asText;
  return value.formula;
}
