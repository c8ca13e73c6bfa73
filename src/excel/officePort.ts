/**
 * The WorkbookPort over Office.js — the only place besides its helpers that runs `Excel.run`.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { WritePlan } from "../domain/plan/writePlan";
import type { CellChange, StructureSnapshot, WorkbookPort } from "../domain/port/workbookPort";
import { applyPlanIn } from "./applyPlan";
import { readStructureIn, readWorkbookIn } from "./readWorkbook";

/** The API sets the add-in needs (manifest) and the later ones it uses when present. */
export const REQUIRED_SET = { name: "ExcelApi", version: "1.9" } as const;

export function hostSupports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}

export class OfficeWorkbookPort implements WorkbookPort {
  readWorkbook(): Promise<WorkbookGrid> {
    return Excel.run((context) => readWorkbookIn(context));
  }

  readStructure(): Promise<StructureSnapshot> {
    return Excel.run((context) => readStructureIn(context));
  }

  async apply(plan: WritePlan): Promise<void> {
    await Excel.run((context) => applyPlanIn(context, plan));
  }

  async select(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async onUserChange(handler: (changes: readonly CellChange[]) => void): Promise<() => Promise<void>> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const names = new Map(sheets.items.map((s) => [s.id, s.name]));
      // A sheet created after subscribing (or renamed) is looked up when its first change arrives.
      const nameOf = async (id: string): Promise<string> => {
        const known = names.get(id);
        if (known !== undefined) return known;
        const name = await Excel.run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItem(id).load("name");
          await ctx.sync();
          return sheet.name;
        });
        names.set(id, name);
        return name;
      };
      // The add-in writes with events off, so what arrives here is the user's own editing.
      const registration = sheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        handler([{ sheet: await nameOf(e.worksheetId), address: e.address }]);
      });
      await context.sync();
      return async () => {
        await Excel.run(registration.context, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      };
    });
  }
}
