/** KPI results as kpi.md and cli.md shape them, and the drill-down behind each. */

export interface ShareResult {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator in double precision; null when the denominator is 0. */
  readonly value: number | null;
  readonly target: number | null;
}

export interface GroupsResult {
  readonly value: number;
  readonly links: number;
  readonly byForm: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
}

export interface LoadResult {
  readonly mentors: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly max: number | null;
  readonly overLimit: number;
}

export interface CountResult {
  readonly value: number;
}

export interface MeanResult {
  readonly mean: number | null;
  readonly n: number;
}

export interface SatisfactionResult {
  readonly mentor: MeanResult;
  readonly mentee: MeanResult;
}

export interface PlanResult extends ShareResult {
  readonly overdue: number;
}

export interface KpiValues {
  readonly young_mentored: ShareResult;
  readonly teachers_involved: ShareResult;
  readonly students_involved: ShareResult;
  readonly active_groups: GroupsResult;
  readonly mentor_load: LoadResult;
  readonly formalized: ShareResult;
  readonly consent: ShareResult;
  readonly personal_program: ShareResult;
  readonly completed: ShareResult;
  readonly overdue: CountResult;
  readonly satisfaction: SatisfactionResult;
  readonly retention: ShareResult;
  readonly mentors_trained: ShareResult;
  readonly mentors_rewarded: ShareResult;
  readonly plan_done: PlanResult;
  readonly documents: ShareResult;
}

export type KpiId = keyof KpiValues;

/**
 * What pooling needs beyond the published figures (kpi.md, Aggregation): per-mentor loads and the
 * per-row ratings. Depersonalised: numbers only.
 */
export interface PoolData {
  readonly loads: readonly number[];
  readonly mentorScores: readonly number[];
  readonly menteeScores: readonly number[];
}

/** A row behind a KPI, for drill-down: the cell to select and what to show. */
export interface RowRef {
  readonly sheet: string;
  readonly sheetInFile: string | null;
  /** Worksheet row; null when the item has no row (e.g. an item missing from «Сведения»). */
  readonly row: number | null;
  readonly col: number | null;
  readonly label: string;
  /** Why the row is not counted, or extra detail. */
  readonly note?: string;
}

export interface Drill {
  /** Rows behind the numerator (or the counted items). */
  readonly counted: readonly RowRef[];
  /** Rows of the denominator missing from the numerator (e.g. young specialists without a mentor). */
  readonly missing: readonly RowRef[];
  /** «Пары» rows that do not take part, with the reason («не учитывается»). */
  readonly excluded: readonly RowRef[];
  /**
   * Rows the KPI could not count because something in them cannot be read or resolved — an
   * unreadable start date, a mentor not found, a стаж that cannot be read — each with its reason
   * in `note`. (A pair that is only planned is not among them: it is not counted by definition.)
   */
  readonly notCounted: readonly RowRef[];
}

/** One reason why rows were not counted, with the rows (drill-down). */
export interface NotCountedReason {
  /** Russian, ready to print: «лист «Пары»: дата начала не читается». */
  readonly reason: string;
  readonly rows: readonly RowRef[];
}

/**
 * How many rows a KPI could not count and why (never a silent drop): depersonalised — reasons
 * and counts; the rows are there for drill-down in the workbook.
 */
export interface NotCounted {
  readonly count: number;
  readonly reasons: readonly NotCountedReason[];
}

export interface SchoolKpis {
  readonly values: KpiValues;
  readonly pool: PoolData;
  readonly drill: Readonly<Record<KpiId, Drill>>;
  /** Per KPI, the rows it could not count, grouped by reason. */
  readonly notCounted: Readonly<Record<KpiId, NotCounted>>;
}
