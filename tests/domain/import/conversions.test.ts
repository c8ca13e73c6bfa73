/**
 * cli.md "Import" 3: values are written as read — canonical enum values, dates as date cells,
 * numbers as numbers — and each change is listed with its cell; a value that cannot be read is
 * written as its original text and listed «не прочитано».
 */
import { book, rawDate, run, sheet, written } from "./support";

const pairs = (
  rows: unknown[][],
  header = [
    "№ пары/группы",
    "Наставник",
    "Наставляемый",
    "Форма",
    "Вид",
    "Начало",
    "Окончание (план)",
    "Статус",
  ],
) => book("пары.xlsx", sheet("Пары", [header, ...(rows as never[][])]));

const C = (cell: string, from: string, to: Record<string, unknown>, note: string) => ({
  cell,
  from,
  to,
  note,
});
/** The readings of cells (the persons added and the statuses derived are other tests'). */
const readings = (r: ReturnType<typeof run>) =>
  r.conversions.filter((c) => c.kind !== "personAdded" && c.kind !== "status");
const conversions = (r: ReturnType<typeof run>) => readings(r).map((c) => C(c.cell, c.from, c.to, c.note));

describe("values written as read", () => {
  const r = run([
    pairs([
      [
        1,
        "Белова Ирина Константиновна",
        "Громова Ольга Сергеевна",
        "учитель-учитель",
        "традиционная",
        "сентябрь 2023",
        "май 2024",
        "Завершено",
      ],
      [
        2,
        "Белова Ирина Константиновна",
        "Морозова Дарья Викторовна",
        "Учитель – учитель",
        "Традиционное (один на один)",
        rawDate("2024-09-02"),
        "04.09.2025г.",
        "Действует",
      ],
      [
        3,
        "Белова Ирина Константиновна",
        "Носов Глеб Андреевич",
        "Учитель – учитель",
        "Групповое",
        11,
        "31.02.2025",
        "Действует",
      ],
    ]),
  ]);

  it("writes canonical values, date cells and numbers", () => {
    expect(written(r, "Пары")[0]).toMatchObject({
      "Форма наставничества": "Учитель – учитель",
      "Вид наставничества": "Традиционное (один на один)",
      "Дата начала": { date: "2023-09-01" },
      "Дата окончания (план)": { date: "2024-05-31" },
      Статус: "Завершена",
    });
  });

  it("lists every change with its cell and how it was read, and nothing that was already so", () => {
    expect(conversions(r)).toEqual([
      C("D2", "учитель-учитель", { "Форма наставничества": "Учитель – учитель" }, "значение из списка"),
      C("E2", "традиционная", { "Вид наставничества": "Традиционное (один на один)" }, "значение из списка"),
      C("F2", "сентябрь 2023", { "Дата начала": "2023-09-01" }, "месяц и год"),
      C("G2", "май 2024", { "Дата окончания (план)": "2024-05-31" }, "месяц и год"),
      C("H2", "Завершено", { Статус: "Завершена" }, "значение из списка"),
      C("G3", "04.09.2025г.", { "Дата окончания (план)": "2025-09-04" }, "дата из текста"),
      // The number 11 under a date column is the serial 11 — 11.01.1900 — and it is said.
      C("F4", "11", { "Дата начала": "1900-01-11" }, "число как дата"),
      C("G4", "31.02.2025", { "Дата окончания (план)": "31.02.2025" }, "не прочитано"),
    ]);
  });

  it("writes a value it cannot read as the text the user typed, and counts it", () => {
    expect(written(r, "Пары")[2]["Дата окончания (план)"]).toEqual({ asText: "31.02.2025" });
    expect(r.unreadable).toBe(1);
  });
});

