/**
 * What `consolidate` tells a person: the Russian summary on stdout, and on stderr what the file
 * could not hold and which exports kept their own date.
 */
import type { Consolidation } from "../domain/consolidation/consolidate";
import {
  PROBLEMS_SHEET,
  SVOD_SHEET,
  TOTALS_SHEET,
  TRENDS_SHEET,
  statusLabels,
} from "../domain/consolidation/labels";
import type { WritePlan } from "../domain/plan/writePlan";
import { type DayNumber, ruDateOf } from "../domain/values/dates";
import { unsupportedParts } from "../xlsx/unsupported";
import { kpiLines } from "./format";
import type { Output } from "./output";

/** What of the plan the file could not hold. */
export function noteUnwritten(plan: WritePlan, out: Output): void {
  for (const p of unsupportedParts(plan)) out.error(p.message);
}

/** A «Данные отчёта» export was computed by the school at its own date: --as-of cannot move it. */
export function noteAggregateDates(c: Consolidation, asOf: DayNumber | undefined, out: Output): void {
  if (asOf === undefined) return;
  for (const f of c.files) {
    if (f.kind !== "aggregate" || f.asOf === null || f.asOf === asOf) continue;
    out.error(
      `«${f.file}» — выгрузка «Данные отчёта»: её показатели посчитаны ОО на ${ruDateOf(f.asOf)}, пересчитать их на --as-of нельзя.`,
    );
  }
}

export function printSummary(c: Consolidation, target: string, out: Output): void {
  const sheets = [SVOD_SHEET, TOTALS_SHEET, ...(c.trends.length > 0 ? [TRENDS_SHEET] : []), PROBLEMS_SHEET];
  out.line(`Свод записан в «${target}»: листы ${sheets.map((s) => `«${s}»`).join(", ")}.`);
  for (const f of c.files) {
    const who = f.school ? ` — ${f.school.code ?? "без кода"} ${f.school.name ?? ""}`.trimEnd() : "";
    const detail =
      f.status === "unreadable"
        ? f.issues[0]?.message
        : `ошибок ${f.errors}, предупреждений ${f.warnings}, замечаний ${f.infos}`;
    out.line(`  [${statusLabels[f.status]}] ${f.file}${who}: ${detail}`);
  }
  out.line();
  out.line(`Итого по ${c.total.schools} ОО из ${c.files.length} файлов (суммы числителей и знаменателей):`);
  for (const l of kpiLines(c.total.values)) out.line(l);
  if (c.trends.length > 0) {
    const dates = c.trends.map((t) => `${ruDateOf(t.date)} (ОО: ${t.schools})`).join(", ");
    out.line(`Срезы ОО сведены по датам на листе «${TRENDS_SHEET}»: ${dates}.`);
  }
}
