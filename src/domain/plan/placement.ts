/** Where a generated sheet goes, decided from what the workbook already has. */
import type { SheetPlan } from "./writePlan";

/**
 * A generated sheet («Проверка», «Мониторинг», «Свод»…) replaces its previous version in place, or
 * is created at the end when the workbook has none.
 */
export function placeGenerated(
  workbook: { readonly sheets: readonly { readonly name: string }[] },
  plan: SheetPlan,
): SheetPlan {
  const position = workbook.sheets.findIndex((s) => s.name.toLowerCase() === plan.name.toLowerCase());
  return position < 0 ? { ...plan, mode: "create" } : { ...plan, mode: "replace", position };
}
