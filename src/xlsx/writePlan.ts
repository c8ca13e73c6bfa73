/** A WritePlan as .xlsx bytes (browser and Node): ExcelJS writes the cells, then the charts are added. */
import type { WritePlan } from "../domain/plan/writePlan";
import { applyPlanToWorkbook } from "./applyPlan";
import { addChartParts } from "./chartParts";

export async function writePlanToBuffer(plan: WritePlan): Promise<Uint8Array> {
  const wb = applyPlanToWorkbook(plan);
  const out: unknown = await wb.xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array); the browser build gives an ArrayBuffer.
  const bytes = ArrayBuffer.isView(out)
    ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
    : new Uint8Array(out as ArrayBuffer);
  return addChartParts(bytes, plan, wb);
}
