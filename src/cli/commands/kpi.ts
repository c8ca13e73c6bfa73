/**
 * `nastavnik kpi <file.xlsx>... [--as-of YYYY-MM-DD] [--json]`. Every input is read as a school
 * workbook; the total pools them by kpi.md's Aggregation rules, as `consolidate` does, but silently
 * (no C-codes): one file per school (the newest), shares only with a denominator > 0.
 */
import { pooledTotal, poolingOf } from "../../domain/consolidation/consolidate";
import { workbookInput } from "../../domain/consolidation/fromWorkbook";
import { type ConsolidationInput, unreadableInput, unreadableIssue } from "../../domain/consolidation/input";
import { LEFT_OUT_NOTE, leftOutByKpi } from "../../domain/kpi/leftOut";
import { isoOf } from "../../domain/values/dates";
import { exitCode, runOnFiles, type FileResult } from "../evaluateFiles";
import { exclusionLines } from "../../domain/consolidation/exclusions";
import { kpiLines } from "../format";
import type { Output } from "../output";
import { kpisJson, notCountedJson, schoolJson, topAsOf } from "../schoolJson";

export function fileKpisJson(r: FileResult) {
  const base = { file: r.file, school: schoolJson(r.result) };
  if (!r.result)
    return {
      ...base,
      asOf: null,
      schoolYear: null,
      kpis: null,
      error: r.issues[0]?.message ?? "Файл не читается",
    };
  if (!r.result.kpis || r.result.asOf === null)
    return { ...base, asOf: null, schoolYear: null, kpis: null, error: r.result.error };
  return {
    ...base,
    asOf: isoOf(r.result.asOf),
    schoolYear: r.result.analysis.schoolYear,
    kpis: kpisJson(r.result.kpis.values),
    notCounted: notCountedJson(r.result.kpis.notCounted),
  };
}

function inputOf(r: FileResult): ConsolidationInput {
  if (r.result === null) return unreadableInput(r.file, r.issues[0] ?? unreadableIssue("Файл не читается."));
  return workbookInput(r.file, r.result, r.modified === undefined ? {} : { modified: r.modified });
}

/** Which files the total pools, and the total (kpi.md, Aggregation). */
export function kpiPooling(results: readonly FileResult[]) {
  const inputs = results.map(inputOf);
  const { supersededBy, exclusions } = poolingOf(inputs);
  return { inputs, supersededBy, exclusions, total: pooledTotal(inputs, exclusions) };
}

export async function kpi(argv: readonly string[], out: Output): Promise<number> {
  const { results, asOf, json } = await runOnFiles("kpi", argv, out);
  const pooling = kpiPooling(results);
  const { total, supersededBy, exclusions } = pooling;
  if (json) {
    out.json({
      asOf: topAsOf(
        asOf,
        results.map((r) => r.result),
      ),
      files: results.map((r, i) => ({
        ...fileKpisJson(r),
        pooled: exclusions[i] !== null,
        supersededBy: supersededBy[i] === null ? null : results[supersededBy[i]!].file,
      })),
      total: { schools: total.schools, kpis: kpisJson(total.values), excluded: total.excluded },
    });
    return exitCode(results);
  }

  let leftOut = false;
  for (const r of results) {
    const j = fileKpisJson(r);
    out.line(
      `${r.file}${j.school ? ` — ${j.school.code ?? "без кода"} ${j.school.name ?? ""}`.trimEnd() : ""}`,
    );
    if (!r.result?.kpis) {
      out.line(`  Показатели не рассчитаны: ${"error" in j ? j.error : ""}`);
    } else {
      out.line(`  на ${j.asOf!.split("-").reverse().join(".")}, учебный год ${j.schoolYear}`);
      const byKpi = leftOutByKpi(r.result.kpis);
      for (const l of kpiLines(r.result.kpis.values, byKpi)) out.line(l);
      leftOut ||= Object.values(byKpi).some((l) => l.count > 0);
    }
    out.line();
  }
  if (results.length > 1) {
    out.line(`Итого по ${total.schools} ОО (по одному файлу на ОО; суммы числителей и знаменателей):`);
    for (const l of kpiLines(total.values)) out.line(l);
    const replaced = results.flatMap((r, i) =>
      supersededBy[i] === null ? [] : [`«${r.file}» (новее «${results[supersededBy[i]!].file}»)`],
    );
    if (replaced.length > 0)
      out.line(`  Не в итоге — заменены более новыми файлами тех же ОО: ${replaced.join(", ")}.`);
    for (const [i, ex] of exclusions.entries()) {
      const lines = ex === null ? [] : exclusionLines(ex);
      if (lines.length > 0) out.line(`  Не включено в итог из «${results[i].file}»: ${lines.join("; ")}.`);
    }
  }
  // The term is explained once, however many schools leave rows out.
  if (leftOut) out.line(LEFT_OUT_NOTE);
  return exitCode(results);
}
