/**
 * Sheet protection of a plan (a form: everything locked but its input cells), without a password —
 * it guards the layout against slips, not against a determined user, and a school must be able to
 * lift it to fix the form itself.
 */
import type { Worksheet } from "exceljs";
import type { ProtectionPlan } from "../domain/plan/writePlan";

/** «B3» → [row, column]. */
function cellOf(ref: string): [number, number] {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref.replace(/\$/g, "").toUpperCase());
  if (m === null) throw new Error(`Неверный адрес в защите листа: «${ref}»`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

export function writeProtection(ws: Worksheet, p: ProtectionPlan): void {
  for (const range of p.unlocked) {
    const [from, to = from] = range.split(":");
    const [top, left] = cellOf(from);
    const [bottom, right] = cellOf(to);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) ws.getCell(r, c).protection = { locked: false, hidden: false };
  }
  // ExcelJS sets the protection synchronously (its promise only wraps the password hashing, none here).
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
