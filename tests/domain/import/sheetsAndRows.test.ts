/**
 * cli.md "Import" 1 and 2: which sheet goes where, and which rows are data — as the reader finds
 * them, with everything left out listed with its reason.
 */
import { book, merge, rawDate, run, sheet, written } from "./support";

const PAIRS_HEADER = ["ФИО наставника", "ФИО наставляемого", "Форма наставничества", "Вид наставничества"];

describe("sheets to targets", () => {
  it("takes a sheet by its name or alternative name, and the others by their headers", () => {
    const r = run([
      book(
        "школа.xlsx",
        sheet("Форма базы наставников", [
          ["ФИО наставника", "Должность/специальность"],
          ["Белова Ирина Константиновна", "учитель"],
        ]),
        sheet("Лист1", [
          PAIRS_HEADER,
          ["Белова Ирина Константиновна", "Громова Ольга Сергеевна", "учитель – учитель", "традиционная"],
        ]),
        sheet("Лист2", [
          ["Этап", "Мероприятие", "Срок"],
          ["Подготовительный", "Приказ", "01.09.2024"],
        ]),
      ),
    ]);
    expect(r.sheets.map((s) => [s.sheet, s.targetName])).toEqual([
      ["Форма базы наставников", "Наставники"],
      ["Лист1", "Пары"],
      ["Лист2", "План"],
    ]);
    expect(r.notImported).toEqual([]);
  });

  it("breaks a tie of recognised headers in the order Пары, Наставляемые, Наставники, План", () => {
    // «ФИО» and «Должность» are recognised on both person sheets, and on no other: 2 each.
    const r = run([
      book(
        "a.xlsx",
        sheet("Список", [
          ["ФИО", "Должность"],
          ["Громова Ольга Сергеевна", "учитель"],
        ]),
      ),
    ]);
    expect(r.sheets[0].targetName).toBe("Наставляемые");
  });

  it("takes «Сведения» by name only, and says why a sheet is not imported", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Данные", [
          ["Показатель", "Значение"],
          ["Код ОО", "ОО-1"],
        ]),
        sheet("Лист2", []),
        sheet("Заметки", [["позвонить в управление"], ["сдать отчёт"]]),
        sheet("Справочники", [["Категории"], ["Педагог"]]),
        sheet("Сведения об ОО", [
          ["Показатель", "Значение"],
          ["Код ОО", "ОО-1"],
        ]),
      ),
    ]);
    expect(r.notImported).toEqual([
      { file: "a.xlsx", sheet: "Данные", reason: "не распознан", cells: 4 },
      { file: "a.xlsx", sheet: "Лист2", reason: "пустой лист", cells: 0 },
      { file: "a.xlsx", sheet: "Заметки", reason: "не распознан", cells: 2 },
      { file: "a.xlsx", sheet: "Справочники", reason: "служебный лист надстройки", cells: 2 },
    ]);
    expect(r.sheets.map((s) => s.targetName)).toEqual(["Сведения"]);
    expect(r.book.info.values.code).toBe("ОО-1");
  });

  it("counts «Фамилия», «Имя», «Отчество» as one recognised cell and joins them into ФИО", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Кадры", [
          ["Фамилия", "Имя", "Отчество", "Категория"],
          ["Иванова", "Мария", "Петровна", "Учитель"],
          ["Петров", "Олег", null, "Педагог"],
        ]),
      ),
    ]);
    // Two recognised cells (the name, «Категория»): a header row, on «Наставляемые» by the tie order.
    expect(r.sheets[0]).toMatchObject({ targetName: "Наставляемые", headerRow: 1, rows: 2 });
    expect(written(r, "Наставляемые").map((p) => p["ФИО"])).toEqual([
      "Иванова Мария Петровна",
      "Петров Олег",
    ]);
    expect(r.conversions.filter((c) => c.kind === "joinName").map((c) => [c.cell, c.from, c.to])).toEqual([
      ["A2:C2", "Иванова + Мария + Петровна", { ФИО: "Иванова Мария Петровна" }],
      ["A3:B3", "Петров + Олег", { ФИО: "Петров Олег" }],
    ]);
    expect(r.sheets[0].mapped).toEqual([
      ["Фамилия", "ФИО"],
      ["Имя", "ФИО"],
      ["Отчество", "ФИО"],
      ["Категория", "Категория"],
    ]);
  });

  it("joins nothing where a ФИО column exists: the parts stay as extra columns", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Наставники", [
          ["ФИО", "Фамилия", "Категория"],
          ["Иванова Мария Петровна", "Иванова", "Педагог"],
        ]),
      ),
    ]);
    expect(written(r, "Наставники")).toEqual([
      { ФИО: "Иванова Мария Петровна", Категория: "Педагог", Фамилия: { asText: "Иванова" } },
    ]);
  });
});

