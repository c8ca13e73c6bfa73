/**
 * How people read each KPI of the catalogue, declared once per KPI: how its status is judged
 * against its target, and what the rows behind its numerator and the rest of its denominator are
 * called on a card. A `Record` over every KPI id, so a new KPI cannot be added without saying it.
 *
 * - `graded`: a goal to approach (coverage 70 %): «достигнуто», «близко» within a fifth of the
 *   target, else «далеко».
 * - `required`: a legal requirement (written consent, orders, personal programmes, no overdue
 *   programmes): «выполнено» only at the target, else «не выполнено» — never «близко».
 * - `none`: no target, no status.
 *
 * It also names the parts of the KPI's drill-down and its tile in the pane's overview.
 */
import type { KpiId } from "./types";

export type Assessment = "graded" | "required" | "none";

export interface KpiReading {
  readonly assessment: Assessment;
  /**
   * The KPI's name in the pane's overview — on its tile, or on its row of the coverage chart: a
   * few words that fit one line of a 320 px pane beside the figure.
   */
  readonly tile: string;
  /** The rows behind the numerator (or the counted items). */
  readonly counted: string;
  /** Rows of the denominator missing from the numerator; absent when the KPI has none. */
  readonly missing?: string;
}

export const kpiReadings: Readonly<Record<KpiId, KpiReading>> = {
  young_mentored: {
    tile: "Молодые специалисты",
    assessment: "graded",
    counted: "С наставником",
    missing: "Без наставника",
  },
  teachers_involved: { tile: "Педагоги", assessment: "graded", counted: "Вовлечены" },
  students_involved: { tile: "Обучающиеся", assessment: "graded", counted: "Вовлечены" },
  active_groups: { tile: "Пары и группы", assessment: "none", counted: "Действующие строки" },
  mentor_load: {
    tile: "Средняя нагрузка",
    assessment: "none",
    counted: "Наставники",
    missing: "Выше допустимой нагрузки",
  },
  formalized: {
    tile: "Пары с приказом",
    assessment: "required",
    counted: "С приказом",
    missing: "Без приказа",
  },
  consent: {
    tile: "Согласия наставников",
    assessment: "required",
    counted: "С согласием",
    missing: "Без согласия",
  },
  personal_program: {
    tile: "Пары с программой",
    assessment: "required",
    counted: "С программой",
    missing: "Без программы",
  },
  completed: {
    tile: "Завершены полностью",
    assessment: "none",
    counted: "Завершены",
    missing: "Прекращены досрочно",
  },
  overdue: { tile: "Истёк срок пары", assessment: "required", counted: "Срок истёк" },
  satisfaction: { tile: "Оценки участников", assessment: "none", counted: "Строки с оценками" },
  retention: {
    tile: "Остались в профессии",
    assessment: "none",
    counted: "Закрепились",
    missing: "Не закрепились",
  },
  mentors_trained: {
    tile: "Наставники обучены",
    assessment: "none",
    counted: "Прошли обучение",
    missing: "Не прошли обучение",
  },
  mentors_rewarded: {
    tile: "Выплаты наставникам",
    assessment: "none",
    counted: "Получают выплату",
    missing: "Не получают выплату",
  },
  plan_done: { tile: "Дорожная карта", assessment: "graded", counted: "Выполнены", missing: "Не выполнены" },
  documents: { tile: "Документы ОО", assessment: "graded", counted: "Есть", missing: "Нет" },
};

/**
 * «Не учитываются»: the one word for rows a KPI leaves out, in the pane, `nastavnik kpi` and the
 * report (leftOut.ts says them). «Не учтены» is not used for them: the rows of a denominator
 * missing from the numerator have each KPI's own name above («Без наставника»).
 */
export const NOT_COUNTED = "Не учитываются";
/** The one short explanation of NOT_COUNTED, said once where the rows left out are listed. */
export const NOT_COUNTED_EXPLAINED =
  "строки, которые не входят в расчёт показателей, с причиной у каждой; когда причина устранена, строка войдёт в расчёт.";
