/**
 * The KPI columns of «Свод»: for every KPI of the catalogue, in its order, the figures a person
 * needs to reproduce the pooled total by hand (kpi.md, Aggregation) — numerator, denominator and
 * value of a share; the natural fields of the others. Generated from the catalogue by kind.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import type {
  GroupsResult,
  KpiId,
  KpiValues,
  LoadResult,
  PlanResult,
  SatisfactionResult,
  ShareResult,
} from "../kpi/types";
import { shortKpiNames } from "../kpi/shortNames";
import { PERCENT_FORMAT } from "../plan/writePlan";

export { COUNT_FORMAT, MEAN_FORMAT } from "../format/numbers";
import { COUNT_FORMAT, MEAN_FORMAT } from "../format/numbers";

export interface KpiColumn {
  readonly id: KpiId;
  /** Unique within the table. */
  readonly header: string;
  readonly format: string;
  get(values: KpiValues): number | null;
}

function columnsOf(id: KpiId, kind: (typeof kpiCatalogue)[number]["kind"]): KpiColumn[] {
  const name = shortKpiNames[id];
  const col = (field: string, format: string, get: (v: never) => number | null): KpiColumn => ({
    id,
    header: `${name}: ${field}`,
    format,
    get: (values) => get(values[id] as never),
  });
  const share = [
    col("числитель", COUNT_FORMAT, (v: ShareResult) => v.numerator),
    col("знаменатель", COUNT_FORMAT, (v: ShareResult) => v.denominator),
    col("доля", PERCENT_FORMAT, (v: ShareResult) => v.value),
  ];
  switch (kind) {
    case "share":
      return share;
    case "plan":
      return [...share, col("просрочено мероприятий", COUNT_FORMAT, (v: PlanResult) => v.overdue)];
    case "groups":
      return [
        col("действуют", COUNT_FORMAT, (v: GroupsResult) => v.value),
        col("связей", COUNT_FORMAT, (v: GroupsResult) => v.links),
      ];
    case "load":
      return [
        col("наставников", COUNT_FORMAT, (v: LoadResult) => v.mentors),
        col("среднее", MEAN_FORMAT, (v: LoadResult) => v.mean),
        col("максимум", COUNT_FORMAT, (v: LoadResult) => v.max),
        col("выше нормы", COUNT_FORMAT, (v: LoadResult) => v.overLimit),
      ];
    case "count":
      return [col("число", COUNT_FORMAT, (v: { value: number }) => v.value)];
    case "satisfaction":
      return [
        col("наставники, средняя оценка", MEAN_FORMAT, (v: SatisfactionResult) => v.mentor.mean),
        col("наставники, оценок", COUNT_FORMAT, (v: SatisfactionResult) => v.mentor.n),
        col("наставляемые, средняя оценка", MEAN_FORMAT, (v: SatisfactionResult) => v.mentee.mean),
        col("наставляемые, оценок", COUNT_FORMAT, (v: SatisfactionResult) => v.mentee.n),
      ];
  }
}

export const kpiColumns: readonly KpiColumn[] = kpiCatalogue.flatMap((def) => columnsOf(def.id, def.kind));
