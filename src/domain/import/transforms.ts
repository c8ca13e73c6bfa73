/**
 * The transforms an import applies beyond reading each value (cli.md "Import" 1–8). The CLI
 * applies them all; «Перенести лист» names each in its preview and lets the user switch it off.
 */
export type TransformId =
  | "joinName"
  | "splitPeriod"
  | "splitOrder"
  | "splitMentees"
  | "fillDown"
  | "skipRows"
  | "deriveStatus"
  | "generateNo"
  | "pairsFromBases"
  | "addPersons"
  | "orderFromTitle";

export interface TransformSpec {
  readonly id: TransformId;
  /** What it does, in Russian, for the preview's switch. */
  readonly label: string;
  /** What switching it off means. */
  readonly off: string;
}

export const TRANSFORMS: readonly TransformSpec[] = [
  {
    id: "skipRows",
    label: "Пропустить строки, которые не являются данными (скрытые, нумерация, итоги, разделы, подписи)",
    off: "такие строки будут перенесены как данные",
  },
  {
    id: "fillDown",
    label: "Заполнить объединённые ячейки вниз",
    off: "значение останется только в первой строке объединения",
  },
  {
    id: "joinName",
    label: "Собрать ФИО из столбцов «Фамилия», «Имя», «Отчество»",
    off: "столбцы перенесутся как дополнительные, ФИО останется пустым",
  },
  {
    id: "splitPeriod",
    label: "Разделить срок на «Дата начала» и «Дата окончания (план)»",
    off: "срок перенесётся текстом",
  },
  {
    id: "splitOrder",
    label: "Разделить приказ на «Приказ №» и «Приказ от»",
    off: "приказ перенесётся текстом в дополнительный столбец",
  },
  {
    id: "orderFromTitle",
    label: "Взять приказ из строки над таблицей",
    off: "«Приказ №» и «Приказ от» останутся пустыми",
  },
  {
    id: "splitMentees",
    label: "Разделить несколько наставляемых в одной ячейке на отдельные строки",
    off: "ячейка перенесётся как одно ФИО",
  },
  {
    id: "pairsFromBases",
    label: "Создать строки «Пары» из баз наставников и наставляемых",
    off: "пары из баз не создаются",
  },
  {
    id: "generateNo",
    label: "Присвоить № пары/группы, если его нет",
    off: "№ останется пустым",
  },
  {
    id: "deriveStatus",
    label: "Вывести статус пары из дат",
    off: "статус останется пустым",
  },
  {
    id: "addPersons",
    label: "Добавить людей, названных только на листе «Пары»",
    off: "они не добавляются на листы «Наставники» и «Наставляемые»",
  },
];
