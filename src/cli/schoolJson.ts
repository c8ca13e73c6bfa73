/** The JSON shapes of cli.md, built from engine results. */
import type { SchoolResult } from "../domain/engine";
import type { Issue } from "../domain/issues";
import { countBySeverity } from "../domain/issues";
import { kpiCatalogue } from "../domain/kpi/catalogue";
import type { KpiFigures } from "../domain/kpi/figures";
import { isoOf } from "../domain/values/dates";

export interface SchoolJson {
  readonly code: string | null;
  readonly name: string | null;
  readonly municipality: string | null;
}

export function schoolJson(r: SchoolResult | null): SchoolJson | null {
  if (!r || r.wb.info.nameInFile === null) return null;
  const i = r.wb.info;
  return { code: i.code ?? null, name: i.name ?? null, municipality: i.municipality ?? null };
}

export function issueJson(i: Issue) {
  return {
    sheet: i.sheet,
    sheetInFile: i.sheetInFile,
    row: i.row,
    column: i.column,
    code: i.code,
    severity: i.severity,
    message: i.message,
    value: i.value,
  };
}

export function counts(issues: readonly Issue[]) {
  const c = countBySeverity(issues);
  return { errors: c.error, warnings: c.warning, infos: c.info };
}

/** KPI values in catalogue order (every id present). */
export function kpisJson(values: KpiFigures): Record<string, unknown> {
  return Object.fromEntries(kpiCatalogue.map((k) => [k.id, values[k.id]]));
}

/** Top-level `asOf`: the override, else the latest D among readable files. */
export function topAsOf(
  override: number | undefined,
  results: readonly (SchoolResult | null)[],
): string | null {
  if (override !== undefined) return isoOf(override);
  const days = results.flatMap((r) => (r && r.asOf !== null ? [r.asOf] : []));
  return days.length === 0 ? null : isoOf(Math.max(...days));
}
