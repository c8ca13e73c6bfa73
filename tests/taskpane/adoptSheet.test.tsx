/** @jest-environment jsdom */
/**
 * «Перенести лист» on the import engine: the proposal as a preview that names every transform, each
 * switchable; constants; the header row by hand; several sheets at once; nothing written before
 * the user confirms; the source sheets untouched; the result says what was placed, converted, left.
 */
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { rawDate } from "../../src/domain/grid";
import type { ExistingTablePlan, TablePlan } from "../../src/domain/plan/writePlan";
import { MemoryPort } from "./memoryPort";
import { pickOption, renderPane, settle, useBrowserStubs } from "./renderPane";
import { menteeBase, mentorBase } from "../fixtures/r145Bases";
import { bankOfMentors, pairsList, templateWorkbook } from "./workbooks";

useBrowserStubs();

const combobox = (name: string, within_: HTMLElement = document.body) =>
  within(within_).getByRole("combobox", { name });
const card = (sheet: string) => screen.getByRole("region", { name: `Лист «${sheet}»` });
const previewOf = (sheet: string) => screen.getByRole("table", { name: `Предпросмотр: ${sheet}` });
/** The preview's rows as the texts of their cells (the first cell says where the row came from). */
const previewRows = (sheet: string) =>
  within(previewOf(sheet))
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole("cell")
        .map((cell) => cell.firstChild?.textContent ?? ""),
    );
const previewHeaders = (sheet: string) =>
  within(previewOf(sheet))
    .getAllByRole("columnheader")
    .map((h) => h.textContent);
const markedCells = (sheet: string, kind: string) =>
  within(previewOf(sheet))
    .getAllByRole("cell")
    .filter((c) => c.getAttribute("data-conversion") === kind)
    .map((c) => c.firstChild?.textContent);
const transformSwitch = (label: RegExp) => screen.getByRole("switch", { name: label });

async function choose(port: MemoryPort, ...sheets: string[]) {
  renderPane(port);
  await settle();
  for (const s of sheets) fireEvent.click(screen.getByRole("checkbox", { name: s }));
  await settle();
}

