/**
 * What `consolidate` tells a person: the Russian summary on stdout, and on stderr what the file
 * could not hold and which exports kept their own date.
 */
import type { Consolidation } from "../domain/consolidation/consolidate";
import type { ConsolidatedFile } from "../domain/consolidation/consolidate";
import { exclusionLines } from "../domain/consolidation/exclusions";
import {
  kindLabels,
  PROBLEMS_SHEET,
  SVOD_SHEET,
  statusText,
  TOTALS_SHEET,
  TRENDS_SHEET,
} from "../domain/consolidation/labels";
import { MUNICIPALITIES_SHEET } from "../domain/consolidation/municipalitiesSheet";
import { SVOD_DATA_SHEET } from "../domain/consolidation/svodData";
import { kpiCatalogue } from "../domain/kpi/catalogue";
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

/** What a file's own counts are, as a sentence; an export without counts says why there are none. */
function detailOf(f: ConsolidatedFile): string {
  if (f.status === "unreadable") return f.issues[0]?.message ?? "файл не читается";
  if (f.errors === null)
    return `выгрузка без сведений об ошибках (сделана до версии 2): проверить нельзя; замечаний ${f.infos}`;
  return `ошибок ${f.errors}, предупреждений ${f.warnings}, замечаний ${f.infos}`;
}

/** One block per file: status, kind, who, counts; then why it or some of its KPIs are not in the total. */
function fileLines(f: ConsolidatedFile): string[] {
  const who = f.school ? ` — ${f.school.code ?? "без кода"} ${f.school.name ?? ""}`.trimEnd() : "";
  const kind = f.kind === "workbook" ? "" : ` (${kindLabels[f.kind]})`;
  const lines = [`  [${statusText(f.status, f.errors)}] ${f.file}${kind}${who}: ${detailOf(f)}`];
  if (f.supersededBy !== null) lines.push(`      не в итоге: заменён более новым файлом «${f.supersededBy}»`);
  else if (!f.pooled && f.status !== "unreadable")
    lines.push(`      не в итоге: ${f.error ?? "показатели не рассчитаны"}`);
  for (const l of exclusionLines(f.excluded)) lines.push(`      не включено в итог: ${l}`);
  if (f.hint !== null) lines.push(`      подсказка: ${f.hint}`);
  return lines;
}

/** Per KPI, the pooled files left out of it with the reason (cli.md `total.excluded`). */
function excludedLines(c: Consolidation): string[] {
  const byFile = new Map(c.files.map((f) => [f.file, f]));
  return kpiCatalogue.flatMap((def) => {
    const files = c.total.excluded[def.id];
    if (files.length === 0) return [];
    const named = files.map((file) => {
      const e = byFile.get(file)?.excluded[def.id];
      return `${file}${e ? ` (${e.reason}${e.code ? `, ${e.code}` : ""})` : ""}`;
    });
    return [`  ${def.title}: ${named.join("; ")}`];
  });
}

export function printSummary(c: Consolidation, target: string, out: Output): void {
  const sheets = [
    SVOD_SHEET,
    TOTALS_SHEET,
    ...(c.municipalities.length > 0 ? [MUNICIPALITIES_SHEET] : []),
    ...(c.trends.length > 0 ? [TRENDS_SHEET] : []),
    PROBLEMS_SHEET,
    SVOD_DATA_SHEET,
  ];
  out.line(`Свод записан в «${target}»: листы ${sheets.map((s) => `«${s}»`).join(", ")}.`);
  for (const f of c.files) for (const l of fileLines(f)) out.line(l);
  out.line();
  out.line(
    `Итого по ${c.total.schools} ОО из ${c.files.length} файлов (по одному файлу на ОО; суммы числителей и знаменателей):`,
  );
  for (const l of kpiLines(c.total.values)) out.line(l);
  for (const m of c.municipalities) {
    const young = m.total.values.young_mentored;
    out.line(
      `  ${m.municipality ?? "Муниципалитет не указан"}: ОО в итоге — ${m.total.schools}; молодые специалисты с наставником — ${young.numerator} из ${young.denominator}.`,
    );
  }
  const excluded = excludedLines(c);
  if (excluded.length > 0) {
    out.line();
    out.line("Не включено в итог (показатель — файлы и причина):");
    for (const l of excluded) out.line(l);
  }
  if (c.trends.length > 0) {
    const dates = c.trends.map((t) => `${ruDateOf(t.date)} (ОО: ${t.schools})`).join(", ");
    out.line(`Срезы ОО сведены по датам на листе «${TRENDS_SHEET}»: ${dates}.`);
  }
}
