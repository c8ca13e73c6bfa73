/** The KPIs' short names, for table headers and chart series of the report and the consolidation. */
import type { KpiId } from "./types";

/**
 * Short names for column headers: the catalogue's titles are sentences, and a table of ~50
 * columns needs headers that fit a column. The full title stands above each group.
 */
export const shortKpiNames: Readonly<Record<KpiId, string>> = {
  young_mentored: "Молодые специалисты с наставником",
  teachers_involved: "Педагоги в наставничестве",
  students_involved: "Обучающиеся в наставничестве",
  active_groups: "Пары и группы",
  mentor_load: "Нагрузка наставников",
  formalized: "Пары по приказу",
  consent: "Согласие наставников",
  personal_program: "Персонализированные программы",
  completed: "Программы завершены полностью",
  overdue: "Программы с истёкшим сроком",
  satisfaction: "Удовлетворённость",
  retention: "Закрепились в профессии",
  mentors_trained: "Наставники обучены",
  mentors_rewarded: "Стимулирующая выплата",
  plan_done: "Дорожная карта",
  documents: "Документы ОО",
};
