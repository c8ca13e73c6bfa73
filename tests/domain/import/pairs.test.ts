/**
 * cli.md "Import" 4–8: several mentees in one cell, pairs from the Р-145 bases with repeats
 * dropped, generated №, Статус at the import date, persons named only on «Пары».
 */
import { splitMentees } from "../../../src/domain/import/menteeSplit";
import { statusAt } from "../../../src/domain/import/pairsAssembly";
import { book, day, rawDate, run, sheet, written } from "./support";

describe("several mentees in one cell", () => {
  it.each([
    ["Козлов Д.А., Орлова Е.В.", ["Козлов Д.А.", "Орлова Е.В."]],
    ["Лапин Максим, Лапина Полина", ["Лапин Максим", "Лапина Полина"]],
    [
      "Козлов Дмитрий Андреевич,\nОрлова Елена Викторовна",
      ["Козлов Дмитрий Андреевич", "Орлова Елена Викторовна"],
    ],
    [
      "Лунина Софья Андреевна;\r\nМакаров Егор Денисович",
      ["Лунина Софья Андреевна", "Макаров Егор Денисович"],
    ],
    [
      "Шевченко Павел Ильич,  Щукина  Ева Романовна, ,Юдин Марк Артёмович",
      ["Шевченко Павел Ильич", "Щукина Ева Романовна", "Юдин Марк Артёмович"],
    ],
  ])("«%s» names %j", (raw, parts) => {
    expect(splitMentees(raw)).toEqual(parts);
  });

  it.each([
    "Козлов Дмитрий Андреевич",
    "учащиеся 9 «Б» класса (12 чел.)",
    "Иванов, Петров",
    "Козлов Дмитрий Андреевич, Орлова",
    "Козлов Д.А.,",
  ])("«%s» names one", (raw) => {
    expect(splitMentees(raw)).toBeNull();
  });

  it("is linear on a long run of spaces", () => {
    const raw = `Козлов Д.А.${" ".repeat(200_000)}x`;
    const t = Date.now();
    expect(splitMentees(raw)).toBeNull();
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it("gives one «Пары» row per mentee, in order, with the same № and the other cells copied", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Пары", [
          ["№ пары/группы", "Наставник", "Наставляемый", "Вид", "Класс наставляемых"],
          [4, "Чернышёва Ксения Олеговна", "Шевченко Павел Ильич, Щукина Ева Романовна", "в группе", "6 «А»"],
          [5, "Чернышёва Ксения Олеговна", "учащиеся 9 «Б» класса (12 чел.)", "в группе", "9 «Б»"],
        ]),
      ),
    ]);
    expect(
      written(r, "Пары").map((p) => [
        p["№ пары/группы"],
        p["Наставляемый"],
        p["Вид наставничества"],
        p["Класс наставляемых"],
      ]),
    ).toEqual([
      ["4", "Шевченко Павел Ильич", "Групповое", { asText: "6 «А»" }],
      ["4", "Щукина Ева Романовна", "Групповое", { asText: "6 «А»" }],
      ["5", "учащиеся 9 «Б» класса (12 чел.)", "Групповое", { asText: "9 «Б»" }],
    ]);
    expect(r.sheets[0]).toMatchObject({ rows: 2, written: 3 });
    // «учащиеся …» is not a full name: not added to «Наставляемые» (the row then fails P002 at check).
    expect(written(r, "Наставляемые").map((p) => p["ФИО"])).toEqual([
      "Шевченко Павел Ильич",
      "Щукина Ева Романовна",
    ]);
  });
});

