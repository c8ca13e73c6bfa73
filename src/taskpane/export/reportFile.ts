/**
 * The export file: the full report plan as .xlsx bytes, and its name. The writer (ExcelJS) is
 * imported on demand, so it is a separate chunk loaded on the first export, not part of the
 * pane's initial download (architecture.md: ≤ 300 KB gzip).
 */
import type { WritePlan } from "../../domain/plan/writePlan";
import { isoOf, type DayNumber } from "../../domain/values/dates";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function reportFileBytes(plan: WritePlan): Promise<Uint8Array> {
  let writer: typeof import("../../xlsx/writePlan");
  try {
    writer = await import(/* webpackChunkName: "xlsx-writer" */ "../../xlsx/writePlan");
  } catch {
    // The chunk comes from the add-in's own server; Excel has nothing to do with this failure.
    throw new Error(
      "Не удалось загрузить часть надстройки, которая записывает файл. Перезапустите надстройку и повторите.",
    );
  }
  return writer.writePlanToBuffer(plan);
}

// Characters Windows and macOS refuse in file names; a code like «ОО/12» must still give a name.
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** «Мониторинг_ОО-01_2024-12-20.xlsx»: the school's code and the as-of date, so a municipality can tell files apart. */
export function reportFileName(schoolCode: string | null | undefined, asOf: DayNumber): string {
  const code = (schoolCode ?? "").replace(NOT_IN_FILE_NAMES, "_").replace(/^[\s_]+|[\s_]+$/g, "");
  return code === "" ? `Мониторинг_${isoOf(asOf)}.xlsx` : `Мониторинг_${code}_${isoOf(asOf)}.xlsx`;
}
