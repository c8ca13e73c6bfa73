/** `import --json` (cli.md "Import"): the report as data. */
import type { ImportResult } from "../domain/import/model";
import { isoOf } from "../domain/values/dates";

export function importJson(result: ImportResult, output: string) {
  return {
    output,
    asOf: isoOf(result.asOf),
    sheets: result.sheets.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      target: s.targetName,
      headerRow: s.headerRow,
      rows: s.rows,
      pairsGenerated: s.pairsGenerated,
      mapped: Object.fromEntries(s.mapped),
      unmapped: s.unmapped,
      skipped: s.skipped.map((k) => ({ row: k.row, reason: k.reason })),
      // Beyond the spec's example: the source cells left out (titles above the header…) and the
      // rows made from the bases that repeat an earlier pair — so that every cell is accounted for.
      notPlaced: s.notPlaced,
      repeats: s.repeats,
    })),
    conversions: result.conversions.map((c) => ({
      file: c.file,
      sheet: c.sheet,
      cell: c.cell,
      from: c.from,
      to: c.to,
      note: c.note,
    })),
    missingRequired: result.missingRequired,
    notImported: result.notImported.map((n) => ({ file: n.file, sheet: n.sheet, reason: n.reason })),
  };
}
