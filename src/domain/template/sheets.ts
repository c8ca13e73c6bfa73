/**
 * Template v2 (workbook.md) as data: the list sheets with their columns, and the two key–value
 * sheets «Сведения» and «Настройки». One place to add a column.
 */
import {
  date,
  number,
  oneOf,
  person,
  personRef,
  readingOnly,
  text,
  yesNoColumn,
  type ColumnSpec,
} from "./columns";
import {
  menteeCategories,
  mentorCategories,
  pairForms,
  pairKinds,
  pairStatuses,
  planStages,
  planStatuses,
  qualificationLevels,
  terminationReasons,
} from "./enums";

export type ListSheetId = "mentors" | "mentees" | "pairs" | "plan";
export type SheetId = "info" | "settings" | ListSheetId;

export interface ListSheetSpec {
  readonly id: ListSheetId;
  readonly name: string;
  readonly table: string;
  /** Alternative sheet names accepted on input. */
  readonly aliases: readonly string[];
  readonly columns: readonly ColumnSpec[];
  /**
   * Columns read on input but never written by the template («Приказ», «Срок наставничества» on
   * «Пары»): they count as recognised headers and fill template columns (workbook.md).
   */
  readonly readingColumns: readonly ColumnSpec[];
  /** The key column of rules 4 and 5 of non-data rows (workbook.md, "Data rows"). */
  readonly keyColumn: string;
  /** What the add-in says this sheet is for. */
  readonly purpose: string;
}

const fioAliases = ["Ф.И.О.", "Ф. И. О.", "ФИО полностью", "Фамилия имя отчество"];
const experience = (hint: string): ColumnSpec =>
  number(
    "experience",
    "Педагогический стаж, лет",
    { min: 0, max: 60, unit: "years" },
    {
      aliases: ["Стаж", "Стаж работы", "Педагогический стаж", "Пед. стаж", "Стаж (лет)"],
      hint,
    },
  );
const position = text("position", "Должность", {
  aliases: ["Должность/специальность", "Должность (специальность)", "Класс"],
  hint: "Для обучающихся — класс, например 8Б",
});
const subject = text("subject", "Предмет / направление", {
  aliases: ["Предмет", "Преподаваемый предмет", "Направление"],
  width: 22,
});

export const mentorsSheet: ListSheetSpec = {
  id: "mentors",
  name: "Наставники",
  table: "Mentors",
  aliases: ["Банк наставников", "База наставников", "Форма базы наставников"],
  purpose: "банк наставников ОО",
  keyColumn: "fio",
  columns: [
    person("fio", "ФИО", {
      required: true,
      aliases: [...fioAliases, "ФИО наставника", "ФИО наставника (полностью)"],
      hint: "Фамилия Имя Отчество полностью",
    }),
    oneOf("category", "Категория", mentorCategories, { required: true }),
    position,
    subject,
    experience("Полных лет, от 0 до 60"),
    oneOf("qualification", "Квалификационная категория", qualificationLevels, {
      aliases: ["Категория (квалификационная)", "Квалификация"],
    }),
    yesNoColumn("consent", "Согласие", {
      required: true,
      aliases: ["Согласие на наставничество", "Согласие наставника", "Письменное согласие"],
      hint: "Письменное согласие быть наставником: да или нет",
    }),
    yesNoColumn("trained", "Обучение по наставничеству", {
      aliases: ["КПК по наставничеству", "Курсы по наставничеству", "Обучение (КПК) по наставничеству"],
      width: 16,
    }),
    yesNoColumn("rewarded", "Стимулирующая выплата", {
      aliases: ["Стимулирующие выплаты", "Доплата за наставничество"],
      width: 16,
    }),
    text("note", "Примечание", { width: 30 }),
  ],
  readingColumns: [],
};

