/**
 * What did not enter the total, for «Итоги»: the files replaced by a newer file of their school
 * (C001), and per KPI the pooled files whose figures were left out with the reason (kpi.md,
 * Aggregation; cli.md `total.excluded`). Every input that was not pooled is listed with its reason.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import { shortKpiNames } from "../kpi/shortNames";
import { type CellBlock, type PlanValue, TEXT_FORMAT } from "../plan/writePlan";
import type { Consolidation } from "./consolidate";
import { baseName } from "./fileNames";
import { titledBlock } from "./titledBlock";

const who = (f: { school: { code: string | null; name: string | null } | null }) =>
  [f.school?.code?.trim(), f.school?.name].filter((x) => x).join(" ") || null;

/**
 * Rows: replaced files, then the excluded figures — each one sentence in the wide first column of
 * «Итоги» (the next columns are the narrow number columns of its KPI table), and the code beside it.
 */
export function notPooledRows(c: Consolidation): { replaced: PlanValue[][]; excluded: PlanValue[][] } {
  const replaced = c.files
    .filter((f) => f.supersededBy !== null)
    .map((f): PlanValue[] => [
      `${who(f) ?? "ОО без кода"} — заменён файлом «${baseName(f.supersededBy!)}» («${baseName(f.file)}»)`,
      "C001",
    ]);
  const excluded: PlanValue[][] = [];
  for (const def of kpiCatalogue)
    for (const f of c.files) {
      const e = f.excluded[def.id];
      if (e !== undefined)
        excluded.push([
          `${shortKpiNames[def.id]} — ${who(f) ?? "ОО без кода"}: ${e.reason} («${baseName(f.file)}»)`,
          e.code,
        ]);
    }
  return { replaced, excluded };
}

/** The blocks from `row` down, and the row after them. */
export function notPooledBlocks(c: Consolidation, row: number): { blocks: CellBlock[]; next: number } {
  const { replaced, excluded } = notPooledRows(c);
  const blocks: CellBlock[] = [];
  let at = row;
  if (replaced.length > 0) {
    blocks.push(
      ...titledBlock(
        at,
        "Не вошли в итог: заменены более новым файлом той же ОО (C001)",
        ["ОО — каким файлом заменён (файл)", "Код"],
        replaced,
        [TEXT_FORMAT, TEXT_FORMAT],
      ),
    );
    at += replaced.length + 3;
  }
  if (excluded.length > 0) {
    blocks.push(
      ...titledBlock(
        at,
        "Не включено в итог: показатели ОО без знаменателя или не заполненные в форме",
        ["Показатель — ОО: причина (файл)", "Код"],
        excluded,
        [TEXT_FORMAT, TEXT_FORMAT],
      ),
    );
    at += excluded.length + 3;
  }
  return { blocks, next: at };
}
