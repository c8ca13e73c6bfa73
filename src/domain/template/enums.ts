/**
 * The allowed values of every enum column (workbook.md), each with its complete list of synonyms.
 * Dropdowns, «Справочники», parsing and messages are all generated from these tables.
 */
import { normalizeEnum } from "../text/normalize";

export interface EnumSpec<T extends string = string> {
  /** Name of the list on «Справочники» and in messages. */
  readonly name: string;
  readonly values: readonly T[];
  /** synonym → canonical value */
  readonly synonyms: Readonly<Record<string, T>>;
  /** normalised value or synonym → canonical value */
  readonly lookup: ReadonlyMap<string, T>;
}

function defineEnum<const T extends string>(
  name: string,
  values: readonly T[],
  synonyms: Readonly<Record<string, NoInfer<T>>> = {},
): EnumSpec<T> {
  const lookup = new Map<string, T>();
  for (const v of values) lookup.set(normalizeEnum(v), v);
  for (const [syn, v] of Object.entries(synonyms)) lookup.set(normalizeEnum(syn), v);
  return { name, values, synonyms, lookup };
}

const categorySynonyms = {
  Руководитель: "Руководитель ОО",
  Администрация: "Руководитель ОО",
  Учитель: "Педагог",
  Ученик: "Обучающийся",
  Работодатель: "Представитель работодателя",
} as const;

export const mentorCategories = defineEnum(
  "Категории наставников",
  [
    "Педагог",
    "Руководитель ОО",
    "Обучающийся",
    "Студент",
    "Представитель работодателя",
    "Педагог вуза/колледжа",
    "Иное",
  ],
  categorySynonyms,
);
export type MentorCategory = (typeof mentorCategories.values)[number];

export const menteeCategories = defineEnum(
  "Категории наставляемых",
  ["Педагог", "Обучающийся", "Студент", "Иное"],
  { Учитель: "Педагог", Ученик: "Обучающийся" },
);
export type MenteeCategory = (typeof menteeCategories.values)[number];

export const qualificationLevels = defineEnum("Квалификационные категории", [
  "Высшая",
  "Первая",
  "Соответствие занимаемой должности",
  "Без категории",
]);

export const pairForms = defineEnum(
  "Формы наставничества",
  [
    "Учитель – учитель",
    "Руководитель ОО – педагог",
    "Педагог вуза/колледжа – молодой педагог",
    "Ученик – ученик",
    "Учитель – ученик",
    "Студент – ученик",
    "Работодатель – ученик",
    "Работодатель – студент",
  ],
  {
    "Педагог – педагог": "Учитель – учитель",
    "Руководитель – педагог": "Руководитель ОО – педагог",
    "Руководитель – учитель": "Руководитель ОО – педагог",
    "Руководитель образовательной организации – учитель": "Руководитель ОО – педагог",
    "Руководитель образовательной организации – педагог": "Руководитель ОО – педагог",
  },
);
export type PairForm = (typeof pairForms.values)[number];

export const pairKinds = defineEnum(
  "Виды наставничества",
  [
    "Традиционное (один на один)",
    "Групповое",
    "Реверсивное",
    "Виртуальное (дистанционное)",
    "Краткосрочное (целеполагающее)",
    "Ситуационное",
    "Скоростное",
  ],
  {
    Традиционное: "Традиционное (один на один)",
    "Один на один": "Традиционное (один на один)",
    "Традиционная (один на один)": "Традиционное (один на один)",
    "В группе": "Групповое",
    Групповая: "Групповое",
    Реверсивная: "Реверсивное",
    Виртуальное: "Виртуальное (дистанционное)",
    Дистанционное: "Виртуальное (дистанционное)",
    Виртуальная: "Виртуальное (дистанционное)",
    Краткосрочное: "Краткосрочное (целеполагающее)",
    Целеполагающее: "Краткосрочное (целеполагающее)",
    Ситуационная: "Ситуационное",
    Скоростная: "Скоростное",
  },
);
export type PairKind = (typeof pairKinds.values)[number];
export const ONE_TO_ONE: PairKind = "Традиционное (один на один)";

export const pairStatuses = defineEnum(
  "Статусы пар",
  ["Планируется", "Действует", "Завершена", "Прекращена"],
  {
    Запланирована: "Планируется",
    Планируемая: "Планируется",
    Действующая: "Действует",
    Действующий: "Действует",
    Действующее: "Действует",
    Завершено: "Завершена",
    Завершен: "Завершена",
    Завершён: "Завершена",
    Прекращено: "Прекращена",
    Прервана: "Прекращена",
    Прервано: "Прекращена",
  },
);
export type PairStatus = (typeof pairStatuses.values)[number];

export const terminationReasons = defineEnum("Причины прекращения", [
  "План выполнен",
  "По инициативе наставника",
  "По инициативе наставляемого",
  "По обоюдному решению",
  "По инициативе куратора",
]);

export const planStages = defineEnum("Этапы дорожной карты", [
  "Подготовительный",
  "Диагностический",
  "Реализационный",
  "Рефлексивно-аналитический",
]);
export type PlanStage = (typeof planStages.values)[number];

export const planStatuses = defineEnum(
  "Статусы мероприятий",
  ["Запланировано", "Выполнено", "Не выполнено", "Перенесено"],
  {
    Выполнен: "Выполнено",
    Выполнена: "Выполнено",
    "Не выполнен": "Не выполнено",
    "Не выполнена": "Не выполнено",
    Запланирован: "Запланировано",
    Запланирована: "Запланировано",
    Перенесен: "Перенесено",
    Перенесён: "Перенесено",
    Перенесена: "Перенесено",
  },
);
export type PlanStatus = (typeof planStatuses.values)[number];

/** The да/нет dropdown. */
export const yesNo = defineEnum("Да/нет", ["да", "нет"]);

/** Every list «Справочники» holds, in sheet order. */
export const allEnums: readonly EnumSpec[] = [
  mentorCategories,
  menteeCategories,
  qualificationLevels,
  pairForms,
  pairKinds,
  pairStatuses,
  terminationReasons,
  planStages,
  planStatuses,
  yesNo,
];
