/**
 * The pooled KPI table of «Итоги»: every KPI of the catalogue, pooled over the files (kpi.md,
 * Aggregation). Shares fill «Числитель», «Знаменатель», «Доля» and «Цель» (the default target);
 * the other KPIs give one row per natural field in «Значение».
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

const shareRow = (title: string, s: ShareFigures, definition: string): PlanValue[] => [
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

// Why a pooled part is empty although the KPI has figures (kpi.md, Aggregation).
const NO_PER_MENTOR =
  "Не рассчитывается: в итог вошли формы мониторинга, в которых нет нагрузки каждого наставника.";
const lacking = (whole: number | null, part: number | null): string =>
  whole !== null && part === null
    ? "Не рассчитывается: эта часть есть не во всех формах, вошедших в итог."
    : "";

export function totalsRows(values: KpiFigures): PlanValue[][] {
  return kpiCatalogue.flatMap((def): PlanValue[][] => {
    const v = values[def.id] as unknown;
    const t = def.title;
    switch (def.kind) {
      case "share":
        return [shareRow(t, v as ShareFigures, def.definition)];
      case "plan": {
        const p = v as PlanFigures;
        return [
          shareRow(t, p, def.definition),
          valueRow(`${t}: просрочено мероприятий`, p.overdue, lacking(p.denominator, p.overdue)),
        ];
      }
      case "groups": {
        const g = v as GroupsFigures;
        return [
          valueRow(t, g.value, def.definition),
          valueRow(`${t}: связей (строк «Пары»)`, g.links, lacking(g.value, g.links)),
        ];
      }
      case "load": {
        const l = v as LoadFigures;
        const perMentor = l.mentors !== null && l.mentors > 0 && l.median === null ? NO_PER_MENTOR : "";
        return [
          valueRow(`${t}: наставников`, l.mentors, def.definition),
          valueRow(`${t}: среднее`, l.mean),
          valueRow(`${t}: медиана`, l.median, perMentor),
          valueRow(`${t}: максимум`, l.max, perMentor),
          valueRow(`${t}: выше нормы`, l.overLimit, lacking(l.mentors, l.overLimit)),
        ];
      }
      case "count":
        return [valueRow(t, (v as CountFigures).value, def.definition)];
      case "satisfaction": {
        const s = v as SatisfactionFigures;
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
