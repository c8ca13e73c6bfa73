/** «Cells equal to this text» and «cells where this formula holds» rules, as Excel conditional formats. */
import type { ConditionalFormattingRule, Worksheet } from "exceljs";
import type { ConditionalFormatPlan } from "../domain/plan/writePlan";
import { argbOf, solidFill } from "./cellStyle";

/** Writes the rules with priorities from `firstPriority` on; returns the next free priority. */
export function writeConditionalFormat(
  ws: Worksheet,
  cf: ConditionalFormatPlan,
  firstPriority: number,
): number {
  const rules: ConditionalFormattingRule[] = cf.rules.map((r, i) => {
    const style = {
      fill: solidFill(r.fill),
      ...(r.fontColor !== undefined ? { font: { color: { argb: argbOf(r.fontColor) } } } : {}),
    };
    const priority = firstPriority + i;
    return "formula" in r
      ? { type: "expression", formulae: [r.formula.replace(/^=/, "")], priority, style }
      : {
          type: "cellIs",
          operator: "equal",
          formulae: [`"${r.equals.replace(/"/g, '""')}"`],
          priority,
          style,
        };
  });
  ws.addConditionalFormatting({ ref: cf.range, rules });
  return firstPriority + rules.length;
}
