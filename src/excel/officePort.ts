/**
 * The WorkbookPort over Office.js — the only place besides its helpers that runs `Excel.run`.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { WritePlan } from "../domain/plan/writePlan";
import {
  HostUnsupportedError,
  type CellChange,
  type StructureSnapshot,
  type WorkbookPort,
} from "../domain/port/workbookPort";
import { applyPlanIn } from "./applyPlan";
import { hostSupports } from "./requirements";
import { readStructureIn, readWorkbookIn } from "./readWorkbook";

/** The API sets the add-in needs (manifest) and the later ones it uses when present. */
export const REQUIRED_SET = { name: "ExcelApi", version: "1.9" } as const;

/** `Excel.createWorkbook` came with ExcelApi 1.8. */
export const CREATE_WORKBOOK_SET = { name: "ExcelApi", version: "1.8" } as const;

/**
 * Office's codes for "this host cannot do that": a host may claim the set and still refuse the
 * call (Excel on some platforms answers createWorkbook with NotImplemented).
 */
const UNSUPPORTED_CODES = new Set(["ApiNotFound", "NotImplemented", "UnsupportedOperation"]);

const isUnsupported = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  UNSUPPORTED_CODES.has(String((error as { code?: unknown }).code));

export { hostSupports };

export class OfficeWorkbookPort implements WorkbookPort {
  readWorkbook(): Promise<WorkbookGrid> {
    return Excel.run((context) => readWorkbookIn(context));
  }

  readSheetNames(): Promise<readonly string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  readStructure(): Promise<StructureSnapshot> {
    return Excel.run((context) => readStructureIn(context));
  }

  async apply(plan: WritePlan): Promise<void> {
    await Excel.run((context) => applyPlanIn(context, plan));
  }

  async createWorkbook(base64: string): Promise<void> {
    const unsupported = () =>
      new HostUnsupportedError(
        "Excel.createWorkbook",
        `${CREATE_WORKBOOK_SET.name} ${CREATE_WORKBOOK_SET.version}`,
      );
    // An office.js older than the set has no such function at all.
    if (
      !hostSupports(CREATE_WORKBOOK_SET.name, CREATE_WORKBOOK_SET.version) ||
      typeof Excel.createWorkbook !== "function"
    )
      throw unsupported();
    try {
      await Excel.createWorkbook(base64);
    } catch (error) {
      throw isUnsupported(error) ? unsupported() : error;
    }
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
