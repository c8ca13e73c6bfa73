/**
 * «Проверка»: the list of problems written into the workbook, so that it survives without the
 * add-in and can be printed or sent — sheet, a working link to the cell, code, severity, message,
 * value. Rebuilt on every check.
 */
import { columnLetter, countBySeverity, issueAddress, severityLabels, type Issue } from "../issues";
import { TEXT_FORMAT, type PlanValue, type SheetPlan } from "../plan/writePlan";
import { ruDateOf, type DayNumber } from "../values/dates";

export const CHECKS_SHEET = "Проверка";
export const CHECKS_TABLE = "Checks";
export const CHECKS_HEADERS = ["Лист", "Ячейка", "Код", "Серьёзность", "Сообщение", "Значение"] as const;

export const SEVERITY_FILLS = {
  error: { fill: "#F8D7DA", font: "#842029" },
  warning: { fill: "#FFF3CD", font: "#664D03" },
  info: { fill: "#CFE2FF", font: "#084298" },
} as const;

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

function cellLink(i: Issue): PlanValue {
  const address = issueAddress(i);
  const sheet = i.sheetInFile ?? i.sheet;
  if (address === null || sheet === null || i.sheetInFile === null)
    return address ?? (i.column ? `столбец «${i.column}»` : "—");
  return { link: `${quoteSheet(sheet)}!${address}`, text: address };
}

export interface ChecksHeading {
  readonly school: string;
  readonly asOf: DayNumber | null;
  readonly generatedOn: DayNumber;
}

export function checksSheetPlan(issues: readonly Issue[], heading: ChecksHeading): SheetPlan {
  const c = countBySeverity(issues);
  const title = `Проверка книги${heading.school ? `: ${heading.school}` : ""}${heading.asOf === null ? "" : `, на ${ruDateOf(heading.asOf)}`}`;
  const counts = `Ошибок: ${c.error}, предупреждений: ${c.warning}, замечаний: ${c.info}. Сформировано надстройкой «Наставник» ${ruDateOf(heading.generatedOn)}; лист пересоздаётся при каждой проверке.`;
  const rows: PlanValue[][] = issues.map((i) => [
    i.sheet ?? "Файл",
    cellLink(i),
    i.code,
    severityLabels[i.severity].one,
    i.message,
    i.value,
  ]);
  const body = rows.length > 0 ? rows : [["—", "—", "—", "—", "Проблем не найдено", null]];
  const firstRow = 4;
  const severityCol = columnLetter(4);
  return {
    name: CHECKS_SHEET,
    mode: "create",
    tabColor: c.error > 0 ? "#C0392B" : c.warning > 0 ? "#E0A800" : "#2E7D32",
    blocks: [
      { row: 1, col: 1, values: [[title]], numberFormat: TEXT_FORMAT, style: { bold: true, fontSize: 14 } },
      { row: 2, col: 1, values: [[counts]], numberFormat: TEXT_FORMAT, style: { italic: true } },
    ],
    tables: [
      {
        name: CHECKS_TABLE,
        row: firstRow,
        col: 1,
        headers: [...CHECKS_HEADERS],
        rows: body,
        // Messages and values come from the school's cells: text, never evaluated.
        columnFormats: [TEXT_FORMAT, null, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
        style: "TableStyleLight9",
      },
    ],
    columnWidths: [
      { col: 1, width: 16 },
      { col: 2, width: 10 },
      { col: 3, width: 8 },
      { col: 4, width: 16 },
      { col: 5, width: 90 },
      { col: 6, width: 30 },
    ],
    freezeRows: firstRow,
    conditionalFormats: [
      {
        range: `${severityCol}${firstRow + 1}:${severityCol}${firstRow + body.length}`,
        rules: (["error", "warning", "info"] as const).map((s) => ({
          equals: severityLabels[s].one,
          fill: SEVERITY_FILLS[s].fill,
          fontColor: SEVERITY_FILLS[s].font,
        })),
      },
    ],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `$${firstRow}:$${firstRow}` },
  };
}
