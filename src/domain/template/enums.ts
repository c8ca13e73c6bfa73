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
  /**
   * Prefix readings (i): a normalised value starting with one of `words` and a space (and, when
   * `digitAfter`, holding a digit after it) is `value` — «ученик 10 «А» кл.» is «Обучающийся».
   */
  readonly prefixes: readonly EnumPrefix<T>[];
}

export interface EnumPrefix<T extends string = string> {
  /** Normalised words, each followed by a space in the cell. */
  readonly words: readonly string[];
  readonly digitAfter: boolean;
  readonly value: T;
}

function defineEnum<const T extends string>(
  name: string,
  values: readonly T[],
  synonyms: Readonly<Record<string, NoInfer<T>>> = {},
  prefixes: readonly EnumPrefix<NoInfer<T>>[] = [],
): EnumSpec<T> {
  const lookup = new Map<string, T>();
  for (const v of values) lookup.set(normalizeEnum(v), v);
  for (const [syn, v] of Object.entries(synonyms)) lookup.set(normalizeEnum(syn), v);
  const normalised = prefixes.map((p) => ({ ...p, words: p.words.map(normalizeEnum) }));
  return { name, values, synonyms, lookup, prefixes: normalised };
}

// Категория (workbook.md, Enums): the synonyms of both person sheets. A synonym whose value one
// sheet does not allow is left out of that sheet's list, so it stays F003 there.
const studentWords = ["Ученик", "Ученица", "Учащийся", "Учащаяся", "Обучающийся", "Обучающаяся"];
const teacherSynonyms = {
  Учитель: "Педагог",
  "Молодой специалист": "Педагог",
  "Молодой педагог": "Педагог",
} as const;
const studentSynonyms = {
  Ученик: "Обучающийся",
  Ученица: "Обучающийся",
  Учащийся: "Обучающийся",
  Учащаяся: "Обучающийся",
  Обучающаяся: "Обучающийся",
} as const;
const otherSynonyms = { Родитель: "Иное", Выпускник: "Иное" } as const;
const categorySynonyms = {
  Руководитель: "Руководитель ОО",
  Администрация: "Руководитель ОО",
  "Заместитель директора": "Руководитель ОО",
  Директор: "Руководитель ОО",
  ...teacherSynonyms,
  ...studentSynonyms,
  Работодатель: "Представитель работодателя",
  ...otherSynonyms,
} as const;
const studentPrefix = { words: studentWords, digitAfter: true, value: "Обучающийся" } as const;

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
  [studentPrefix, { words: ["Заместитель директора"], digitAfter: false, value: "Руководитель ОО" }],
);
export type MentorCategory = (typeof mentorCategories.values)[number];

export const menteeCategories = defineEnum(
  "Категории наставляемых",
  ["Педагог", "Обучающийся", "Студент", "Иное"],
  { ...teacherSynonyms, ...studentSynonyms, ...otherSynonyms },
  [studentPrefix],
);
export type MenteeCategory = (typeof menteeCategories.values)[number];

