/**
 * `consolidate --json` (cli.md): the `kpi --json` shape, each file extended with its status, kind
 * and error / warning counts; `total` pools every file whose KPIs were computed.
 */
import type { ConsolidatedFile, Consolidation } from "../domain/consolidation/consolidate";
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
  };
}

export function consolidationJson(c: Consolidation) {
  return {
    asOf: c.asOf === null ? null : isoOf(c.asOf),
    files: c.files.map(consolidatedFileJson),
    total: { schools: c.total.schools, kpis: kpisJson(c.total.values) },
  };
}
