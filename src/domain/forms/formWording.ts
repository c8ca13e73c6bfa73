/**
 * How the monitoring form (forms.md (a)) names each KPI's parts: the «Наименование» (column C) and
 * the «Единица» (column E). Keyed by KPI id and typed `Record<KpiId, …>`, so a KPI added to the
 * catalogue does not compile until it says how the form names it; the parts themselves follow from
 * the KPI's kind (formParts.ts).
 */
import type { KpiId } from "../kpi/types";

export interface FormWording {
  /** Column C by part token; for `byForm` / `byKind`, the words before «F» / «K». */
  readonly labels: Readonly<Record<string, string>>;
  /** Column E for every part, unless `units` names the part. */
  readonly unit: string;
  readonly units?: Readonly<Record<string, string>>;
  /** Values the blank form carries in D (not «filled» by the school: forms.md). */
  readonly prefilled?: Readonly<Record<string, number>>;
}

const PERSONS = "чел.";
const UNITS = "ед.";
const ACTIVE_MENTORS = "Наставники, работающие на отчётную дату";
const ACTIVE_LINKS = "Действующие связи, всего";

const share = (numerator: string, denominator: string, unit: string): FormWording => ({
  labels: { numerator, denominator },
  unit,
});

export const formWording: Readonly<Record<KpiId, FormWording>> = {
  young_mentored: share(
    "Молодые специалисты, имеющие наставника на отчётную дату",
    "Молодые специалисты, всего",
    PERSONS,
  ),
  teachers_involved: share(
    "Педагогические работники, вовлечённые в наставничество с начала учебного года",
    "Численность педагогических работников",
    PERSONS,
  ),
  students_involved: share(
    "Обучающиеся в возрасте от 10 лет, вовлечённые в наставничество с начала учебного года",
    "Численность обучающихся в возрасте от 10 лет",
    PERSONS,
  ),
  active_groups: {
    labels: {
      value: "Действующие пары и группы",
      links: "Действующие связи «наставник – наставляемый»",
      byForm: "в том числе форма",
      byKind: "в том числе вид",
    },
    unit: UNITS,
  },
  mentor_load: {
    labels: {
      mentors: ACTIVE_MENTORS,
      mentees: "Сумма по наставникам числа их наставляемых",
      overLimit: "Наставники с числом наставляемых выше нормы",
    },
    unit: PERSONS,
  },
  formalized: share("Действующие связи, закреплённые приказом", ACTIVE_LINKS, UNITS),
  consent: share("Наставники с письменным согласием", ACTIVE_MENTORS, PERSONS),
  personal_program: share("Действующие связи с персонализированной программой", ACTIVE_LINKS, UNITS),
  completed: share(
    "Программы, завершённые в полном объёме с начала учебного года",
    "Программы, завершённые или прекращённые с начала учебного года",
    UNITS,
  ),
  overdue: { labels: { value: "Программы с истёкшим сроком" }, unit: UNITS },
  satisfaction: {
    labels: {
      "mentor.mean": "Средняя оценка наставников (1–10)",
      "mentor.n": "Число оценок наставников",
      "mentee.mean": "Средняя оценка наставляемых (1–10)",
      "mentee.n": "Число оценок наставляемых",
    },
    unit: UNITS,
    units: { "mentor.mean": "балл", "mentee.mean": "балл" },
  },
  retention: share(
    "Молодые специалисты, закрепившиеся в профессии",
    "Молодые специалисты, по которым есть сведения",
    PERSONS,
  ),
  mentors_trained: share("Наставники, прошедшие обучение по наставничеству", ACTIVE_MENTORS, PERSONS),
  mentors_rewarded: share("Наставники, получающие стимулирующую выплату", ACTIVE_MENTORS, PERSONS),
  plan_done: {
    labels: {
      numerator: "Мероприятия дорожной карты со сроком до отчётной даты: выполнены",
      denominator: "Мероприятия дорожной карты со сроком до отчётной даты: всего",
      overdue: "Мероприятия дорожной карты со сроком до отчётной даты: просрочены",
    },
    unit: UNITS,
  },
  documents: {
    labels: {
      numerator:
        "Документы ОО в наличии (из пяти: Положение, Программа, Дорожная карта, Приказ о назначении наставников, Приказ о закреплении пар)",
      // forms.md names the denominator row by its value: always 5, prefilled.
      denominator: "5",
    },
    unit: UNITS,
    prefilled: { denominator: 5 },
  },
};
