/** Header normalisation: lower case, ё→е, only letters/digits/№ kept, whitespace collapsed, trimmed. */
import { normalizeHeader } from "../../../src/domain/text/normalize";

it.each([
  ["Ф.И.О.", "фио"],
  ["ФИО", "фио"],
  ["Приказ №", "приказ №"],
  ["№ приказа", "№ приказа"],
  ["№ пары/группы", "№ парыгруппы"],
  ["Дата окончания (план)", "дата окончания план"],
  ["  Педагогический   стаж,  лет ", "педагогический стаж лет"],
  ["Удовлетворённость наставника", "удовлетворенность наставника"],
  ["Предмет / направление", "предмет направление"],
  ["Пед. стаж", "пед стаж"],
  ["Стаж (лет)", "стаж лет"],
  ["Отчётная дата", "отчетная дата"],
])("«%s» → «%s»", (header, normal) => {
  expect(normalizeHeader(header)).toBe(normal);
});

it("makes a header, its alias spelling and a sloppy copy meet", () => {
  expect(normalizeHeader("Ф. И. О.")).toBe(normalizeHeader("ф. и. о."));
  expect(normalizeHeader("Приказ №:")).toBe(normalizeHeader("приказ №"));
  expect(normalizeHeader("ДАТА ОКОНЧАНИЯ (ФАКТ)")).toBe(normalizeHeader("Дата окончания факт"));
  expect(normalizeHeader("Оценка наставляемого*")).toBe(normalizeHeader("Оценка наставляемого"));
});

it("keeps digits and Latin letters (they are letters too)", () => {
  expect(normalizeHeader("Класс 8Б")).toBe("класс 8б");
  expect(normalizeHeader("E-mail")).toBe("email");
});