describe("pairs from the Р-145 bases", () => {
  const mentorBase = sheet("Форма базы наставников", [
    [
      "ФИО наставника",
      "Должность/специальность",
      "ФИО наставляемого",
      "Форма наставничества",
      "Дата вхождения в программу",
      "Дата завершения программы наставничества",
    ],
    [
      "Белова Ирина Константиновна",
      "учитель математики",
      "Громова Ольга Сергеевна",
      "учитель – учитель",
      "02.09.2024 г.",
      "31.05.2025 г.",
    ],
    [
      "Васильев Олег Петрович",
      "учитель физики",
      "Демидов Артём Ильич, Егорова Нина Павловна",
      "педагог – педагог",
      "2 сентября 2024 г.",
      null,
    ],
    ["Лебедев Кирилл Андреевич", "обучающийся 10 «А» класса", null, null, null, null],
  ]);
  const menteeBase = sheet("Форма базы наставляемых", [
    ["ФИО наставляемого", "Возраст наставляемого", "ФИО наставника", "Дата вхождения в программу"],
    ["Громова Ольга Сергеевна", 24, "Белова И.К.", "02.09.2024г."],
    ["Демидов Артём Ильич", "23 года", "Васильев Олег", rawDate("2024-09-02")],
    ["Егорова Нина Павловна", 25, "Васильев О.П.", "03.09.2024"],
    ["Носов Глеб Андреевич", "14 лет", "Лебедев К.А.", "01.11.2024 г."],
    ["Орлова Вера Игоревна", 23, null, null],
  ]);
  const r = run([book("базы.xlsx", mentorBase, menteeBase)]);
  const pairs = () => written(r, "Пары");

  it("makes a «Пары» row for each base row that names both sides", () => {
    expect(
      pairs().map((p) => [p["№ пары/группы"], p["Наставник"], p["Наставляемый"], p["Дата начала"]]),
    ).toEqual([
      ["1", "Белова Ирина Константиновна", "Громова Ольга Сергеевна", { date: "2024-09-02" }],
      ["2", "Васильев Олег Петрович", "Демидов Артём Ильич", { date: "2024-09-02" }],
      ["2", "Васильев Олег Петрович", "Егорова Нина Павловна", { date: "2024-09-02" }],
      // From the mentee base: a start that differs (03.09) is another link; Лебедев has a mentee only there.
      ["3", "Васильев Олег Петрович", "Егорова Нина Павловна", { date: "2024-09-03" }],
      ["4", "Лебедев Кирилл Андреевич", "Носов Глеб Андреевич", { date: "2024-11-01" }],
    ]);
    expect(r.sheets.map((s) => [s.sheet, s.pairsGenerated])).toEqual([
      ["Форма базы наставников", 3],
      ["Форма базы наставляемых", 2],
    ]);
  });

  it("drops a row of the mentee base that repeats a link of the mentor base (short names resolved)", () => {
    expect(r.sheets[1].repeats).toEqual([
      { row: 2, of: "строки 2 листа «Форма базы наставников»" },
      { row: 3, of: "строки 3 листа «Форма базы наставников»" },
    ]);
    // The readings of a repeat are not listed: nothing of it is written.
    expect(
      r.conversions.filter(
        (c) => c.sheet === "Форма базы наставляемых" && c.cell.endsWith("2") && c.target === "Пары",
      ),
    ).toEqual([]);
  });

  it("writes a short name as the person's ФИО, and says so", () => {
    expect(r.conversions).toContainEqual(
      expect.objectContaining({
        cell: "C5",
        from: "Лебедев К.А.",
        to: { Наставник: "Лебедев Кирилл Андреевич" },
        note: "краткое имя",
      }),
    );
  });

  it("keeps the base's columns on its own sheet too, as extra columns", () => {
    expect(written(r, "Наставники")[0]).toEqual({
      ФИО: "Белова Ирина Константиновна",
      Должность: "учитель математики",
      "ФИО наставляемого": { asText: "Громова Ольга Сергеевна" },
      "Форма наставничества": { asText: "учитель – учитель" },
      "Дата вхождения в программу": { asText: "02.09.2024 г." },
      "Дата завершения программы наставничества": { asText: "31.05.2025 г." },
    });
    expect(r.sheets[0].pairsMapped).toEqual([
      ["ФИО наставляемого", "Наставляемый"],
      ["Форма наставничества", "Форма наставничества"],
      ["Дата вхождения в программу", "Дата начала"],
      ["Дата завершения программы наставничества", "Дата окончания (план)"],
    ]);
  });

  it("lists the columns to fill by hand", () => {
    expect(r.missingRequired).toEqual([
      { sheet: "Наставники", column: "Категория" },
      { sheet: "Наставники", column: "Согласие" },
      { sheet: "Наставляемые", column: "Категория" },
      { sheet: "Пары", column: "Форма наставничества" },
      { sheet: "Пары", column: "Вид наставничества" },
      { sheet: "Пары", column: "Дата окончания (план)" },
    ]);
  });

  it("makes no pairs when the user switches it off", () => {
    const off = run([book("базы.xlsx", mentorBase, menteeBase)], { off: new Set(["pairsFromBases"]) });
    expect(written(off, "Пары")).toEqual([]);
    expect(off.missingRequired.map((m) => m.sheet)).not.toContain("Пары");
  });
});

