/** Writing a WritePlan to disk (Node only; kept apart so the browser bundle never pulls in `fs`). */
import { writeFile } from "node:fs/promises";
import type { WritePlan } from "../domain/plan/writePlan";
import { writePlanToBuffer } from "./writePlan";

export async function writePlanToFile(plan: WritePlan, path: string): Promise<void> {
  await writeFile(path, await writePlanToBuffer(plan));
}