describe("rows as the reader finds them", () => {
  const base = () =>
    sheet(
      "Форма базы наставников",
      [
        ["База наставников МБОУ «СОШ № 7»"],
        [],
        ["№", "ФИО наставника", "Должность/специальность", "Телефон"],
        [1, 2, 3, 4],
        [1, "Белова Ирина Константиновна", "учитель математики", "+7 900"],
        ["Педагогические работники"],
        [2, "Васильев Олег Петрович", "учитель физики", null],
        [3, "Ушедшая Анна Петровна", "учитель музыки", null],
        [4, null, null, "+7 900 111"],
        ["Итого: 3 наставника"],
        ["Директор", null, null, "________ / Смирнова Е.В."],
      ],
      { hiddenRows: [8], merges: [merge("A1:D1"), merge("A6:D6")] },
    );

  it("skips the rows that are not data, each with its reason, and lists the title above the header", () => {
    const r = run([book("a.xlsx", base())]);
    const s = r.sheets[0];
    expect(s.headerRow).toBe(3);
    expect(s.rows).toBe(2);
    expect(written(r, "Наставники").map((p) => p["ФИО"])).toEqual([
      "Белова Ирина Константиновна",
      "Васильев Олег Петрович",
    ]);
    expect(s.skipped).toEqual([
      { row: 4, reason: "нумерация столбцов" },
      { row: 6, reason: "раздел" },
      { row: 8, reason: "скрытая строка" },
      { row: 9, reason: "нет значений в распознанных столбцах" },
      { row: 10, reason: "итоговая строка" },
      { row: 11, reason: "подпись" },
    ]);
    expect(s.notPlaced).toEqual([
      { cell: "A1", value: "База наставников МБОУ «СОШ № 7»", reason: "над строкой заголовков" },
    ]);
  });

  it("keeps hidden rows as data when the sheet has an active filter (the user filtered them out of view)", () => {
    const r = run([book("a.xlsx", { ...base(), filterActive: true })]);
    expect(written(r, "Наставники").map((p) => p["ФИО"])).toContain("Ушедшая Анна Петровна");
    expect(r.sheets[0].skipped.map((k) => k.reason)).not.toContain("скрытая строка");
  });

  it("imports the skipped rows as data when the user switches skipping off", () => {
    const r = run([book("a.xlsx", base())], { off: new Set(["skipRows"]) });
    // The numbering row has values in ФИО and «Должность»: it becomes a row (ФИО «2»), which is what
    // switching the rule off means. The section, total and signature rows have values only in the
    // columns no template column takes («№», «Телефон»): still not data, and listed.
    expect(written(r, "Наставники").map((p) => p["ФИО"])).toEqual([
      "2",
      "Белова Ирина Константиновна",
      "Васильев Олег Петрович",
      "Ушедшая Анна Петровна",
    ]);
    expect(r.sheets[0].skipped).toEqual(
      [6, 9, 10, 11].map((row) => ({ row, reason: "нет значений в распознанных столбцах" })),
    );
  });

  it("fills merged cells down over the data rows they cover, and lists each filled cell", () => {
    const plan = sheet(
      "Дорожная карта",
      [
        ["Этап", "№", "Мероприятие", "Срок"],
        ["Подготовительный", "1.1", "Приказ", "до 30.08.2024"],
        [null, "1.2", "База наставников", "сентябрь 2024"],
        [null, "1.3", "Программа", rawDate("2024-10-01")],
        ["Реализационный", "2.1", "Школа молодого педагога", "В течение года"],
      ],
      { merges: [merge("A2:A4")] },
    );
    const r = run([book("a.xlsx", plan)]);
    expect(written(r, "План").map((p) => p["Этап"])).toEqual([
      "Подготовительный",
      "Подготовительный",
      "Подготовительный",
      "Реализационный",
    ]);
    const fills = r.conversions.filter((c) => c.kind === "fillDown");
    expect(fills.map((c) => [c.cell, c.to, c.note])).toEqual([
      ["A3", { Этап: "Подготовительный" }, "объединённая ячейка A2:A4 заполнена вниз"],
      ["A4", { Этап: "Подготовительный" }, "объединённая ячейка A2:A4 заполнена вниз"],
    ]);
    const off = run([book("a.xlsx", plan)], { off: new Set(["fillDown"]) });
    expect(written(off, "План").map((p) => p["Этап"] ?? null)).toEqual([
      "Подготовительный",
      null,
      null,
      "Реализационный",
    ]);
  });

  it("drops empty rows silently", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Наставляемые", [["ФИО", "Категория"], [], ["Громова Ольга Сергеевна", "Педагог"], ["  ", ""]]),
      ),
    ]);
    expect(r.sheets[0]).toMatchObject({ rows: 1, skipped: [], notPlaced: [] });
  });
});
