/**
 * Feedback to one school: a small workbook with only its own problems (including the cross-file
 * C-codes), to send back with the request to fix them. No other school's data is in it beyond
 * what its own C-messages name.
 */
import { type SheetPlan, TEXT_FORMAT, type WritePlan } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { columnLetter } from "../issues";
import type { ConsolidatedFile } from "./consolidate";
import { FEEDBACK_SHEET, FEEDBACK_TABLE } from "./labels";
import { exclusionLines } from "./exclusions";
import { ISSUE_HEADERS, ISSUE_WIDTHS, issueCells, severityColours } from "./problemRows";

const TABLE_ROW = 6;

function summaryLine(f: ConsolidatedFile): string {
  if (f.status === "unreadable") return "Файл не удалось прочитать — см. причину ниже. Пришлите файл заново.";
  if (f.supersededBy !== null)
    return `Этот файл заменён более новым файлом вашей ОО «${f.supersededBy}» и в свод не включён; замечания ниже — только для сведения.`;
  if (f.errors === null)
    return `Выгрузка сделана до версии 2 и не содержит числа ошибок книги: проверить её нельзя. Замечаний к выгрузке: ${f.issues.length}.`;
  if (f.issues.length === 0) return "Замечаний нет.";
  return `Ошибок: ${f.errors}, предупреждений: ${f.warnings}, замечаний: ${f.infos}. Исправьте ошибки и пришлите файл заново.`;
}

/** «Не включено в свод: …» — the KPIs of the school left out of the total, with the reason. */
function excludedLine(f: ConsolidatedFile): string | null {
  const lines = exclusionLines(f.excluded);
  return lines.length === 0 ? null : `Не включено в свод: ${lines.join("; ")}.`;
}

export function feedbackPlan(f: ConsolidatedFile): WritePlan {
  const school = [f.school?.code, f.school?.name].filter((x) => x).join(" ");
  const rows = f.issues.map(issueCells);
  const severityCol = columnLetter(ISSUE_HEADERS.indexOf("Серьёзность") + 1);
  const sheet: SheetPlan = {
    name: FEEDBACK_SHEET,
    mode: "replace",
    blocks: [
      {
        row: 1,
        col: 1,
        values: [[`Замечания к файлу «${f.file}»`]],
        numberFormat: TEXT_FORMAT,
        style: { bold: true, fontSize: 14 },
      },
      { row: 2, col: 1, values: [[school ? `ОО: ${school}` : "ОО: не указана"]], numberFormat: TEXT_FORMAT },
      { row: 3, col: 1, values: [[summaryLine(f)]], numberFormat: TEXT_FORMAT, style: { italic: true } },
      { row: 4, col: 1, values: [[excludedLine(f)]], numberFormat: TEXT_FORMAT, style: { italic: true } },
    ],
    tables: [
      {
        name: FEEDBACK_TABLE,
        row: TABLE_ROW,
        col: 1,
        headers: ISSUE_HEADERS,
        rows,
        columnFormats: ISSUE_HEADERS.map(() => TEXT_FORMAT),
        style: TABLE_STYLE,
      },
    ],
    conditionalFormats:
      rows.length > 0
        ? [severityColours(`${severityCol}${TABLE_ROW + 1}:${severityCol}${TABLE_ROW + rows.length}`)]
        : [],
    columnWidths: ISSUE_WIDTHS.map((width, i) => ({ col: i + 1, width })),
    freezeRows: TABLE_ROW,
  };
  return { sheets: [sheet], activate: FEEDBACK_SHEET };
}
