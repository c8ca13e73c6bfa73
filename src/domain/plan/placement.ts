/** Where a generated sheet goes, decided from what the workbook already has. */
import type { StructureSnapshot } from "../port/workbookPort";
import type { SheetPlan } from "./writePlan";

/**
 * A generated sheet («Проверка», «Мониторинг», «Свод»…) replaces its previous version in place, or
 * is created at the end when the workbook has none.
 */
export function placeGenerated(snapshot: Pick<StructureSnapshot, "sheets">, plan: SheetPlan): SheetPlan {
  const position = snapshot.sheets.findIndex((s) => s.name.toLowerCase() === plan.name.toLowerCase());
  return position < 0 ? { ...plan, mode: "create" } : { ...plan, mode: "replace", position };
}
