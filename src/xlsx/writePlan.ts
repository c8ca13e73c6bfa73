/** A WritePlan as .xlsx bytes (browser and Node). */
import type { WritePlan } from "../domain/plan/writePlan";
import { applyPlanToWorkbook } from "./applyPlan";

export async function writePlanToBuffer(plan: WritePlan): Promise<Uint8Array> {
  const out: unknown = await applyPlanToWorkbook(plan).xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array); the browser build gives an ArrayBuffer.
  return ArrayBuffer.isView(out)
    ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
    : new Uint8Array(out as ArrayBuffer);
}
