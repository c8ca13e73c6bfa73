/**
 * The KPI columns of «Свод»: for every KPI of the catalogue, in its order, the figures a person
 * needs to reproduce the pooled total by hand (kpi.md, Aggregation) — numerator, denominator and
 * value of a share; the natural fields of the others. Generated from the catalogue by kind.
 */
import { kpiCatalogue } from "../kpi/catalogue";
import type {
  CountFigures,
  GroupsFigures,
  KpiFigures,
  LoadFigures,
  PlanFigures,
  SatisfactionFigures,
  ShareFigures,
} from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import { shortKpiNames } from "../kpi/shortNames";
import { PERCENT_FORMAT } from "../plan/writePlan";

export { COUNT_FORMAT, MEAN_FORMAT } from "../format/numbers";
import { COUNT_FORMAT, MEAN_FORMAT } from "../format/numbers";

export interface KpiColumn {
  readonly id: KpiId;
  /** Unique within the table. */
  readonly header: string;
  readonly format: string;
  get(values: KpiFigures): number | null;
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
    col("числитель", COUNT_FORMAT, (v: ShareFigures) => v.numerator),
    col("знаменатель", COUNT_FORMAT, (v: ShareFigures) => v.denominator),
    col("доля", PERCENT_FORMAT, (v: ShareFigures) => v.value),
  ];
  switch (kind) {
    case "share":
      return share;
    case "plan":
      return [...share, col("просрочено мероприятий", COUNT_FORMAT, (v: PlanFigures) => v.overdue)];
    case "groups":
      return [
        col("действуют", COUNT_FORMAT, (v: GroupsFigures) => v.value),
        col("связей", COUNT_FORMAT, (v: GroupsFigures) => v.links),
      ];
    case "load":
      return [
        col("наставников", COUNT_FORMAT, (v: LoadFigures) => v.mentors),
        col("среднее", MEAN_FORMAT, (v: LoadFigures) => v.mean),
        col("максимум", COUNT_FORMAT, (v: LoadFigures) => v.max),
        col("выше нормы", COUNT_FORMAT, (v: LoadFigures) => v.overLimit),
      ];
    case "count":
      return [col("число", COUNT_FORMAT, (v: CountFigures) => v.value)];
    case "satisfaction":
      return [
        col("наставники, средняя оценка", MEAN_FORMAT, (v: SatisfactionFigures) => v.mentor.mean),
        col("наставники, оценок", COUNT_FORMAT, (v: SatisfactionFigures) => v.mentor.n),
        col("наставляемые, средняя оценка", MEAN_FORMAT, (v: SatisfactionFigures) => v.mentee.mean),
        col("наставляемые, оценок", COUNT_FORMAT, (v: SatisfactionFigures) => v.mentee.n),
      ];
  }
}

export const kpiColumns: readonly KpiColumn[] = kpiCatalogue.flatMap((def) => columnsOf(def.id, def.kind));

/**
 * The row above a table of KPI columns: each KPI's full title over the first column of its group
 * (so the short headers stay readable), after `fixed` empty cells.
 */
export function kpiTitleBand(fixed: number): (string | null)[] {
  let last = "";
  return [
    ...Array<null>(fixed).fill(null),
    ...kpiColumns.map((c) => {
      if (c.id === last) return null;
      last = c.id;
      return kpiCatalogue.find((k) => k.id === c.id)!.title;
    }),
  ];
}