describe("«Перенести лист»", () => {
  it("proposes the target, header row and columns of a list, and previews its rows with the changes marked", async () => {
    const port = new MemoryPort().addSheet("Банк наставников", bankOfMentors);
    await choose(port, "Банк наставников");

    // The sheet's name is a template alias: the target is proposed.
    expect(combobox("Куда перенести", card("Банк наставников"))).toHaveTextContent("Наставники");
    expect(screen.getByRole("spinbutton", { name: "Строка заголовков" })).toHaveValue("3");
    fireEvent.click(screen.getByRole("button", { name: /Столбцы: распознано 6/ }));
    expect(combobox("ФИО")).toHaveTextContent("A: Ф.И.О.");
    expect(combobox("Педагогический стаж, лет")).toHaveTextContent("C: Стаж работы");
    expect(combobox("Квалификационная категория")).toHaveTextContent("F: Квалификация");

    expect(previewHeaders("Наставники")).toEqual([
      "Строка листа «Банк наставников»",
      "ФИО",
      "Категория",
      "Должность",
      "Педагогический стаж, лет",
      "Квалификационная категория",
      "Согласие",
      "Телефон",
    ]);
    expect(previewRows("Наставники")[0]).toEqual([
      "4",
      "Иванова Анна Петровна",
      "Педагог",
      "учитель математики",
      "25",
      "Высшая",
      "да",
      "+7 900 000-00-01",
    ]);
    // «5,5» → 5,5 is the same number, written as a number; «25 лет» → 25 is a change, and «уточнить» is no да/нет.
    expect(markedCells("Наставники", "value")).toEqual(
      expect.arrayContaining(["25", "Педагог", "Высшая", "да"]),
    );
    expect(markedCells("Наставники", "unreadable")).toEqual(["уточнить"]);
    expect(
      screen.getByText(/Дополнительные столбцы \(с заголовками вашего листа\): «Телефон»/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Перенести 4 строки" })).toBeEnabled();
    // Nothing is written before the user confirms.
    expect(port.calls.apply).toBe(0);
  });

  it("writes after the click, leaves the source untouched, and says what was placed, converted and left", async () => {
    const port = new MemoryPort().addSheet("Банк наставников", bankOfMentors);
    const before = port.grid("Банк наставников");
    await choose(port, "Банк наставников");
    fireEvent.click(screen.getByRole("button", { name: "Перенести 4 строки" }));
    await settle();

    expect(port.calls.apply).toBe(1);
    const [sheet] = port.plans[0].sheets;
    expect(sheet).toMatchObject({ name: "Наставники", mode: "create" });
    const table = sheet.tables![0] as TablePlan;
    expect(table.headers.at(-1)).toBe("Телефон");
    expect(table.rows[2].slice(0, 7)).toEqual([
      "Сидорова Мария Ивановна",
      "Руководитель ОО",
      "заместитель директора",
      null,
      12,
      "Высшая",
      { asText: "уточнить" },
    ]);
    // The dropdowns of the new sheet need «Справочники»: created too.
    expect(port.plans[0].sheets.map((s) => s.name)).toEqual(["Наставники", "Справочники"]);
    expect(port.grid("Банк наставников")).toEqual(before);

    expect(screen.getByText("Перенесено 4 строки")).toBeInTheDocument();
    expect(screen.getByText("«Наставники» — 4.")).toBeInTheDocument();
    expect(screen.getByText(/Исходный лист «Банк наставников» не изменён/)).toBeInTheDocument();
    expect(screen.getByText("Не прочитано 1 значение")).toBeInTheDocument();
    const converted = within(screen.getByRole("list", { name: "Преобразованные значения" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(converted).toContain("Лист «Банк наставников», E6: «уточнить» → Согласие уточнить (не прочитано)");
    expect(converted).toContain(
      "Лист «Банк наставников», C4: «25 лет» → Педагогический стаж, лет 25 (число из текста)",
    );
    expect(
      within(screen.getByRole("list", { name: "Не перенесено" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Лист «Банк наставников», A1 «Банк наставников МБОУ СОШ № 7» — над строкой заголовков",
      "Лист «Банк наставников», A2 «на 2024/2025 учебный год» — над строкой заголовков",
    ]);
    // The form starts over: the same rows cannot be transferred twice by a second click.
    expect(screen.queryByRole("button", { name: /^Перенести \d/ })).not.toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Банк наставников" })).not.toBeChecked();
  });

  it("takes several sheets in one go, names every transform and lets each be switched off", async () => {
    const port = await templateWorkbook({});
    port.addSheet("Форма базы наставников", mentorBase).addSheet("Форма базы наставляемых", menteeBase, {
      hiddenRows: [4],
    });
    await choose(port, "Форма базы наставников", "Форма базы наставляемых");

    // Skipped: the numbering row, the total and the hidden row. Pairs: Белова–Громова, Васильев with
    // Демидов and Егорова (one cell), and from the mentee base Белова–Морозова (the other two repeat).
    expect(transformSwitch(/Пропустить строки.* — 3 строки/)).toBeChecked();
    expect(transformSwitch(/Создать строки «Пары» из баз.* — 4 пары/)).toBeChecked();
    expect(transformSwitch(/Разделить несколько наставляемых.* — 2 ячейки/)).toBeChecked();
    expect(transformSwitch(/Присвоить № пары\/группы.* — 3 номера/)).toBeChecked();
    expect(transformSwitch(/Вывести статус пары из дат.* — 3 пары/)).toBeChecked();
    expect(previewRows("Пары").map((r) => r.slice(1, 4))).toEqual([
      ["1", "Белова Ирина Константиновна", "Громова Ольга Сергеевна"],
      ["2", "Васильев Олег Петрович", "Демидов Артём Ильич"],
      ["2", "Васильев Олег Петрович", "Егорова Нина Павловна"],
      ["3", "Белова Ирина Константиновна", "Морозова Дарья Викторовна"],
    ]);
    expect(previewRows("Наставляемые").map((r) => r[1])).not.toContain("Уволенная Анна Петровна");
    // Егорова is named on «Пары» only: added to «Наставляемые» with her ФИО.
    expect(transformSwitch(/Добавить людей, названных только на листе «Пары» — 1 человек/)).toBeChecked();
    expect(previewRows("Наставляемые").map((r) => r.slice(0, 2))).toContainEqual([
      "Форма базы наставников, 5",
      "Егорова Нина Павловна",
    ]);
    expect(screen.getByRole("button", { name: "Перенести 10 строк" })).toBeEnabled();

    fireEvent.click(transformSwitch(/Создать строки «Пары» из баз/));
    await settle();
    expect(screen.queryByRole("table", { name: "Предпросмотр: Пары" })).not.toBeInTheDocument();
    expect(screen.getByText("Выключено: пары из баз не создаются.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Перенести 5 строк" })).toBeEnabled();

    fireEvent.click(transformSwitch(/Пропустить строки/));
    await settle();
    // The hidden person is transferred now.
    expect(previewRows("Наставляемые").map((r) => r[1])).toContain("Уволенная Анна Петровна");

    fireEvent.click(transformSwitch(/Создать строки «Пары» из баз/));
    fireEvent.click(transformSwitch(/Пропустить строки/));
    await settle();
    fireEvent.click(screen.getByRole("button", { name: "Перенести 10 строк" }));
    await settle();

    const tables = port.plans[0].sheets.map((s) => [
      s.name,
      (s.tables![0] as ExistingTablePlan).appendRows!.length,
    ]);
    expect(tables).toEqual([
      ["Наставники", 2],
      ["Наставляемые", 4],
      ["Пары", 4],
    ]);
    const mentors = port.plans[0].sheets[0].tables![0] as ExistingTablePlan;
    expect(mentors.appendColumns).toEqual([
      "№",
      "ФИО наставляемого",
      "Форма наставничества",
      "Дата вхождения в программу",
      "Телефон",
    ]);
    expect(
      screen.getByText(/Исходные листы «Форма базы наставников», «Форма базы наставляемых» не изменены/),
    ).toBeInTheDocument();
    expect(port.grid("Пары").rows[1].slice(0, 3)).toEqual([
      "1",
      "Белова Ирина Константиновна",
      "Громова Ольга Сергеевна",
    ]);
  });

  it("proposes the order of an annex from its title line as values for all rows, which the user can change", async () => {
    const port = await templateWorkbook({
      "Приложение 1": [
        ["Приложение 1 к приказу от 02.09.2024 № 112-о"],
        ["ФИО наставника", "ФИО наставляемого", "Форма"],
        ["Руденко Анна Викторовна", "Уткина Мария Сергеевна; Фролова Алина Дмитриевна", "учитель – учитель"],
      ],
    });
    await choose(port, "Приложение 1");
    fireEvent.click(screen.getByRole("button", { name: "Значения для всех строк" }));
    const order = screen.getByRole("textbox", { name: "Приказ №" });
    expect(order).toHaveValue("112-о");
    expect(screen.getByRole("textbox", { name: "Приказ от" })).toHaveValue("02.09.2024");
    expect(screen.getAllByText("Из строки над таблицей (A1)")).toHaveLength(2);
    expect(previewRows("Пары").map((r) => r.slice(1, 3))).toEqual([
      ["1", "Руденко Анна Викторовна"],
      ["1", "Руденко Анна Викторовна"],
    ]);

    // «Статус» = «Действует» for the rows that have none (no dates here to derive it from).
    await pickOption(combobox("Статус"), "Действует");
    fireEvent.change(order, { target: { value: "112/1-о" } });
    await settle();
    const rows = previewRows("Пары");
    const headers = previewHeaders("Пары");
    expect(rows.map((r) => r[headers.indexOf("Статус")])).toEqual(["Действует", "Действует"]);
    expect(rows.map((r) => r[headers.indexOf("Приказ №")])).toEqual(["112/1-о", "112/1-о"]);

    // Several mentees in one cell: switched off, the cell is one name.
    fireEvent.click(transformSwitch(/Разделить несколько наставляемых/));
    await settle();
    expect(previewRows("Пары")).toHaveLength(1);
    // Persons named only on «Пары» are added (Руденко, and the whole cell as one — not a full name: no).
    expect(previewRows("Наставники").map((r) => r[1])).toEqual(["Руденко Анна Викторовна"]);
  });

  it("says that a date typed as a constant cannot be read", async () => {
    const port = await templateWorkbook({
      Приказ: [
        ["ФИО наставника", "ФИО наставляемого"],
        ["Руденко Анна Викторовна", "Уткина Мария Сергеевна"],
      ],
    });
    await choose(port, "Приказ");
    fireEvent.click(screen.getByRole("button", { name: "Значения для всех строк" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Приказ от" }), { target: { value: "31.02.2024" } });
    await settle();
    expect(screen.getByText("Значение не читается: проверьте его (дата — ДД.ММ.ГГГГ)")).toBeInTheDocument();
  });

  it("fills a constant «Категория» for a list without one, and then asks nothing to be filled by hand", async () => {
    const port = await templateWorkbook({
      "Молодые специалисты": [
        ["ФИО молодого специалиста", "Стаж"],
        ["Орлова Нина Львовна", "1 год"],
      ],
    });
    await choose(port, "Молодые специалисты");
    expect(
      within(screen.getByRole("list", { name: "Заполните вручную" })).getByRole("listitem"),
    ).toHaveTextContent("Наставляемые: «Категория»");
    fireEvent.click(screen.getByRole("button", { name: "Значения для всех строк" }));
    await pickOption(combobox("Категория"), "Педагог");
    await settle();
    expect(screen.queryByRole("list", { name: "Заполните вручную" })).not.toBeInTheDocument();
    const headers = previewHeaders("Наставляемые");
    expect(previewRows("Наставляемые")[0][headers.indexOf("Категория")]).toBe("Педагог");
  });

  it("lets the user choose the header row when the titles hide it", async () => {
    const port = new MemoryPort().addSheet("Список", [
      ["Список педагогов"],
      ["Педагог", "Стаж"],
      ["Орлова Нина Львовна", "7 лет"],
    ]);
    await choose(port, "Список");
    await pickOption(combobox("Куда перенести"), "Наставники");
    // Row 2 has one known header («Стаж»): no header row by itself.
    expect(screen.getByText("Не перенесётся: не найдена строка заголовков: укажите её.")).toBeInTheDocument();

    const spin = screen.getByRole("spinbutton", { name: "Строка заголовков" });
    fireEvent.change(spin, { target: { value: "2" } });
    fireEvent.blur(spin);
    await settle();
    fireEvent.click(screen.getByRole("button", { name: /Столбцы: распознано 1/ }));
    expect(combobox("Педагогический стаж, лет")).toHaveTextContent("B: Стаж");
    await pickOption(combobox("ФИО"), "A: Педагог");
    expect(previewRows("Наставники")[0].slice(1)).toEqual(["Орлова Нина Львовна", "7"]);
    expect(screen.getByRole("button", { name: "Перенести 1 строку" })).toBeEnabled();
  });

  it("appends to the existing «Пары» table, keeping an impossible date as typed", async () => {
    const port = await templateWorkbook({ "Мои пары": pairsList });
    await choose(port, "Мои пары");
    expect(combobox("Куда перенести", card("Мои пары"))).toHaveTextContent("Пары");
    // Two pairs, and their four persons added to the empty person sheets.
    fireEvent.click(screen.getByRole("button", { name: "Перенести 6 строк" }));
    await settle();
    const update = port.plans[0].sheets.find((s) => s.name === "Пары")!;
    const table = update.tables![0] as ExistingTablePlan;
    expect(table.appendRows![0].slice(0, 9)).toEqual([
      "1",
      "Иванова Анна Петровна",
      "Смирнова Ольга Игоревна",
      "Учитель – учитель",
      "Традиционное (один на один)",
      { date: "2024-09-01" },
      { date: "2025-05-31" },
      null,
      "Действует",
    ]);
    expect(table.appendRows![1][5]).toEqual({ asText: "31.02.2024" });
    expect(port.grid("Пары").rows[1][5]).toEqual(rawDate("2024-09-01"));
    expect(port.grid("Пары").rows[2][5]).toBe("31.02.2024");
  });

  it("fills merged cells down, and says so when this Excel cannot tell merged cells", async () => {
    const roadMap = [
      ["Этап", "Мероприятие", "Срок"],
      ["Подготовительный", "Приказ", "до 30.08.2024"],
      [null, "База наставников", "сентябрь 2024"],
      ["Реализационный", "Школа молодого педагога", "В течение года"],
    ];
    const port = await templateWorkbook({});
    port.addSheet("Дорожная карта (моя)", roadMap, { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] });
    await choose(port, "Дорожная карта (моя)");
    expect(transformSwitch(/Заполнить объединённые ячейки вниз — 1 ячейка/)).toBeChecked();
    expect(previewRows("План").map((r) => r[previewHeaders("План").indexOf("Этап")])).toEqual([
      "Подготовительный",
      "Подготовительный",
      "Реализационный",
    ]);
    expect(screen.queryByText(/не сообщает, какие ячейки объединены/)).not.toBeInTheDocument();

    const old = await templateWorkbook({ "Дорожная карта (моя)": roadMap });
    old.mergesUnknown = true;
    cleanup();
    await choose(old, "Дорожная карта (моя)");
    expect(
      screen.getByText(/не сообщает, какие ячейки объединены \(нужен набор API ExcelApi 1\.13\)/),
    ).toBeInTheDocument();
  });

  it("shows the domain's refusal as a warning, not an error", async () => {
    const port = new MemoryPort()
      .addSheet("Наставники", [["Здесь будет список"]])
      .addSheet("Банк наставников", bankOfMentors);
    await choose(port, "Банк наставников");
    fireEvent.click(screen.getByRole("button", { name: "Перенести 4 строки" }));
    await settle();
    expect(port.calls.apply).toBe(0);
    expect(screen.getByText("Перенос не выполнен")).toBeInTheDocument();
    expect(
      screen.getByText(/На листе «Наставники» нет таблицы Mentors\. Сначала нажмите «Создать структуру»/),
    ).toBeInTheDocument();
  });

  it("offers neither the template's sheets nor the sheets the add-in generates", async () => {
    const port = await templateWorkbook({ "Банк наставников": bankOfMentors });
    port.addSheet("Проверка").addSheet("Мониторинг");
    renderPane(port);
    await settle();
    const boxes = within(screen.getByRole("group", { name: "Листы с данными" }))
      .getAllByRole("checkbox")
      .map((c) => c.closest("span, div")?.textContent);
    expect(boxes).toEqual(["Банк наставников"]);
  });
});