export const menteesSheet: ListSheetSpec = {
  id: "mentees",
  name: "Наставляемые",
  table: "Mentees",
  aliases: ["База наставляемых", "Банк наставляемых", "Форма базы наставляемых"],
  purpose: "все молодые и новые педагоги ОО, а также обучающиеся — участники программы",
  keyColumn: "fio",
  columns: [
    person("fio", "ФИО", {
      required: true,
      aliases: [
        ...fioAliases,
        "ФИО наставляемого",
        "ФИО наставляемого (полностью)",
        "ФИО молодого специалиста",
        "ФИО участника",
      ],
      hint: "Фамилия Имя Отчество полностью",
    }),
    oneOf("category", "Категория", menteeCategories, { required: true }),
    position,
    subject,
    experience("Для педагогов: полных лет, от 0 до 60"),
    number(
      "age",
      "Возраст, лет",
      { min: 5, max: 80, integer: true, unit: "years" },
      { aliases: ["Возраст", "Возраст наставляемого", "Полных лет"], hint: "Целое число от 5 до 80" },
    ),
    date("birthDate", "Дата рождения", {
      aliases: ["Год рождения", "Дата (год) рождения"],
      readings: { yearAlone: true },
      hint: "Дата или год рождения; нужна, если не указан возраст",
    }),
    yesNoColumn("young", "Молодой специалист", {
      width: 14,
      hint: "Пусто — определяется по категории и стажу",
    }),
    text("difficulties", "Профессиональные затруднения", {
      aliases: [
        "Затруднения",
        "Профессиональные дефициты",
        "Запрос",
        "Запрос наставляемого",
        "Основной запрос наставляемого",
        "Ключевой запрос наставляемого",
      ],
      width: 30,
    }),
    yesNoColumn("retained", "Закрепился в профессии", { width: 14 }),
    text("note", "Примечание", { width: 30 }),
  ],
  readingColumns: [],
};

export const pairsSheet: ListSheetSpec = {
  id: "pairs",
  name: "Пары",
  table: "Pairs",
  aliases: ["Наставнические пары", "Пары и группы"],
  purpose: "наставнические пары и группы: одна строка — одна связь наставника и наставляемого",
  keyColumn: "mentor",
  columns: [
    text("no", "№ пары/группы", { required: true, width: 10, hint: "Строки с одним номером — одна группа" }),
    personRef("mentor", "Наставник", "mentors", {
      required: true,
      aliases: ["ФИО наставника", "ФИО наставника (полностью)"],
    }),
    personRef("mentee", "Наставляемый", "mentees", {
      required: true,
      aliases: ["ФИО наставляемого", "ФИО наставляемого (полностью)"],
    }),
    oneOf("form", "Форма наставничества", pairForms, {
      required: true,
      aliases: ["Форма", "Модель наставничества"],
      width: 30,
      withKind: { key: "kind", spec: pairKinds },
    }),
    oneOf("kind", "Вид наставничества", pairKinds, { required: true, aliases: ["Вид", "Формат"], width: 28 }),
    date("start", "Дата начала", {
      required: true,
      aliases: ["Начало", "Дата вхождения в программу"],
      readings: { monthYear: "first", period: { takes: "from", fills: "plannedEnd" } },
    }),
    date("plannedEnd", "Дата окончания (план)", {
      required: true,
      aliases: [
        "Плановая дата окончания",
        "Окончание (план)",
        "Дата завершения программы наставничества",
        "Дата завершения программы",
      ],
      readings: { monthYear: "last", until: true, period: { takes: "to", fills: "start" } },
      width: 16,
    }),
    date("actualEnd", "Дата окончания (факт)", {
      aliases: ["Фактическая дата окончания", "Дата завершения"],
      readings: { monthYear: "last" },
      width: 16,
    }),
    oneOf("status", "Статус", pairStatuses, { required: true, width: 14 }),
    oneOf("reason", "Причина прекращения", terminationReasons, { hint: "Обязательно для прекращённых пар" }),
    text("orderNo", "Приказ №", { aliases: ["№ приказа", "Номер приказа"], width: 10 }),
    date("orderDate", "Приказ от", { aliases: ["Дата приказа"] }),
    yesNoColumn("program", "Персонализированная программа", { width: 16 }),
    number(
      "mentorScore",
      "Оценка наставника",
      { min: 1, max: 10, integer: true, unit: "score" },
      {
        aliases: ["Удовлетворённость наставника"],
        hint: "Целое число от 1 до 10",
      },
    ),
    number(
      "menteeScore",
      "Оценка наставляемого",
      { min: 1, max: 10, integer: true, unit: "score" },
      {
        aliases: ["Удовлетворённость наставляемого"],
        hint: "Целое число от 1 до 10",
      },
    ),
    text("result", "Результат", {
      aliases: ["Результаты программы", "Результаты программы наставничества"],
      width: 30,
    }),
  ],
  readingColumns: [
    readingOnly("order", "Приказ", { kind: "orderRef", number: "orderNo", date: "orderDate" }, [
      "Приказ о закреплении",
      "Приказ о закреплении пары (группы)",
      "Реквизиты приказа",
    ]),
    readingOnly("term", "Срок наставничества", { kind: "period", from: "start", to: "plannedEnd" }, [
      "Период наставничества",
      "Срок реализации программы",
    ]),
  ],
};

