/** `nastavnik kpi <file.xlsx>... [--as-of YYYY-MM-DD] [--json]` */
import { LEFT_OUT_NOTE } from "../../domain/kpi/leftOut";
import { poolKpis } from "../../domain/kpi/pool";
import { isoOf } from "../../domain/values/dates";
import { exitCode, runOnFiles, type FileResult } from "../evaluateFiles";
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

export function totalJson(results: readonly FileResult[]) {
  const pooled = results.flatMap((r) => (r.result?.kpis ? [r.result.kpis] : []));
  return { schools: pooled.length, kpis: kpisJson(poolKpis(pooled).values) };
}

export async function kpi(argv: readonly string[], out: Output): Promise<number> {
  const { results, asOf, json } = await runOnFiles("kpi", argv, out);
  if (json) {
    out.json({
      asOf: topAsOf(
        asOf,
        results.map((r) => r.result),
      ),
      files: results.map(fileKpisJson),
      total: totalJson(results),
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
      const notCounted = r.result.kpis.notCounted;
      for (const l of kpiLines(r.result.kpis.values, notCounted)) out.line(l);
      leftOut ||= Object.values(notCounted).some((n) => n.count > 0);
    }
    out.line();
  }
  if (results.length > 1) {
    const pooled = results.flatMap((r) => (r.result?.kpis ? [r.result.kpis] : []));
    out.line(`Итого по ${pooled.length} ОО (суммы числителей и знаменателей):`);
    for (const l of kpiLines(poolKpis(pooled).values)) out.line(l);
  }
  // The term is explained once, however many schools leave rows out.
  if (leftOut) out.line(LEFT_OUT_NOTE);
  return exitCode(results);
}
