/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { rawDate } from "../../src/domain/grid";
import type { ExistingTablePlan, TablePlan } from "../../src/domain/plan/writePlan";
import { MemoryPort } from "./memoryPort";
import { pickOption, renderPane, settle, useBrowserStubs } from "./renderPane";
import { bankOfMentors, pairsList, templateWorkbook } from "./workbooks";

useBrowserStubs();

const combobox = (name: string) => screen.getByRole("combobox", { name });
const previewCells = () =>
  within(screen.getByRole("table", { name: "Предпросмотр переноса" }))
    .getAllByRole("row")
    .map((row) =>
      within(row)
        .queryAllByRole("cell")
        .map((cell) => cell.firstChild?.textContent ?? ""),
    );

async function openBank(port: MemoryPort) {
  renderPane(port);
  await settle();
  await pickOption(combobox("Лист с данными"), "Банк наставников");
}

describe("«Перенести лист»", () => {
  it("finds the header row below the titles and proposes the mapping from the header aliases", async () => {
    const port = new MemoryPort().addSheet("Банк наставников", bankOfMentors);
    await openBank(port);

    // The sheet's name is a template alias, so the target is guessed.
    expect(combobox("Куда перенести")).toHaveTextContent("Наставники");
    expect(screen.getByRole("spinbutton", { name: "Строка заголовков" })).toHaveValue("3");
    expect(screen.getByText(/Найдена по названиям столбцов: строка 3/)).toBeInTheDocument();
    expect(combobox("ФИО")).toHaveTextContent("A: Ф.И.О.");
    expect(combobox("Педагогический стаж, лет")).toHaveTextContent("C: Стаж работы");
    expect(combobox("Категория")).toHaveTextContent("D: Категория");
    expect(combobox("Согласие")).toHaveTextContent("E: Согласие");
    // «Квалификация» is a header alias of «Квалификационная категория» (workbook.md v2).
    expect(combobox("Квалификационная категория")).toHaveTextContent("F: Квалификация");
    expect(
      screen.getByText(/Не переносятся \(останутся только на исходном листе\): «Телефон»\./),
    ).toBeInTheDocument();
    // Every required column is mapped: no warning.
    expect(screen.queryByText("Не выбраны обязательные столбцы")).not.toBeInTheDocument();
  });

  it("previews the first rows converted, marking what cannot be converted", async () => {
    const port = new MemoryPort().addSheet("Банк наставников", bankOfMentors);
    await openBank(port);

    const [, ...rows] = previewCells();
    // Columns: Строка, ФИО, Категория, Должность, Стаж, Квалификационная категория, Согласие (the
    // mapped ones, in template order).
    expect(rows[0]).toEqual([
      "4",
      "Иванова Анна Петровна",
      "Педагог",
      "учитель математики",
      "25",
      "Высшая",
      "да",
    ]);
    expect(rows[1]).toEqual(["5", "Петров Пётр Петрович", "Педагог", "учитель физики", "3", "Первая", "нет"]);
    expect(rows[2]).toEqual([
      "6",
      "Сидорова Мария Ивановна",
      "Руководитель ОО",
      "заместитель директора",
      "12",
      "Высшая",
      "уточнить",
    ]);
    expect(rows[3]).toEqual([
      "8",
      "Кузнецов Иван Сергеевич",
      "Педагог",
      "учитель истории",
      "5,5",
      "Без категории",
      "да",
    ]);
    expect(rows).toHaveLength(4);

    const marked = screen.getAllByRole("cell").filter((cell) => cell.getAttribute("data-problem") === "true");
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent("уточнить — не распознано «да/нет» — перенесено как текст");
    expect(screen.getByText(/Не удалось преобразовать значений: 1\. Они подчёркнуты/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Перенести 4 строки" })).toBeEnabled();
  });

  it("lets the user change a mapping, then imports into a new «Наставники» sheet and lists the problems", async () => {
    const port = new MemoryPort().addSheet("Банк наставников", bankOfMentors);
    const before = port.grid("Банк наставников");
    await openBank(port);

    await pickOption(combobox("Квалификационная категория"), "— не переносить —");
    expect(screen.getByText(/Не переносятся .*: «Квалификация», «Телефон»\./)).toBeInTheDocument();
    expect(previewCells()[1]).not.toContain("Высшая");
    await pickOption(combobox("Квалификационная категория"), "F: Квалификация");
    expect(combobox("Квалификационная категория")).toHaveTextContent("F: Квалификация");
    expect(screen.getByText(/Не переносятся .*: «Телефон»\./)).toBeInTheDocument();
    expect(previewCells()[1]).toContain("Высшая");
    await pickOption(combobox("Должность"), "— не переносить —");
    expect(previewCells()[0]).not.toContain("Должность");

    fireEvent.click(screen.getByRole("button", { name: "Перенести 4 строки" }));
    await settle();

    expect(port.calls.apply).toBe(1);
    const [sheet] = port.plans[0].sheets;
    expect(sheet).toMatchObject({ name: "Наставники", mode: "create" });
    const table = sheet.tables![0] as TablePlan;
    expect(table.name).toBe("Mentors");
    expect(table.rows).toHaveLength(4);
    // Catalogue order: ФИО, Категория, Должность, Предмет, Стаж, Квалификационная категория, Согласие, …
    expect(table.rows[0].slice(0, 7)).toEqual([
      "Иванова Анна Петровна",
      "Педагог",
      null,
      null,
      25,
      "Высшая",
      "да",
    ]);
    expect(table.rows[2][6]).toBe("уточнить");

    expect(screen.getByText("Перенесено 4 строки на лист «Наставники»")).toBeInTheDocument();
    const problems = screen.getByRole("list", { name: "Не преобразованные значения" });
    expect(
      within(problems)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Строка 6, «Согласие»: «уточнить» — не распознано «да/нет» — перенесено как текст"]);
    expect(
      screen.getByText(
        /Исходный лист «Банк наставников» не изменён: когда проверите перенесённые строки, его можно удалить\./,
      ),
    ).toBeInTheDocument();
    expect(port.grid("Банк наставников")).toEqual(before);
    // The form starts over, so the same rows cannot be imported twice by a second click.
    expect(screen.queryByRole("button", { name: /^Перенести \d/ })).not.toBeInTheDocument();
    expect(combobox("Лист с данными")).toHaveTextContent("Выберите лист");
  });

  it("appends pairs to the existing «Пары» table, converting text dates and dash variants", async () => {
    const port = await templateWorkbook({ "Мои пары": pairsList });
    renderPane(port);
    await settle();
    await pickOption(combobox("Лист с данными"), "Мои пары");

    // No alias in the name: the target is guessed from the headers.
    expect(combobox("Куда перенести")).toHaveTextContent("Пары");
    expect(combobox("Дата начала")).toHaveTextContent("F: Начало");
    const [, first, second] = previewCells();
    expect(first).toEqual([
      "4",
      "1",
      "Иванова Анна Петровна",
      "Смирнова Ольга Игоревна",
      "Учитель – учитель",
      "Традиционное (один на один)",
      "01.09.2024",
      "31.05.2025",
      "Действует",
    ]);
    expect(second[6]).toBe("31.02.2024");
    expect(second[7]).toBe("31.05.2025");
    expect(combobox("Дата окончания (план)")).toHaveTextContent("G: Окончание (план)");
    expect(screen.queryByText("Не выбраны обязательные столбцы")).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Перенести 2 строки" }));
    await settle();

    const update = port.plans[0].sheets[0];
    expect(update).toMatchObject({ name: "Пары", mode: "update" });
    const table = update.tables![0] as ExistingTablePlan;
    expect(table).toMatchObject({ kind: "existing", name: "Pairs" });
    expect(table.appendRows).toHaveLength(2);
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
    expect(table.appendRows![1][5]).toBe("31.02.2024");
    expect(port.grid("Пары").rows[2][5]).toBe("31.02.2024");
    expect(port.grid("Пары").rows[1][5]).toEqual(rawDate("2024-09-01"));

    expect(screen.getByText("Перенесено 2 строки на лист «Пары»")).toBeInTheDocument();
    expect(
      screen.getByText("Строка 5, «Дата начала»: «31.02.2024» — не распознана дата — перенесено как текст"),
    ).toBeInTheDocument();
  });

  it("shows the domain's refusal as a warning, not an error", async () => {
    const port = new MemoryPort()
      .addSheet("Наставники", [["Здесь будет список"]])
      .addSheet("Банк наставников", bankOfMentors);
    await openBank(port);

    fireEvent.click(screen.getByRole("button", { name: "Перенести 4 строки" }));
    await settle();

    expect(port.calls.apply).toBe(0);
    expect(screen.getByText("Перенос не выполнен")).toBeInTheDocument();
    expect(
      screen.getByText(/На листе «Наставники» нет таблицы Mentors\. Сначала нажмите «Создать структуру»/),
    ).toBeInTheDocument();
  });

  it("lets the user move the header row when the titles hide it", async () => {
    const port = new MemoryPort().addSheet("Список", [
      ["Список педагогов"],
      ["Педагог", "Стаж"],
      ["Орлова Нина Львовна", "7 лет"],
    ]);
    renderPane(port);
    await settle();
    await pickOption(combobox("Лист с данными"), "Список");
    await pickOption(combobox("Куда перенести"), "Наставники");

    // Row 2 has only one known header («Стаж», not required): detection gives up and takes row 1.
    expect(screen.getByText(/Названия столбцов не распознаны/)).toBeInTheDocument();
    const spin = screen.getByRole("spinbutton", { name: "Строка заголовков" });
    fireEvent.change(spin, { target: { value: "2" } });
    fireEvent.blur(spin);

    expect(spin).toHaveValue("2");
    // «Стаж» is an alias and is mapped on the chosen row; ФИО is mapped by hand.
    expect(combobox("Педагогический стаж, лет")).toHaveTextContent("B: Стаж");
    expect(screen.getByText("Не выбраны обязательные столбцы")).toBeInTheDocument();
    expect(
      screen.getByText(/«ФИО», «Категория», «Согласие»\. Строки можно перенести и без них/),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Обязательный столбец: выберите столбец листа")).toHaveLength(3);
    await pickOption(combobox("ФИО"), "A: Педагог");
    expect(screen.getAllByText("Обязательный столбец: выберите столбец листа")).toHaveLength(2);
    expect(previewCells()[1]).toEqual(["3", "Орлова Нина Львовна", "7"]);
    expect(screen.getByRole("button", { name: "Перенести 1 строку" })).toBeEnabled();
  });

  it("does not offer the sheets the add-in generates", async () => {
    const port = await templateWorkbook({ "Банк наставников": bankOfMentors });
    port.addSheet("Проверка").addSheet("Мониторинг");
    renderPane(port);
    await settle();

    fireEvent.click(combobox("Лист с данными"));
    const options = within(await screen.findByRole("listbox"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual([
      "Банк наставников",
      "Сведения",
      "Настройки",
      "Наставники",
      "Наставляемые",
      "Пары",
      "План",
    ]);
  });
});