export const planSheet: ListSheetSpec = {
  id: "plan",
  name: "План",
  table: "Plan",
  aliases: ["Дорожная карта", "План мероприятий", "Дорожная карта (план мероприятий)"],
  purpose: "дорожная карта внедрения целевой модели наставничества",
  keyColumn: "event",
  columns: [
    text("no", "№", { width: 6 }),
    oneOf("stage", "Этап", planStages, { required: true, width: 24 }),
    text("event", "Мероприятие", {
      required: true,
      aliases: ["Действия", "Мероприятия", "Наименование мероприятия", "Содержание деятельности"],
      width: 40,
    }),
    text("responsible", "Ответственный", {
      aliases: ["Ответственные", "Ответственный исполнитель"],
      width: 24,
    }),
    date("due", "Срок", {
      required: true,
      aliases: ["Срок исполнения", "Сроки", "Срок выполнения", "Сроки проведения"],
      readings: { monthYear: "last", until: true, duringYear: true },
    }),
    text("expected", "Ожидаемый результат", { aliases: ["Ожидаемый результат, вид документа"], width: 30 }),
    oneOf("status", "Статус", planStatuses, {
      required: true,
      aliases: ["Отметка о выполнении", "Отметка об исполнении", "Выполнение"],
      emptyAs: "Запланировано",
      width: 16,
    }),
    date("doneDate", "Дата выполнения", { readings: { monthYear: "last" }, width: 16 }),
  ],
  readingColumns: [],
};

export const listSheets: readonly ListSheetSpec[] = [mentorsSheet, menteesSheet, pairsSheet, planSheet];

const byId = new Map(listSheets.map((s) => [s.id, s]));
const columnsByKey = new Map(
  listSheets.map((s) => [s, new Map([...s.columns, ...s.readingColumns].map((c) => [c.key, c]))]),
);

export function listSheet(id: ListSheetId): ListSheetSpec {
  return byId.get(id)!;
}

/** Every column a sheet's header row may name: the template's and the reading-only ones. */
export function headerColumns(sheet: ListSheetSpec): readonly ColumnSpec[] {
  let all = headerColumnsMemo.get(sheet);
  if (all === undefined) {
    all = [...sheet.columns, ...sheet.readingColumns];
    headerColumnsMemo.set(sheet, all);
  }
  return all;
}
const headerColumnsMemo = new Map<ListSheetSpec, readonly ColumnSpec[]>();

export function columnOf(sheet: ListSheetSpec, key: string): ColumnSpec {
  const c = columnsByKey.get(sheet)?.get(key);
  if (!c) throw new Error(`Нет столбца ${key} на листе ${sheet.name}`);
  return c;
}
