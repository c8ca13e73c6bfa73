/**
 * Rows a KPI leaves out, said one way everywhere: under one term (NOT_COUNTED, reading.ts), with
 * one explanation, grouped by sheet and reason. The pane lists the rows under each reason (each
 * selects its cell); `nastavnik kpi` prints the reasons with the rows' numbers; the report, which
 * leaves the school, only the reasons and counts.
 *
 * The shape is that of the per-KPI "not counted" summary of the KPI results: any list of rows a
 * KPI could not count, with the reason in each row's note, goes through `leftOutOf`.
 */
import { NOT_COUNTED, NOT_COUNTED_EXPLAINED } from "./reading";
import type { Drill, KpiId, RowRef, SchoolKpis } from "./types";

export interface LeftOutReason {
  /** The canonical sheet of the rows. */
  readonly sheet: string;
  /** Russian, as the row's note says it: «нет корректной даты начала». */
  readonly reason: string;
  readonly rows: readonly RowRef[];
}

export interface LeftOut {
  readonly count: number;
  readonly reasons: readonly LeftOutReason[];
}

/** Why a row carries no note: it should not happen, but the row is still said, not dropped. */
const NO_REASON = "причина не указана";

/** The rows grouped by sheet and reason, in order of first appearance; a row listed twice counts once. */
export function leftOutOf(rows: readonly RowRef[]): LeftOut {
  const seen = new Set<string>();
  const groups = new Map<string, { sheet: string; reason: string; rows: RowRef[] }>();
  for (const r of rows) {
    const id = `${r.sheet}\u0000${r.row ?? r.label}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const reason = r.note ?? NO_REASON;
    const key = `${r.sheet}\u0000${reason}`;
    const group = groups.get(key);
    if (group) group.rows.push(r);
    else groups.set(key, { sheet: r.sheet, reason, rows: [r] });
  }
  return { count: seen.size, reasons: [...groups.values()] };
}

/**
 * What one KPI leaves out: the rows it could not count (a problem in them), then the «Пары» rows
 * that do not take part by definition (only planned); each row once. The pane's card, `nastavnik
 * kpi` and the report say the same.
 */
export function kpiLeftOut(drill: Pick<Drill, "notCounted" | "excluded">): LeftOut {
  return leftOutOf([...drill.notCounted, ...drill.excluded]);
}

/** Per KPI, what it leaves out (kpiLeftOut). */
export function leftOutByKpi(kpis: Pick<SchoolKpis, "drill">): Record<KpiId, LeftOut> {
  return Object.fromEntries(Object.entries(kpis.drill).map(([id, d]) => [id, kpiLeftOut(d)])) as Record<
    KpiId,
    LeftOut
  >;
}

/** What the school's KPIs leave out, over every KPI, each row once. */
export function schoolLeftOut(kpis: Pick<SchoolKpis, "drill">): LeftOut {
  const drills = Object.values(kpis.drill);
  return leftOutOf([...drills.flatMap((d) => d.notCounted), ...drills.flatMap((d) => d.excluded)]);
}

/** «строка 5», «строки 5, 7, 9», the first ten. */
function rowNumbers(rows: readonly RowRef[]): string {
  const numbers = rows.flatMap((r) => (r.row === null ? [] : [r.row]));
  if (numbers.length === 0) return "";
  const shown = numbers.slice(0, 10).join(", ") + (numbers.length > 10 ? ", …" : "");
  return `${numbers.length === 1 ? "строка" : "строки"} ${shown}`;
}

/**
 * «Не учитываются (4):», then a line per reason: ««Пары» — нет корректной даты начала: строки 5, 7».
 * With `withRows: false` (the report, which leaves the school) the count instead of the rows.
 * Empty when nothing is left out. The explanation (LEFT_OUT_NOTE) is said once, apart.
 */
export function leftOutLines(l: LeftOut, withRows: boolean): string[] {
  if (l.count === 0) return [];
  return [
    `${NOT_COUNTED} (${l.count}):`,
    ...l.reasons.map(
      (r) =>
        `  «${r.sheet}» — ${r.reason}: ${withRows ? rowNumbers(r.rows) || r.rows.length : r.rows.length}`,
    ),
  ];
}

/** The explanation, said once after the lines: «„Не учитываются“ — строки, которые …». */
export const LEFT_OUT_NOTE = `«${NOT_COUNTED}» — ${NOT_COUNTED_EXPLAINED}`;
