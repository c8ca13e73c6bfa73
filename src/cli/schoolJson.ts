/** The JSON shapes of cli.md, built from engine results. */
import type { SchoolResult } from "../domain/engine";
import type { Issue } from "../domain/issues";
import { countBySeverity } from "../domain/issues";
import { kpiCatalogue } from "../domain/kpi/catalogue";
import type { KpiFigures } from "../domain/kpi/figures";
import type { KpiId, NotCounted } from "../domain/kpi/types";
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

/**
 * Per KPI, the rows it could not count (an extra field of a `kpi --json` file entry; every KPI id
 * present): the count and each reason with its rows as sheet and row numbers — no names.
 */
export function notCountedJson(n: Readonly<Record<KpiId, NotCounted>>): Record<string, unknown> {
  return Object.fromEntries(
    kpiCatalogue.map((k) => [
      k.id,
      {
        count: n[k.id].count,
        reasons: n[k.id].reasons.map((r) => ({
          reason: r.reason,
          count: r.rows.length,
          rows: r.rows.map((x) => ({ sheet: x.sheet, row: x.row })),
        })),
      },
    ]),
  );
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
