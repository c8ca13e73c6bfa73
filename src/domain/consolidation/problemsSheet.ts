/**
 * «Проблемы по ОО»: every issue of every file — its own and the cross-file C-codes — one per row
 * of the filterable table `SvodProblems`, files in the order given. All cells are text.
 */
import { columnLetter } from "../issues";
import { type PlanValue, type SheetPlan, TEXT_FORMAT } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import type { Consolidation } from "./consolidate";
import { PROBLEMS_SHEET, PROBLEMS_TABLE } from "./labels";
import { ISSUE_HEADERS, ISSUE_WIDTHS, issueCells, severityColours } from "./problemRows";

export const PROBLEMS_HEADERS: readonly string[] = ["Код ОО", "Наименование", "Файл", ...ISSUE_HEADERS];
const TABLE_ROW = 3;

export function problemsSheet(c: Consolidation): SheetPlan {
  const rows: PlanValue[][] = [];
  for (const f of c.files) {
    const who = [f.school?.code ?? null, f.school?.name ?? null, f.file];
    for (const i of f.issues) rows.push([...who, ...issueCells(i)]);
  }
  const n = (k: "errors" | "warnings" | "infos") => c.files.reduce((s, f) => s + (f[k] ?? 0), 0);
  const severityCol = columnLetter(PROBLEMS_HEADERS.indexOf("Серьёзность") + 1);
  return {
    name: PROBLEMS_SHEET,
    mode: "replace",
    blocks: [
      {
        row: 1,
        col: 1,
        values: [
          [
            `Проблемы по ОО: ошибок ${n("errors")}, предупреждений ${n("warnings")}, замечаний ${n("infos")} в ${c.files.length} файлах`,
          ],
        ],
        numberFormat: TEXT_FORMAT,
        style: { bold: true, fontSize: 14 },
      },
    ],
    tables: [
      {
        name: PROBLEMS_TABLE,
        row: TABLE_ROW,
        col: 1,
        headers: PROBLEMS_HEADERS,
        rows,
        columnFormats: PROBLEMS_HEADERS.map(() => TEXT_FORMAT),
        style: TABLE_STYLE,
      },
    ],
    conditionalFormats:
      rows.length > 0
        ? [severityColours(`${severityCol}${TABLE_ROW + 1}:${severityCol}${TABLE_ROW + rows.length}`)]
        : [],
    columnWidths: [12, 30, 24, ...ISSUE_WIDTHS].map((width, i) => ({ col: i + 1, width })),
    freezeRows: TABLE_ROW,
  };
}
