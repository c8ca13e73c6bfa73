/** Workbooks methodists really bring: their own lists with title rows, own headers and spellings. */
import type { RawCell } from "../../src/domain/grid";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { MemoryPort } from "./memoryPort";

/** «Банк наставников»: two title rows, headers in row 3, own column order, values as typed. */
export const bankOfMentors: RawCell[][] = [
  ["Банк наставников МБОУ СОШ № 7"],
  ["на 2024/2025 учебный год"],
  ["Ф.И.О.", "Должность", "Стаж работы", "Категория", "Согласие", "Квалификация", "Телефон"],
  ["Иванова Анна Петровна", "учитель математики", "25 лет", "Учитель", "Да", "высшая", "+7 900 000-00-01"],
  ["Петров Пётр Петрович", "учитель физики", "3 года", "Учитель", "нет", "первая", null],
  ["Сидорова Мария Ивановна", "заместитель директора", 12, "Администрация", "уточнить", "Высшая", null],
  [],
  ["Кузнецов Иван Сергеевич", "учитель истории", "5,5", "Учитель", "+", "без категории", null],
];

/** A list of pairs with text dates (one impossible), dash variants and synonyms. */
export const pairsList: RawCell[][] = [
  ["Закрепление наставнических пар"],
  [],
  [
    "№ пары/группы",
    "ФИО наставника",
    "ФИО наставляемого",
    "Форма",
    "Вид",
    "Начало",
    "Окончание (план)",
    "Статус",
  ],
  [
    "1",
    "Иванова Анна Петровна",
    "Смирнова Ольга Игоревна",
    "Учитель-учитель",
    "Традиционное",
    "01.09.2024",
    "31.05.2025",
    "Действующая",
  ],
  [
    "2",
    "Петров Пётр Петрович",
    "Орлов Никита Андреевич",
    "Учитель — учитель",
    "В группе",
    "31.02.2024",
    "2025-05-31",
    "Действует",
  ],
];

/** A workbook that already has the template (empty tables), plus the given extra sheets. */
export async function templateWorkbook(extra: Record<string, RawCell[][]> = {}): Promise<MemoryPort> {
  const port = new MemoryPort();
  for (const [name, rows] of Object.entries(extra)) port.addSheet(name, rows);
  await port.apply(templatePlan());
  port.plans.length = 0;
  port.calls.apply = 0;
  return port;
}
