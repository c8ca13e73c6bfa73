/** Issues are reported in worksheet order within each sheet. */
import { evaluate } from "../evaluate";
import { mentee, mentor, pair, planItem, rawDate } from "../builders";
import { KRYLOVA, ORLOV, PETROVA, SOKOLOV, ZUEVA, tidy } from "./tidySchool";

it("lists each sheet's issues by worksheet row, whatever rule found them", () => {
  const r = evaluate(
    tidy({
      mentors: [
        mentor(PETROVA),
        mentor(SOKOLOV, { Согласие: "нет" }),
        mentor("Иванов И.И."),
        mentor("Лебедева Ольга Николаевна", { "Педагогический стаж, лет": 80 }),
      ],
      mentees: [
        mentee(KRYLOVA),
        mentee(ORLOV, { "Молодой специалист": "да", "Педагогический стаж, лет": 9 }),
        mentee(ZUEVA),
        mentee("Кузин Олег", { Категория: "Стажёр" }),
      ],
      pairs: [
        pair("1", PETROVA, KRYLOVA, { "Приказ №": null }),
        pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
        pair("3", "Неизвестная Анна Петровна", ZUEVA, { "Дата начала": "31.02.2024" }),
        pair("4", PETROVA, ZUEVA, { Статус: "Прекращена", "Дата окончания (факт)": rawDate("2024-11-01") }),
      ],
      plan: [
        planItem("Педсовет", { Статус: "Выполнено", "Дата выполнения": null }),
        planItem("Семинар", {
          Срок: rawDate("2024-12-01"),
          Статус: "Запланировано",
          "Дата выполнения": null,
        }),
      ],
    }),
  );
  const sheets = [...new Set(r.issues.map((i) => i.sheet))];
  expect(sheets).toEqual(expect.arrayContaining(["Наставники", "Наставляемые", "Пары", "План"]));
  for (const sheet of sheets) {
    const rows = r.issues.filter((i) => i.sheet === sheet).map((i) => i.row ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  }
  // each sheet's issues are contiguous: a reader goes through one sheet, then the next
  const order = r.issues.map((i) => i.sheet);
  expect(order.filter((s, k) => k === 0 || s !== order[k - 1])).toEqual(sheets);
  const pairsRows = r.issues.filter((i) => i.sheet === "Пары").map((i) => `${i.code}!${i.row}`);
  expect(pairsRows).toEqual(expect.arrayContaining(["P008!2", "P009!3", "F002!4", "P001!4", "P007!5"]));
});
