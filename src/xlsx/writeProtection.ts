/**
 * Sheet protection of a plan (a form: everything locked but its input cells), without a password —
 * it guards the layout against slips, not against a determined user, and a school must be able to
 * lift it to fix the form itself.
 */
import type { Worksheet } from "exceljs";
import type { ProtectionPlan } from "../domain/plan/writePlan";

export function writeProtection(ws: Worksheet, p: ProtectionPlan): void {
  for (const range of p.unlocked) {
    const [from, to = from] = range.replace(/\$/g, "").split(":");
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    for (let r = Number(a.row); r <= Number(b.row); r++)
      for (let c = Number(a.col); c <= Number(b.col); c++) {
        const cell = ws.getCell(r, c);
        cell.protection = { ...cell.protection, locked: false };
      }
  }
  // ExcelJS sets the protection synchronously (its promise only wraps the password hashing, none here).
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