describe("one cell that fills two columns", () => {
  it("splits a period into Дата начала and Дата окончания (план)", () => {
    const r = run([
      pairs(
        [
          [1, "Руденко Анна Викторовна", "Савельев Денис Олегович", "с 02.09.2024 по 30.05.2025"],
          [2, "Руденко Анна Викторовна", "Быкова Таисия Романовна", "сентябрь 2024 – май 2025"],
          [3, "Руденко Анна Викторовна", "Абрамов Лев Сергеевич", "1 год"],
        ],
        ["№ пары/группы", "Наставник", "Наставляемый", "Срок наставничества"],
      ),
    ]);
    const rows = written(r, "Пары");
    const cells = (p: (typeof rows)[number]) => [
      p["Дата начала"] ?? null,
      p["Дата окончания (план)"] ?? null,
      p["Срок наставничества"] ?? null,
    ];
    expect(rows.map(cells)).toEqual([
      [{ date: "2024-09-02" }, { date: "2025-05-30" }, null],
      [{ date: "2024-09-01" }, { date: "2025-05-31" }, null],
      // Not a period: kept as typed in a column of its own header, where the next read finds it again.
      [null, null, { asText: "1 год" }],
    ]);
    expect(conversions(r)).toEqual([
      C(
        "D2",
        "с 02.09.2024 по 30.05.2025",
        { "Дата начала": "2024-09-02", "Дата окончания (план)": "2025-05-30" },
        "период",
      ),
      C(
        "D3",
        "сентябрь 2024 – май 2025",
        { "Дата начала": "2024-09-01", "Дата окончания (план)": "2025-05-31" },
        "период",
      ),
      C("D4", "1 год", { "Срок наставничества": "1 год" }, "не прочитано"),
    ]);
    expect(r.sheets[0].mapped).toContainEqual(["Срок наставничества", "Дата начала + Дата окончания (план)"]);
    // The period column stands in for the two dates: nothing to fill by hand for them.
    expect(r.missingRequired.map((m) => m.column)).not.toContain("Дата начала");
  });

  it("splits a period written in Дата начала, the other column taking its end", () => {
    const r = run([
      pairs([
        [1, "Руденко Анна Викторовна", "Савельев Денис Олегович", null, null, "01.09.2024 – 31.05.2025"],
      ]),
    ]);
    expect(written(r, "Пары")[0]).toMatchObject({
      "Дата начала": { date: "2024-09-01" },
      "Дата окончания (план)": { date: "2025-05-31" },
    });
    expect(readings(r)[0]).toMatchObject({ cell: "F2", note: "период" });
  });

  it("keeps a period as typed when the user switches splitting off", () => {
    const r = run(
      [
        pairs(
          [[1, "Руденко Анна Викторовна", "Савельев Денис Олегович", "с 02.09.2024 по 30.05.2025"]],
          ["№ пары/группы", "Наставник", "Наставляемый", "Срок наставничества"],
        ),
      ],
      { off: new Set(["splitPeriod"]) },
    );
    expect(written(r, "Пары")[0]).toMatchObject({
      "Срок наставничества": { asText: "с 02.09.2024 по 30.05.2025" },
    });
    expect(written(r, "Пары")[0]["Дата начала"]).toBeUndefined();
  });

  it("splits an order in one cell into Приказ № and Приказ от, and keeps an order it cannot read", () => {
    const r = run([
      pairs(
        [
          [1, "Руденко Анна Викторовна", "Савельев Денис Олегович", "№ 145-од от 01.09.2023"],
          [
            2,
            "Руденко Анна Викторовна",
            "Быкова Таисия Романовна",
            "Приказ директора от 1 сентября 2023 г. № 146",
          ],
          [3, "Руденко Анна Викторовна", "Абрамов Лев Сергеевич", "приказ директора"],
        ],
        ["№ пары/группы", "Наставник", "Наставляемый", "Приказ о закреплении"],
      ),
    ]);
    expect(
      written(r, "Пары").map((p) => [
        p["Приказ №"] ?? null,
        p["Приказ от"] ?? null,
        p["Приказ о закреплении"] ?? null,
      ]),
    ).toEqual([
      ["145-од", { date: "2023-09-01" }, null],
      ["146", { date: "2023-09-01" }, null],
      [null, null, { asText: "приказ директора" }],
    ]);
    expect(readings(r).map((c) => [c.cell, c.note])).toEqual([
      ["D2", "приказ"],
      ["D3", "приказ"],
      ["D4", "не прочитано: нет № и даты приказа"],
    ]);
  });

  it("takes «Форма (вид)» apart when Вид is empty", () => {
    const r = run([
      pairs([
        [1, "Тарасова Елена Ивановна", "Уткина Мария Сергеевна", "педагог – педагог (групповая)", null],
      ]),
    ]);
    expect(written(r, "Пары")[0]).toMatchObject({
      "Форма наставничества": "Учитель – учитель",
      "Вид наставничества": "Групповое",
    });
    expect(readings(r)[0]).toMatchObject({
      cell: "D2",
      to: { "Форма наставничества": "Учитель – учитель", "Вид наставничества": "Групповое" },
      note: "форма и вид",
    });
  });
});