describe("№ пары/группы", () => {
  it("is generated after the largest numeric № imported, one per source row", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Приказ", [
          ["Наставник", "Наставляемый", "Форма"],
          ["Руденко Анна Викторовна", "Быкова Таисия Романовна; Власова Юлия Андреевна", "учитель – учитель"],
          ["Руденко Анна Викторовна", "Абрамов Лев Сергеевич", "учитель – учитель"],
        ]),
      ),
      book(
        "b.xlsx",
        sheet("Пары", [
          ["№ пары/группы", "Наставник", "Наставляемый"],
          ["12", "Руденко Анна Викторовна", "Савельев Денис Олегович"],
          ["гр-3", "Руденко Анна Викторовна", "Цветкова Ирина Андреевна"],
        ]),
      ),
    ]);
    expect(written(r, "Пары").map((p) => p["№ пары/группы"])).toEqual(["13", "13", "14", "12", "гр-3"]);
    expect(r.sheets[0].numbered).toEqual({ first: 13, last: 14 });
  });
});

describe("Статус at the import date A", () => {
  const A = day("2024-10-15");
  it.each([
    ["starts after A", { start: "2024-11-01" }, "Планируется"],
    ["started, no end", { start: "2024-09-02" }, "Действует"],
    ["planned end on A", { start: "2024-09-02", plannedEnd: "2024-10-15" }, "Действует"],
    ["planned end before A", { start: "2023-09-01", plannedEnd: "2024-05-31" }, "Завершена"],
    [
      "actual end on A",
      { start: "2024-09-02", plannedEnd: "2025-05-31", actualEnd: "2024-10-15" },
      "Завершена",
    ],
    ["actual end after A", { start: "2024-09-02", actualEnd: "2024-10-16" }, "Действует"],
    ["no readable start", { start: null, plannedEnd: "2025-05-31" }, null],
  ])("%s → %s", (_name, dates, want) => {
    const values = Object.fromEntries(
      Object.entries(dates).map(([k, v]) => [k, v === null ? { asText: "1 год" } : { date: v }]),
    );
    expect(statusAt(values, A)).toBe(want);
  });

  it("is derived for a row without one and listed; a written Статус is kept", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Пары", [
          ["№ пары/группы", "Наставник", "Наставляемый", "Дата начала", "Статус"],
          [1, "Руденко Анна Викторовна", "Быкова Таисия Романовна", "01.11.2024", null],
          [2, "Руденко Анна Викторовна", "Власова Юлия Андреевна", "02.09.2024", "приостановлено"],
        ]),
      ),
    ]);
    expect(written(r, "Пары").map((p) => p["Статус"])).toEqual(["Планируется", "Приостановлена"]);
    expect(r.conversions.filter((c) => c.kind === "status")).toEqual([
      expect.objectContaining({
        cell: "D2",
        from: "01.11.2024",
        to: { Статус: "Планируется" },
        note: "Статус выведен из дат на 15.10.2024",
      }),
    ]);
  });
});

describe("persons named only on «Пары»", () => {
  it("adds a full name to its sheet with its ФИО only; a short name or a text is not added", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Наставники", [
          ["ФИО", "Категория"],
          ["Руденко Анна Викторовна", "Педагог"],
        ]),
        sheet("Пары", [
          ["№ пары/группы", "Наставник", "Наставляемый"],
          [1, "Руденко А.В.", "Быкова Таисия Романовна"],
          [2, "Петров С.Н.", "Быкова Таисия Романовна"],
          [3, "Харитонов Сергей Павлович", "учащиеся 9 «Б» класса"],
        ]),
      ),
    ]);
    expect(written(r, "Наставники")).toEqual([
      { ФИО: "Руденко Анна Викторовна", Категория: "Педагог" },
      { ФИО: "Харитонов Сергей Павлович" },
    ]);
    expect(written(r, "Наставляемые")).toEqual([{ ФИО: "Быкова Таисия Романовна" }]);
    expect(r.conversions.filter((c) => c.kind === "personAdded").map((c) => [c.cell, c.note])).toEqual([
      ["C2", "добавлен из листа «Пары» на лист «Наставляемые»"],
      ["B4", "добавлен из листа «Пары» на лист «Наставники»"],
    ]);
    expect(r.missingRequired).toEqual(
      expect.arrayContaining([
        { sheet: "Наставники", column: "Категория" },
        { sheet: "Наставники", column: "Согласие" },
        { sheet: "Наставляемые", column: "Категория" },
      ]),
    );
  });
});
