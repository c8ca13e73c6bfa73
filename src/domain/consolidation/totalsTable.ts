/**
 * The pooled KPI table of «Итоги»: every KPI of the catalogue, pooled over the files (kpi.md,
 * Aggregation). Shares fill «Числитель», «Знаменатель», «Доля» and «Цель» (the default target);
 * the other KPIs give one row per natural field in «Значение».
 */
import { kpiCatalogue } from "../kpi/catalogue";
import type {
  GroupsResult,
  KpiValues,
  LoadResult,
  PlanResult,
  SatisfactionResult,
  ShareResult,
} from "../kpi/types";
import { PERCENT_FORMAT, type PlanValue, TEXT_FORMAT } from "../plan/writePlan";
import { COUNT_FORMAT } from "./kpiColumns";

export const TOTALS_HEADERS = [
  "Показатель",
  "Числитель",
  "Знаменатель",
  "Доля",
  "Цель",
  "Значение",
  "Пояснение",
] as const;
export const TOTALS_FORMATS = [
  TEXT_FORMAT,
  COUNT_FORMAT,
  COUNT_FORMAT,
  PERCENT_FORMAT,
  PERCENT_FORMAT,
  null,
  TEXT_FORMAT,
];

const shareRow = (title: string, s: ShareResult, definition: string): PlanValue[] => [
  title,
  s.numerator,
  s.denominator,
  s.value,
  s.target,
  null,
  definition,
];
const valueRow = (title: string, value: number | null, note = ""): PlanValue[] => [
  title,
  null,
  null,
  null,
  null,
  value,
  note || null,
];

export function totalsRows(values: KpiValues): PlanValue[][] {
  return kpiCatalogue.flatMap((def): PlanValue[][] => {
    const v = values[def.id] as unknown;
    const t = def.title;
    switch (def.kind) {
      case "share":
        return [shareRow(t, v as ShareResult, def.definition)];
      case "plan":
        return [
          shareRow(t, v as PlanResult, def.definition),
          valueRow(`${t}: просрочено мероприятий`, (v as PlanResult).overdue),
        ];
      case "groups": {
        const g = v as GroupsResult;
        return [valueRow(t, g.value, def.definition), valueRow(`${t}: связей (строк «Пары»)`, g.links)];
      }
      case "load": {
        const l = v as LoadResult;
        return [
          valueRow(`${t}: наставников`, l.mentors, def.definition),
          valueRow(`${t}: среднее`, l.mean),
          valueRow(`${t}: медиана`, l.median),
          valueRow(`${t}: максимум`, l.max),
          valueRow(`${t}: выше нормы`, l.overLimit),
        ];
      }
      case "count":
        return [valueRow(t, (v as { value: number }).value, def.definition)];
      case "satisfaction": {
        const s = v as SatisfactionResult;
        return [
          valueRow(`${t}: наставники, средняя оценка`, s.mentor.mean, def.definition),
          valueRow(`${t}: наставники, оценок`, s.mentor.n),
          valueRow(`${t}: наставляемые, средняя оценка`, s.mentee.mean),
          valueRow(`${t}: наставляемые, оценок`, s.mentee.n),
        ];
      }
    }
  });
}