describe("the order from the title line", () => {
  const annex = (title: string[]) =>
    book(
      "приказ.xlsx",
      sheet("Приложение", [
        ...title.map((t) => [t]),
        ["№ пары/группы", "ФИО наставника", "ФИО наставляемого"],
        [1, "Руденко Анна Викторовна", "Савельев Денис Олегович"],
        [2, "Руденко Анна Викторовна", "Быкова Таисия Романовна"],
      ]),
    );

  it("fills Приказ № and Приказ от on every row from the first title cell with «№» and a full date", () => {
    const r = run([annex(["Приложение № 1", "к приказу от 02.09.2024 № 112-о", "Состав пар"])]);
    expect(written(r, "Пары").map((p) => [p["Приказ №"], p["Приказ от"]])).toEqual([
      ["112-о", { date: "2024-09-02" }],
      ["112-о", { date: "2024-09-02" }],
    ]);
    expect(r.conversions).toContainEqual(
      expect.objectContaining({
        cell: "A2",
        to: { "Приказ №": "112-о", "Приказ от": "2024-09-02" },
        kind: "orderFromTitle",
      }),
    );
    // «Приложение № 1» has no date: it is not taken, and the other titles are listed as left out.
    expect(r.sheets[0].notPlaced.map((n) => n.cell)).toEqual(["A1", "A3"]);
  });

  it("takes the «№» next to the date when the school's name has one too", () => {
    const r = run([annex(["к приказу МБОУ «Гимназия № 3» от 02.09.2024 № 112-о"])]);
    expect(written(r, "Пары")[0]).toMatchObject({ "Приказ №": "112-о", "Приказ от": { date: "2024-09-02" } });
  });

  it("takes nothing when no title has both", () => {
    const r = run([annex(["Приложение № 1", "Состав пар на 2024/2025 учебный год"])]);
    expect(written(r, "Пары")[0]["Приказ №"]).toBeUndefined();
    expect(r.sheets[0].notPlaced.map((n) => n.cell)).toEqual(["A1", "A2"]);
  });
});

describe("«Сведения» and «Настройки»", () => {
  it("reads items by their label, writes them as read, and keeps what names no item", () => {
    const r = run([
      book(
        "a.xlsx",
        sheet("Сведения об ОО", [
          ["Сведения (наставничество)"],
          ["Наименование показателя", "Значение", "Источник"],
          ["Код ОО", "ЗГО-15"],
          ["Учебный год", "2024-2025"],
          ["Отчётная дата", "01.12.2024г.", "запрос УО"],
          ["Общая численность педагогических работников", "50 чел."],
          ["в т.ч. обучающихся в возрасте от 10 лет (5–11 кл.)", 410],
          ["Приказ о назначении наставников", "приказ от 30.08.2024 № 200-од"],
          ["Телефон ОО", "+7 (900) 111-22-33"],
          ["Код ОО", "ДРУГОЙ"],
        ]),
        sheet("Настройки", [
          ["Параметр", "Значение"],
          ["Учитывать возраст", "да"],
          ["Наставляемых на одного наставника не более", "четыре"],
        ]),
      ),
    ]);
    expect(r.book.info.values).toEqual({
      code: "ЗГО-15",
      schoolYear: "2024/2025",
      asOf: { date: "2024-12-01" },
      teachers: 50,
      students10: 410,
      docMentorsOrder: "да",
    });
    const info = written(r, "Сведения");
    expect(info.at(-1)).toEqual({
      Показатель: { asText: "Телефон ОО" },
      Значение: { asText: "+7 (900) 111-22-33" },
    });
    expect(info.find((x) => x["Показатель"] === "Отчётная дата")).toEqual({
      Показатель: "Отчётная дата",
      Значение: { date: "2024-12-01" },
      Источник: { asText: "запрос УО" },
    });
    const s = r.sheets[0];
    expect(s.notPlaced).toEqual([
      { cell: "A1", value: "Сведения (наставничество)", reason: "над строкой заголовков" },
      { cell: "A10", value: "Код ОО", reason: "«Код ОО» уже взят: a.xlsx / Сведения об ОО, строка 3" },
      { cell: "B10", value: "ДРУГОЙ", reason: "«Код ОО» уже взят: a.xlsx / Сведения об ОО, строка 3" },
    ]);
    const settings = written(r, "Настройки");
    expect(settings.find((x) => x["Параметр"] === "Учитывать возраст")?.["Значение"]).toBe("да");
    // Unreadable: kept as typed; the other settings keep their defaults.
    expect(
      settings.find((x) => x["Параметр"] === "Наставляемых на одного наставника не более")?.["Значение"],
    ).toEqual({
      asText: "четыре",
    });
    expect(settings.find((x) => x["Параметр"] === "Срок программы не более, мес.")?.["Значение"]).toBe(12);
    expect(r.unreadable).toBe(1);
  });
});
