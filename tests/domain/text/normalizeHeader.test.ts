/**
 * Header normalisation (workbook.md v2): lower case; ё→е; every dash and «/» → a space; other
 * characters that are not letters, digits, «№» or whitespace removed; whitespace collapsed; trimmed.
 */
import { normalizeHeader, normalizeSheetName } from "../../../src/domain/text/normalize";

it.each([
  ["Ф.И.О.", "фио"],
  ["ФИО", "фио"],
  ["Ф. И. О.", "ф и о"],
  ["Приказ №", "приказ №"],
  ["№ приказа", "№ приказа"],
  ["№ пары/группы", "№ пары группы"],
  ["Должность/специальность", "должность специальность"],
  ["„учитель – учитель“", "учитель учитель"],
  ["учитель-учитель", "учитель учитель"],
  ["Дата окончания (план)", "дата окончания план"],
  ["  Педагогический   стаж,  лет ", "педагогический стаж лет"],
  ["Удовлетворённость наставника", "удовлетворенность наставника"],
  ["Предмет / направление", "предмет направление"],
  ["Предмет/направление", "предмет направление"],
  ["Пед. стаж", "пед стаж"],
  ["Стаж (лет)", "стаж лет"],
  ["Отчётная дата", "отчетная дата"],
  ["Ожидаемый результат, вид документа", "ожидаемый результат вид документа"],
  ["ФИО\nнаставника", "фио наставника"],
  ["ФИО\u00a0наставника", "фио наставника"],
  ["E-mail", "e mail"],
  ["Срок — исполнения", "срок исполнения"],
])("«%s» → «%s»", (header, normal) => {
  expect(normalizeHeader(header)).toBe(normal);
});

it("makes a header, its alias spelling and a sloppy copy meet", () => {
  expect(normalizeHeader("Ф. И. О.")).toBe(normalizeHeader("ф. и. о."));
  expect(normalizeHeader("Приказ №:")).toBe(normalizeHeader("приказ №"));
  expect(normalizeHeader("ДАТА ОКОНЧАНИЯ (ФАКТ)")).toBe(normalizeHeader("Дата окончания факт"));
  expect(normalizeHeader("Оценка наставляемого*")).toBe(normalizeHeader("Оценка наставляемого"));
  expect(normalizeHeader("Предмет/направление")).toBe(normalizeHeader("Предмет / направление"));
});

it("keeps digits and Latin letters (they are letters too)", () => {
  expect(normalizeHeader("Класс 8Б")).toBe("класс 8б");
});

it("compares sheet names the same way", () => {
  expect(normalizeSheetName(" Банк  наставников ")).toBe(normalizeSheetName("банк наставников"));
  expect(normalizeSheetName("Дорожная карта (план мероприятий)")).toBe("дорожная карта план мероприятий");
  expect(normalizeSheetName("Пары-и-группы")).toBe(normalizeSheetName("Пары и группы"));
});
