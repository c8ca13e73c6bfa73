/** «Cells equal to this text get this fill» rules, as Excel conditional formats. */
import type { ConditionalFormattingRule, Worksheet } from "exceljs";
import type { ConditionalFormatPlan } from "../domain/plan/writePlan";
import { argbOf, solidFill } from "./cellStyle";

/** Writes the rules with priorities from `firstPriority` on; returns the next free priority. */
export function writeConditionalFormat(
  ws: Worksheet,
  cf: ConditionalFormatPlan,
  firstPriority: number,
): number {
  const rules: ConditionalFormattingRule[] = cf.rules.map((r, i) => ({
    type: "cellIs",
    operator: "equal",
    formulae: [`"${r.equals.replace(/"/g, '""')}"`],
    priority: firstPriority + i,
    style: {
      fill: solidFill(r.fill),
      ...(r.fontColor !== undefined ? { font: { color: { argb: argbOf(r.fontColor) } } } : {}),
    },
  }));
  ws.addConditionalFormatting({ ref: cf.range, rules });
  return firstPriority + rules.length;
}
