/**
 * A WritePlan as .xlsx bytes (browser and Node): ExcelJS writes the cells, then the charts are added.
 * ExcelJS is loaded when a file is first written: it takes ~0.2 s to load, which every reader thread
 * of a consolidation (and every `check`) would otherwise pay for nothing.
 */
import type { WritePlan } from "../domain/plan/writePlan";
import { applyPlanToWorkbook } from "./applyPlan";
import { addChartParts } from "./chartParts";

export async function writePlanToBuffer(plan: WritePlan): Promise<Uint8Array> {
  const wb = applyPlanToWorkbook(plan, new (await excelJs()).Workbook());
  // Uncompressed: the package is compressed once, by addChartParts (fflate is several times faster).
  const out: unknown = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  // Node gives a Buffer (a Uint8Array); the browser build gives an ArrayBuffer.
  const bytes = ArrayBuffer.isView(out)
    ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
    : new Uint8Array(out as ArrayBuffer);
  return addChartParts(bytes, plan, wb);
}

/**
 * ExcelJS, loaded on first use. Node's ESM loader sees its CommonJS build as a default export only;
 * bundlers (the pane) also give the named exports.
 */
export async function excelJs(): Promise<typeof import("exceljs")> {
  const mod = await import("exceljs");
  return "Workbook" in mod ? mod : (mod as unknown as { default: typeof mod }).default;
}
