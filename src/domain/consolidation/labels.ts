/** Russian words of the municipal workbook: sheet and table names, kinds and statuses of files. */
import type { InputKind, InputStatus } from "./input";

export const SVOD_SHEET = "Свод";
export const TOTALS_SHEET = "Итоги";
export const PROBLEMS_SHEET = "Проблемы по ОО";
export const FEEDBACK_SHEET = "Замечания";
export const TRENDS_SHEET = "Динамика";

export const SVOD_TABLE = "Svod";
export const TOTALS_TABLE = "SvodKpi";
export const PROBLEMS_TABLE = "SvodProblems";
export const FEEDBACK_TABLE = "Problems";
export const TRENDS_TABLE = "SvodTrend";

export const kindLabels: Record<InputKind, string> = {
  workbook: "полная книга",
  aggregate: "агрегат",
  form: "форма",
  consolidation: "свод МО",
};

export const statusLabels: Record<InputStatus, string> = {
  ok: "без ошибок",
  errors: "есть ошибки",
  unreadable: "не читается",
  unchecked: "не проверено",
};

/**
 * A file's status as «Свод» and the text output show it: «есть ошибки (12)» with the count when it
 * is known; an export without counts is «не проверено», never «без ошибок» (cli.md).
 */
export function statusText(status: InputStatus, errors: number | null): string {
  return status === "errors" && errors !== null && errors > 0
    ? `${statusLabels.errors} (${errors})`
    : statusLabels[status];
}
