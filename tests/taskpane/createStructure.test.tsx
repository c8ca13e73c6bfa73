/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { rawDate } from "../../src/domain/grid";
import type { ExistingTablePlan } from "../../src/domain/plan/writePlan";
import { MemoryPort, OfficeLikeError } from "./memoryPort";
import { renderPane, settle, useBrowserStubs } from "./renderPane";
import { bankOfMentors } from "./workbooks";

useBrowserStubs();

const TEMPLATE_SHEETS = [
  "Сведения",
  "Настройки",
  "Наставники",
  "Наставляемые",
  "Пары",
  "План",
  "Справочники",
];

describe("«Структура»: create and repair", () => {
  it("creates the seven template sheets in an empty workbook with one plan and says what was created", async () => {
    const port = new MemoryPort().addSheet("Лист1");
    renderPane(port);
    await settle();

    fireEvent.click(screen.getByRole("button", { name: "Создать структуру" }));
    await settle();

    expect(port.calls.apply).toBe(1);
    expect(port.plans[0].sheets.map((s) => s.name)).toEqual(TEMPLATE_SHEETS);
    expect(screen.getByText("Структура создана")).toBeInTheDocument();
    const done = screen.getByRole("list", { name: "Что сделано" });
    expect(within(done).getByText("Создан лист «Сведения».")).toBeInTheDocument();
    expect(within(done).getByText("Создан лист «Пары» с таблицей Pairs.")).toBeInTheDocument();
    expect(within(done).getByText("Создан скрытый лист «Справочники» со списками.")).toBeInTheDocument();
    // The button now offers the repair, since the structure is there.
    expect(screen.getByRole("button", { name: "Проверить и восстановить структуру" })).toBeEnabled();
  });

  it("re-running repairs instead of creating, and keeps what the user typed", async () => {
    const port = new MemoryPort().addSheet("Лист1");
    renderPane(port);
    await settle();
    fireEvent.click(screen.getByRole("button", { name: "Создать структуру" }));
    await settle();
    port.userEdit("Наставники", 2, 1, "Иванова Анна Петровна");

    fireEvent.click(screen.getByRole("button", { name: "Проверить и восстановить структуру" }));
    await settle();

    expect(port.calls.apply).toBe(2);
    expect(screen.getByText("Структура проверена и восстановлена")).toBeInTheDocument();
    expect(screen.queryByText("Структура создана")).not.toBeInTheDocument();
    const done = screen.getByRole("list", { name: "Что сделано" });
    expect(within(done).getByText("Обновлены списки на листе «Справочники».")).toBeInTheDocument();
    // Existing sheets are updated in place, never created again.
    expect(
      port.plans[1].sheets.filter((s) => s.name !== "Справочники").every((s) => s.mode === "update"),
    ).toBe(true);
    expect(port.grid("Наставники").rows[1][0]).toBe("Иванова Анна Петровна");
  });

  it("reports sheets left untouched as warnings with a shortcut to adopt them", async () => {
    const port = new MemoryPort().addSheet("Пары", [["Какая-то таблица"], ["1", "2", "3"]]);
    renderPane(port);
    await settle();

    fireEvent.click(screen.getByRole("button", { name: "Проверить и восстановить структуру" }));
    await settle();

    const warnings = screen.getByRole("list", { name: "Оставлены без изменений" });
    expect(
      within(warnings).getByText(/Лист «Пары» заполнен не по шаблону и оставлен как есть/),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: "Что сделано" })).queryByText(/«Пары»/),
    ).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Перенести «Пары»" }));
    await settle();
    expect(screen.getByRole("checkbox", { name: "Пары" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Пары" })).toHaveFocus();
  });

  it("creates the template beside the school's own «Банк наставников» and offers to adopt it", async () => {
    const port = new MemoryPort().addSheet("Банк наставников", bankOfMentors);
    renderPane(port);
    await settle();

    // An alias sheet is the school's own list, not the template: the workbook has no structure yet.
    fireEvent.click(screen.getByRole("button", { name: "Создать структуру" }));
    await settle();

    expect(screen.getByText("Структура создана")).toBeInTheDocument();
    expect(port.plans[0].sheets.map((s) => s.name)).toEqual(TEMPLATE_SHEETS);
    const warnings = screen.getByRole("list", { name: "Оставлены без изменений" });
    expect(within(warnings).getByText(/Лист «Банк наставников» оставлен без изменений/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Перенести «Банк наставников»" }));
    await settle();
    expect(screen.getByRole("checkbox", { name: "Банк наставников" })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Перенести 4 строки" }));
    await settle();

    const table = port.plans[1].sheets[0].tables![0] as ExistingTablePlan;
    expect(table).toMatchObject({ kind: "existing", name: "Mentors" });
    expect(table.appendRows).toHaveLength(4);
    expect(screen.getByText("Перенесено 4 строки")).toBeInTheDocument();
    expect(screen.getByText("«Наставники» — 4.")).toBeInTheDocument();
  });

  it("shows a spinner and disables the button while Excel works", async () => {
    const port = new MemoryPort();
    renderPane(port);
    await settle();
    const release = port.hold("apply");

    fireEvent.click(screen.getByRole("button", { name: "Создать структуру" }));
    await settle();
    const button = screen.getByRole("button", { name: /Создать структуру/ });
    expect(button).toBeDisabled();
    expect(within(button).getByRole("progressbar", { name: "Выполняется" })).toBeInTheDocument();

    release();
    await settle();
    expect(screen.getByRole("button", { name: "Проверить и восстановить структуру" })).toBeEnabled();
  });

  it("turns Excel's errors into Russian advice", async () => {
    const port = new MemoryPort().failNext(
      "apply",
      new OfficeLikeError("InvalidOperationInCellEditMode", "Cell edit mode"),
    );
    renderPane(port);
    await settle();

    fireEvent.click(screen.getByRole("button", { name: "Создать структуру" }));
    await settle();

    expect(screen.getByText("Не удалось создать или восстановить структуру")).toBeInTheDocument();
    expect(
      screen.getByText(/Excel сейчас редактирует ячейку\. Завершите ввод \(Enter или Esc\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Создать структуру" })).toBeEnabled();
  });
});

describe("header", () => {
  it("shows the school and school year from «Сведения», and follows the user's edits there", async () => {
    const port = new MemoryPort().addSheet("Сведения", [
      ["Показатель", "Значение"],
      ["Код ОО", "0123"],
      ["Наименование ОО", "МБОУ СОШ № 7"],
      ["Муниципалитет", "г. Энск"],
      ["Учебный год", "2024/2025"],
      ["Отчётная дата", rawDate("2024-12-20")],
    ]);
    renderPane(port);
    await settle();

    expect(screen.getByRole("heading", { level: 1, name: "Наставник" })).toBeInTheDocument();
    expect(screen.getByTestId("header-school")).toHaveTextContent("МБОУ СОШ № 7");
    expect(screen.getByTestId("header-year")).toHaveTextContent("Учебный год 2024/2025");

    port.userEdit("Сведения", 3, 2, "МАОУ Лицей № 1");
    await settle();
    expect(screen.getByTestId("header-school")).toHaveTextContent("МАОУ Лицей № 1");
  });

  it("picks up the school after «Создать структуру» fills nothing but the user fills «Сведения» later", async () => {
    const port = new MemoryPort();
    renderPane(port);
    await settle();
    expect(screen.queryByTestId("header-school")).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Создать структуру" }));
    await settle();
    const readsAfterCreate = port.calls.readWorkbook;
    expect(readsAfterCreate).toBeGreaterThanOrEqual(2);

    port.userEdit("Сведения", 3, 2, "Гимназия № 2");
    await settle();
    expect(screen.getByTestId("header-school")).toHaveTextContent("Гимназия № 2");
  });

  it("never leaves the pane blank when the workbook cannot be read", async () => {
    const port = new MemoryPort()
      .failNext("readWorkbook", new Error("Network down"))
      .failNext("readStructure", new Error("Network down"));
    renderPane(port);
    await settle();

    expect(screen.getByRole("heading", { level: 1, name: "Наставник" })).toBeInTheDocument();
    expect(
      screen.getByText(/Сведения о школе не прочитаны: Excel не смог выполнить действие: Network down/),
    ).toBeInTheDocument();
    expect(screen.getByText("Не удалось прочитать книгу")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Структура" })).toBeInTheDocument();
  });
});
