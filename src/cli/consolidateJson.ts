/**
 * `consolidate --json` (cli.md): the `kpi --json` shape, each file extended with its status, kind,
 * error / warning counts, whether it is pooled (and the newer file that replaces it) and a hint;
 * `total` pools one file per school (kpi.md, Aggregation) and lists, per KPI, the pooled files whose
 * figures were left out (`excluded`). When some file has
 * snapshots, an extra top-level `trends` gives them pooled by date (the keys of cli.md unchanged):
 *
 * A regional run (some input is a municipality's consolidation workbook) adds `municipalities`: the
 * same total per municipality; a school read out of a consolidation carries `source` (its own file
 * and the consolidations it came through), and its `file` is «consolidation#own file».
 *
 *   "trends": [ { "date": "2024-10-01", "schools": 2,
 *                 "measures": { "young_mentored": {"numerator": 7, "denominator": 12, "value": 0.58…, "schools": 2},
 *                               "active_groups": {"numerator": 9, "denominator": null, "value": 9, "schools": 2}, … } } ]
 */
import type { ConsolidatedFile, Consolidation, PooledTotal } from "../domain/consolidation/consolidate";
import type { PooledSnapshot } from "../domain/consolidation/trends";
import { isoOf } from "../domain/values/dates";
import { kpisJson } from "./schoolJson";

export function consolidatedFileJson(f: ConsolidatedFile) {
  const figures =
    f.kpis === null || f.asOf === null
      ? { asOf: null, schoolYear: null, kpis: null, error: f.error ?? "Показатели не рассчитаны" }
      : { asOf: isoOf(f.asOf), schoolYear: f.schoolYear, kpis: kpisJson(f.kpis.values) };
  return {
    file: f.file,
    school: f.school,
    ...figures,
    status: f.status,
    kind: f.kind,
    errors: f.errors,
    warnings: f.warnings,
    pooled: f.pooled,
    supersededBy: f.supersededBy,
    hint: f.hint,
    // The regional level (beyond cli.md): a school read out of a municipality's consolidation.
    ...(f.origin === undefined ? {} : { source: { file: f.origin.file, via: f.origin.via } }),
  };
}

const totalJson = (t: PooledTotal) => ({
  schools: t.schools,
  kpis: kpisJson(t.values),
  excluded: t.excluded,
});

export function trendJson(s: PooledSnapshot) {
  return {
    date: isoOf(s.date),
    schools: s.schools,
    measures: Object.fromEntries(
      Object.entries(s.figures).map(([code, f]) => [
        code,
        { numerator: f.numerator, denominator: f.denominator, value: f.value, schools: f.schools },
      ]),
    ),
  };
}

export function consolidationJson(c: Consolidation) {
  return {
    asOf: c.asOf === null ? null : isoOf(c.asOf),
    files: c.files.map(consolidatedFileJson),
    total: totalJson(c.total),
    ...(c.municipalities.length === 0
      ? {}
      : {
          municipalities: c.municipalities.map((m) => ({
            municipality: m.municipality,
            ...totalJson(m.total),
          })),
        }),
    ...(c.trends.length === 0 ? {} : { trends: c.trends.map(trendJson) }),
  };
}
