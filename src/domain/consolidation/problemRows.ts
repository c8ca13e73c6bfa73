/**
 * Issues as rows of text for «Проблемы по ОО» and the per-school feedback. Every cell is text
 * (written with «@»): a value from a school's file such as «=HYPERLINK(…)» or «+7 900…» must
 * arrive as that text, never be evaluated.
 */
import { type Issue, issueAddress, severityLabels } from "../issues";
import type { ConditionalFormatPlan } from "../plan/writePlan";

/** Sheet, cell, code, severity, message, value. */
export const ISSUE_HEADERS = ["Лист", "Ячейка", "Код", "Серьёзность", "Сообщение", "Значение"] as const;
export const ISSUE_WIDTHS = [18, 9, 7, 15, 90, 30] as const;

export function issueCells(i: Issue): (string | null)[] {
  return [
    i.sheetInFile ?? i.sheet,
    issueAddress(i),
    i.code,
    severityLabels[i.severity].one,
    i.message,
    i.value,
  ];
}

/** Errors red, warnings yellow, remarks blue: the same colours as the add-in's «Проверка». */
export function severityColours(range: string): ConditionalFormatPlan {
  return {
    range,
    rules: [
      { equals: severityLabels.error.one, fill: "#FFC7CE", fontColor: "#9C0006" },
      { equals: severityLabels.warning.one, fill: "#FFEB9C", fontColor: "#9C5700" },
      { equals: severityLabels.info.one, fill: "#DDEBF7", fontColor: "#1F4E78" },
    ],
  };
}
