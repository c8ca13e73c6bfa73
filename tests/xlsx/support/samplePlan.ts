/** A small hand-built WritePlan exercising every part the ExcelJS writer translates. */
import { DATE_FORMAT, TEXT_FORMAT, type WritePlan } from "../../../src/domain/plan/writePlan";

export const FORMULA_TEXT = '=HYPERLINK("http://x","y")';
export const PHONE_TEXT = "+7 999 123-45-67";

export const samplePlan: WritePlan = {
  activate: "Проверка",
  sheets: [
    {
      name: "Пары",
      mode: "create",
      tabColor: "#1F4E79",
      freezeRows: 1,
      columnWidths: [
        { col: 1, width: 32 },
        { col: 2, width: 14 },
      ],
      tables: [
        {
          name: "Pairs",
          row: 1,
          col: 1,
          headers: ["Наставник", "Дата начала", "Телефон", "Примечание", "Оценка", "Статус"],
          rows: [
            ["Иванова Анна Петровна", { date: "2024-09-01" }, PHONE_TEXT, FORMULA_TEXT, 9, "Действует"],
            ["Петров Пётр Петрович", { date: "2024-10-15" }, "8 (800) 555-35-35", null, null, "Ошибка"],
          ],
          columnFormats: [TEXT_FORMAT, DATE_FORMAT, TEXT_FORMAT, TEXT_FORMAT, null, TEXT_FORMAT],
        },
      ],
      validations: [
        {
          table: "Pairs",
          column: "Наставник",
          rule: { kind: "list", source: "=Справочники!$A$2:$A$4" },
          prompt: { title: "Наставник", message: "Выберите ФИО из списка «Наставники»." },
          error: { title: "Нет в списке", message: "Такого наставника нет на листе «Наставники»." },
        },
        {
          table: "Pairs",
          column: "Дата начала",
          rule: { kind: "date", min: "2000-01-01", max: "2100-12-31" },
        },
        { table: "Pairs", column: "Оценка", rule: { kind: "wholeNumber", min: 1, max: 10 } },
        { table: "Pairs", column: "Статус", rule: { kind: "list", source: ["Действует", "Завершена"] } },
      ],
      conditionalFormats: [
        { range: "F2:F3", rules: [{ equals: "Ошибка", fill: "#FFC7CE", fontColor: "#9C0006" }] },
      ],
      print: { orientation: "landscape", fitToWidth: true, titleRows: "$1:$1" },
    },
    {
      name: "Проверка",
      mode: "create",
      blocks: [
        { row: 1, col: 1, values: [["Проверка книги"]], style: { bold: true, fontSize: 14 } },
        {
          row: 3,
          col: 1,
          values: [
            ["Лист", "Строка", "Значение", "Перейти"],
            ["Пары", 2, FORMULA_TEXT, { link: "'Пары'!A2", text: "Пары, строка 2" }],
            ["Пары", 3, PHONE_TEXT, { formula: "=1+1" }],
            ["Пары", 4, { date: "2024-12-20" }, true],
          ],
          numberFormat: [null, null, TEXT_FORMAT, null],
          style: { border: true, wrap: true, fill: "#F2F2F2" },
        },
      ],
      charts: [
        {
          name: "issuesChart",
          type: "columnClustered",
          title: "Проблемы по листам",
          dataRange: "A3:B6",
          seriesBy: "columns",
          from: "F2",
          to: "M20",
        },
      ],
    },
    {
      name: "Справочники",
      mode: "create",
      hidden: true,
      blocks: [
        {
          row: 1,
          col: 1,
          values: [["Наставники"], ["Иванова Анна Петровна"], ["Петров Пётр Петрович"], ["Сидорова Ольга"]],
        },
      ],
    },
  ],
};