export const qualificationLevels = defineEnum(
  "Квалификационные категории",
  ["Высшая", "Первая", "Соответствие занимаемой должности", "Без категории"],
  {
    "Высшая категория": "Высшая",
    "Высшая квалификационная категория": "Высшая",
    "Высшая кв. категория": "Высшая",
    "Первая категория": "Первая",
    "Первая квалификационная категория": "Первая",
    "Первая кв. категория": "Первая",
    Соответствие: "Соответствие занимаемой должности",
    СЗД: "Соответствие занимаемой должности",
    "Б/к": "Без категории",
    "Нет категории": "Без категории",
  },
);

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
    "Студент – студент",
  ],
  {
    "Педагог – педагог": "Учитель – учитель",
    "Учитель – молодой специалист": "Учитель – учитель",
    "Учитель – молодой педагог": "Учитель – учитель",
    "Руководитель – педагог": "Руководитель ОО – педагог",
    "Руководитель – учитель": "Руководитель ОО – педагог",
    "Руководитель образовательной организации – учитель": "Руководитель ОО – педагог",
    "Руководитель образовательной организации – педагог": "Руководитель ОО – педагог",
    "Педагог вуза/колледжа – молодой педагог образовательной организации":
      "Педагог вуза/колледжа – молодой педагог",
    "Учащийся – учащийся": "Ученик – ученик",
    "Обучающийся – обучающийся": "Ученик – ученик",
    "Педагог – учащийся": "Учитель – ученик",
    "Педагог – ученик": "Учитель – ученик",
    "Педагог – обучающийся": "Учитель – ученик",
    "Учитель – учащийся": "Учитель – ученик",
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
    Традиционная: "Традиционное (один на один)",
    "Традиционное наставничество": "Традиционное (один на один)",
    "Традиционная форма наставничества («один-на-один»)": "Традиционное (один на один)",
    "Один на один": "Традиционное (один на один)",
    "Один-на-один": "Традиционное (один на один)",
    Индивидуальное: "Традиционное (один на один)",
    Индивидуальная: "Традиционное (один на один)",
    "Традиционная (один на один)": "Традиционное (один на один)",
    "В группе": "Групповое",
    Групповая: "Групповое",
    "Групповое наставничество": "Групповое",
    "Наставничество в группе": "Групповое",
    Реверсивная: "Реверсивное",
    "Реверсивное наставничество": "Реверсивное",
    Виртуальное: "Виртуальное (дистанционное)",
    Виртуальная: "Виртуальное (дистанционное)",
    Дистанционное: "Виртуальное (дистанционное)",
    Дистанционная: "Виртуальное (дистанционное)",
    "Виртуальное наставничество": "Виртуальное (дистанционное)",
    "Дистанционное наставничество": "Виртуальное (дистанционное)",
    "Виртуальное (дистанционное) наставничество": "Виртуальное (дистанционное)",
    Краткосрочное: "Краткосрочное (целеполагающее)",
    Краткосрочная: "Краткосрочное (целеполагающее)",
    Целеполагающее: "Краткосрочное (целеполагающее)",
    Целеполагающая: "Краткосрочное (целеполагающее)",
    "Краткосрочное или целеполагающее наставничество": "Краткосрочное (целеполагающее)",
    Ситуационная: "Ситуационное",
    "Ситуационное наставничество": "Ситуационное",
    Скоростная: "Скоростное",
    "Скоростное наставничество": "Скоростное",
  },
);
export type PairKind = (typeof pairKinds.values)[number];
export const ONE_TO_ONE: PairKind = "Традиционное (один на один)";
/** Kinds short by definition (rules.md P005): no lower bound on their planned length. */
export const SHORT_KINDS: ReadonlySet<PairKind> = new Set<PairKind>([
  "Краткосрочное (целеполагающее)",
  "Ситуационное",
  "Скоростное",
]);

export const pairStatuses = defineEnum(
  "Статусы пар",
  ["Планируется", "Действует", "Приостановлена", "Завершена", "Прекращена"],
  {
    Запланирована: "Планируется",
    Планируемая: "Планируется",
    Действующая: "Действует",
    Действующий: "Действует",
    Действующее: "Действует",
    "В процессе": "Действует",
    Реализуется: "Действует",
    Приостановлено: "Приостановлена",
    Приостановлен: "Приостановлена",
    Завершено: "Завершена",
    Завершен: "Завершена",
    Завершён: "Завершена",
    Закончена: "Завершена",
    Закончено: "Завершена",
    Выполнена: "Завершена",
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
    Исполнено: "Выполнено",
    Исполнен: "Выполнено",
    "+": "Выполнено",
    "Не выполнен": "Не выполнено",
    "Не выполнена": "Не выполнено",
    Частично: "Не выполнено",
    "Выполнено частично": "Не выполнено",
    Запланирован: "Запланировано",
    Запланирована: "Запланировано",
    "В работе": "Запланировано",
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
