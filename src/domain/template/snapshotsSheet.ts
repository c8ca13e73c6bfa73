/**
 * «Срезы»: the KPI history of a school, one row per snapshot date and measure (snapshots/measures.ts).
 * The add-in appends to it («Зафиксировать срез») and never rewrites it: the rows are the school's
 * record of what the figures were. «Показатель» and «Значение» are for people; the reader uses the
 * date, the code and the numerator and denominator.
 */
import { date, number, text, type ColumnSpec } from "./columns";

export const SNAPSHOTS_SHEET = "Срезы";
export const SNAPSHOTS_TABLE = "Snapshots";

export const snapshotsSheet = {
  name: SNAPSHOTS_SHEET,
  table: SNAPSHOTS_TABLE,
  aliases: ["Срезы показателей", "История показателей"],
  columns: [
    date("date", "Дата среза", { required: true, aliases: ["Дата"] }),
    text("code", "Код показателя", { required: true, aliases: ["Код"], width: 22 }),
    text("title", "Показатель", { width: 48 }),
    number("numerator", "Числитель", { min: 0, max: 1e9 }, { required: true }),
    number("denominator", "Знаменатель", { min: 0, max: 1e9 }),
    number("value", "Значение", { min: 0, max: 1e9 }, { width: 12 }),
    text("unit", "Единица", { width: 10 }),
    date("fixedOn", "Зафиксировано", { width: 16 }),
  ] satisfies readonly ColumnSpec[],
} as const;
