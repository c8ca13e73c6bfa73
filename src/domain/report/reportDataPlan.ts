/**
 * «Данные отчёта» as a sheet plan: the fixed long layout of reportData.ts as one Excel table, for
 * the municipality's consolidation to read back without a name in it.
 */
import { TEXT_FORMAT, type SheetPlan } from "../plan/writePlan";
import { TABLE_STYLE } from "../structure/templatePlan";
import { REPORT_DATA_HEADERS, REPORT_DATA_SHEET, REPORT_DATA_TABLE, reportDataRows } from "./reportData";
import { countBySeverity } from "../issues";
import type { ReportableResult } from "./reportModel";
import { snapshotsUpTo } from "./trend";

/**
 * Section, id and field are text. The value column keeps its General format: numbers must stay
 * numbers in full double precision (kpi.md: never rounded in data), and a text format would make
 * Excel store them as text at 15 digits. Its text values (code, dates as ISO, да/нет) are written as
 * strings by the file writer, which never converts a string (src/xlsx/planCell.ts).
 */
const FORMATS = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, null] as const;

export function reportDataSheetPlan(r: ReportableResult): SheetPlan {
  const counts = countBySeverity(r.issues);
  return {
    name: REPORT_DATA_SHEET,
    mode: "replace",
    tables: [
      {
        name: REPORT_DATA_TABLE,
        row: 1,
        col: 1,
        headers: REPORT_DATA_HEADERS,
        rows: reportDataRows(
          r.wb.info,
          r.asOf,
          r.analysis.schoolYear,
          r.kpis.values,
          r.kpis.pool,
          snapshotsUpTo(r.wb.snapshots.rows, r.asOf),
          { errors: counts.error, warnings: counts.warning },
        ),
        columnFormats: FORMATS,
        style: TABLE_STYLE,
      },
    ],
    columnWidths: [
      { col: 1, width: 16 },
      { col: 2, width: 20 },
      { col: 3, width: 40 },
      { col: 4, width: 28 },
    ],
    freezeRows: 1,
    // Four columns fit a portrait page; the header row repeats on every page.
    print: { orientation: "portrait", fitToWidth: true, titleRows: "$1:$1" },
  };
}
