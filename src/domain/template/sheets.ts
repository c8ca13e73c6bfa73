/**
 * Template v1 (workbook.md) as data: the list sheets with their columns, and the two key–value
 * sheets «Сведения» and «Настройки». One place to add a column.
 */
import { date, number, oneOf, person, personRef, text, yesNoColumn, type ColumnSpec } from "./columns";
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
  /** What the add-in says this sheet is for. */
  readonly purpose: string;
}

const fioAliases = ["Ф.И.О.", "Ф. И. О.", "ФИО полностью", "Фамилия имя отчество"];
const experience = (hint: string): ColumnSpec =>
  number(
    "experience",
    "Педагогический стаж, лет",
    { min: 0, max: 60 },
    {
      aliases: ["Стаж", "Стаж работы", "Педагогический стаж", "Пед. стаж", "Стаж (лет)"],
      hint,
    },
  );
const subject = text("subject", "Предмет / направление", {
  aliases: ["Предмет", "Преподаваемый предмет", "Направление"],
  width: 22,
});

export const mentorsSheet: ListSheetSpec = {
  id: "mentors",
  name: "Наставники",
  table: "Mentors",
  aliases: ["Банк наставников"],
  purpose: "банк наставников ОО",
  columns: [
    person("fio", "ФИО", {
      required: true,
      aliases: [...fioAliases, "ФИО наставника"],
      hint: "Фамилия Имя Отчество полностью",
    }),
    oneOf("category", "Категория", mentorCategories, { required: true }),
    text("position", "Должность", { hint: "Для обучающихся — класс, например 8Б" }),
    subject,
    experience("Полных лет, от 0 до 60"),
    oneOf("qualification", "Квалификационная категория", qualificationLevels, {
      aliases: ["Категория (квалификационная)"],
    }),
    yesNoColumn("consent", "Согласие", {
      required: true,
      hint: "Письменное согласие быть наставником: да или нет",
    }),
    yesNoColumn("trained", "Обучение по наставничеству", { width: 16 }),
    yesNoColumn("rewarded", "Стимулирующая выплата", { width: 16 }),
    text("note", "Примечание", { width: 30 }),
  ],
};

export const menteesSheet: ListSheetSpec = {
  id: "mentees",
  name: "Наставляемые",
  table: "Mentees",
  aliases: ["База наставляемых", "Банк наставляемых"],
  purpose: "все молодые и новые педагоги ОО, а также обучающиеся — участники программы",
  columns: [
    person("fio", "ФИО", {
      required: true,
      aliases: [...fioAliases, "ФИО наставляемого", "ФИО молодого специалиста", "ФИО участника"],
      hint: "Фамилия Имя Отчество полностью",
    }),
    oneOf("category", "Категория", menteeCategories, { required: true }),
    text("position", "Должность", { hint: "Для обучающихся — класс, например 8Б" }),
    subject,
    experience("Для педагогов: полных лет, от 0 до 60"),
    number("age", "Возраст, лет", { min: 10, max: 80, integer: true }, { hint: "Целое число от 10 до 80" }),
    yesNoColumn("young", "Молодой специалист", {
      width: 14,
      hint: "Пусто — определяется по категории и стажу",
    }),
    text("difficulties", "Профессиональные затруднения", { width: 30 }),
    yesNoColumn("retained", "Закрепился в профессии", { width: 14 }),
    text("note", "Примечание", { width: 30 }),
  ],
};

export const pairsSheet: ListSheetSpec = {
  id: "pairs",
  name: "Пары",
  table: "Pairs",
  aliases: ["Наставнические пары", "Пары и группы"],
  purpose: "наставнические пары и группы: одна строка — одна связь наставника и наставляемого",
  columns: [
    text("no", "№ пары/группы", { required: true, width: 10, hint: "Строки с одним номером — одна группа" }),
    personRef("mentor", "Наставник", "mentors", { required: true, aliases: ["ФИО наставника"] }),
    personRef("mentee", "Наставляемый", "mentees", { required: true, aliases: ["ФИО наставляемого"] }),
    oneOf("form", "Форма наставничества", pairForms, {
      required: true,
      aliases: ["Форма", "Модель наставничества"],
      width: 30,
    }),
    oneOf("kind", "Вид наставничества", pairKinds, { required: true, aliases: ["Вид", "Формат"], width: 28 }),
    date("start", "Дата начала", { required: true, aliases: ["Начало", "Дата вхождения в программу"] }),
    date("plannedEnd", "Дата окончания (план)", {
      required: true,
      aliases: ["Плановая дата окончания", "Окончание (план)"],
      width: 16,
    }),
    date("actualEnd", "Дата окончания (факт)", {
      aliases: ["Фактическая дата окончания", "Дата завершения"],
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
      { min: 1, max: 10, integer: true },
      {
        aliases: ["Удовлетворённость наставника"],
        hint: "Целое число от 1 до 10",
      },
    ),
    number(
      "menteeScore",
      "Оценка наставляемого",
      { min: 1, max: 10, integer: true },
      {
        aliases: ["Удовлетворённость наставляемого"],
        hint: "Целое число от 1 до 10",
      },
    ),
    text("result", "Результат", { width: 30 }),
  ],
};

export const planSheet: ListSheetSpec = {
  id: "plan",
  name: "План",
  table: "Plan",
  aliases: ["Дорожная карта"],
  purpose: "дорожная карта внедрения целевой модели наставничества",
  columns: [
    text("no", "№", { width: 6 }),
    oneOf("stage", "Этап", planStages, { required: true, width: 24 }),
    text("event", "Мероприятие", { required: true, width: 40 }),
    text("responsible", "Ответственный", { width: 24 }),
    date("due", "Срок", { required: true }),
    text("expected", "Ожидаемый результат", { width: 30 }),
    oneOf("status", "Статус", planStatuses, { required: true, width: 16 }),
    date("doneDate", "Дата выполнения", { width: 16 }),
  ],
};

export const listSheets: readonly ListSheetSpec[] = [mentorsSheet, menteesSheet, pairsSheet, planSheet];

const byId = new Map(listSheets.map((s) => [s.id, s]));
const columnsByKey = new Map(listSheets.map((s) => [s, new Map(s.columns.map((c) => [c.key, c]))]));

export function listSheet(id: ListSheetId): ListSheetSpec {
  return byId.get(id)!;
}

export function columnOf(sheet: ListSheetSpec, key: string): ColumnSpec {
  const c = columnsByKey.get(sheet)?.get(key);
  if (!c) throw new Error(`Нет столбца ${key} на листе ${sheet.name}`);
  return c;
}
