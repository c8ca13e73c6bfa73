/** @jest-environment jsdom */
/**
 * «Проверка» on the fake port: «Проверить» reads, validates and writes in one plan; the list is
 * grouped by sheet and severity with counts, filters, the M001 to-do list, a click selects the cell;
 * the user's edits re-check the list (debounced) without writing.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { CHECKS_SHEET } from "../../src/domain/checks/checksSheetPlan";
import { evaluateWorkbook } from "../../src/domain/engine";
import type { RawCell } from "../../src/domain/grid";
import { ChecksPanel } from "../../src/taskpane/panels/ChecksPanel";
import { LimitedList } from "../../src/taskpane/panels/common/LimitedList";
import { MemoryPort, OfficeLikeError } from "./memoryPort";
import { pause, pickOption, renderPane, renderPanel, settle, useBrowserStubs } from "./renderPane";
import { MESSY, MISTAKES, portFromGrid, schoolGrid, schoolPort, TIDY } from "./schools";

useBrowserStubs();

const LIVE_MS = 20;

async function openChecks(port: MemoryPort) {
  const view = renderPanel(port, <ChecksPanel onWorkbookChanged={() => undefined} liveDelayMs={LIVE_MS} />);
  await settle();
  return view;
}

async function runCheck() {
  fireEvent.click(screen.getByRole("button", { name: "Проверить" }));
  await settle();
}

/** The user types into a cell; the pane hears of it through the port's change event. */
const edit = (port: MemoryPort, sheet: string, row: number, col: number, value: RawCell) =>
  act(() => port.userEdit(sheet, row, col, value));

const group = (key: string) => screen.getByTestId(`issues-sheet-${key}`);
const summary = () => screen.getByTestId("checks-summary");

describe("«Проверить» on the school with a methodist's mistakes (tests/fixtures/schoolFigures.ts)", () => {
  it("reads once, writes «Проверка» and the marks in one plan, and lists the issues with counts", async () => {
    const port = await schoolPort(MISTAKES);
    renderPane(port);
    await settle();
    fireEvent.click(screen.getByRole("tab", { name: "Проверка" }));
    await settle();
    const callsBefore = { ...port.calls };

    await runCheck();

    expect(port.calls.readStructure - callsBefore.readStructure).toBe(1);
    expect(port.calls.apply).toBe(1);
    expect(port.plans[0].sheets.map((s) => s.name)).toContain(CHECKS_SHEET);
    expect(port.sheetNames()).toContain(CHECKS_SHEET);
    expect(summary()).toHaveTextContent("Найдено: 10 ошибок, 5 предупреждений, 1 замечание.");
    expect(summary()).toHaveTextContent("На отчётную дату 20.12.2024.");
    expect(summary()).toHaveTextContent("Лист «Проверка» обновлён");

    // Sheets in template order, alias names shown beside the canonical ones.
    const headers = screen
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent ?? "")
      .filter((t) => !t.startsWith("Молодые"));
    expect(headers).toEqual([
      "Наставники (лист «Банк наставников»)2 ошибки, 1 замечание",
      "Наставляемые1 ошибка, 1 предупреждение",
      "Пары (лист «Пары и группы»)6 ошибок, 2 предупреждения",
      "План (лист «Дорожная карта»)1 ошибка, 2 предупреждения",
    ]);
    const pairs = group("Пары");
    expect(within(pairs).getByRole("heading", { level: 4, name: "Ошибки (6)" })).toBeInTheDocument();
    expect(within(pairs).getByRole("heading", { level: 4, name: "Предупреждения (2)" })).toBeInTheDocument();
    expect(
      within(pairs).getByText(/Наставник «Кузьмин Аркадий Львович» не найден на листе «Наставники»/),
    ).toBeInTheDocument();
  });

  it("a click on an issue selects its cell, on the sheet as the file names it", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    await runCheck();

    fireEvent.click(screen.getByTestId("issue-P001-H11"));
    fireEvent.click(screen.getByTestId("issue-F004-I2"));
    fireEvent.click(screen.getByTestId("issue-F002-G5"));
    await settle();
    expect(port.selections).toEqual([
      { sheet: "Пары и группы", address: "H11" },
      { sheet: "Банк наставников", address: "I2" },
      { sheet: "Дорожная карта", address: "G5" },
    ]);
  });

  it("one line per rule and message with its count; it opens to its cells, and a cell selects itself", async () => {
    // The messy school (schoolFigures.ts): three young specialists without an active pair (M001 on
    // «База наставляемых» rows 10, 13, 14, ФИО in column B) and pair № 5 without an order number
    // (P008, «Номер приказа» in column K of row 10).
    const grid = await schoolGrid(MESSY);
    const port = portFromGrid(grid);
    await openChecks(port);
    await runCheck();

    const mentees = group("Наставляемые");
    // Three young specialists without a mentor: one line, not three, with the name left out of the wording.
    const lines = within(mentees).getAllByTestId("message-M001");
    expect(lines).toHaveLength(1);
    const header = within(lines[0]).getByRole("button");
    expect(header).toHaveTextContent("3 ячейки · M001");
    expect(header).toHaveTextContent(
      "У молодого специалиста «…» нет действующей пары на отчётную дату. Закрепите наставника на листе «Пары».",
    );
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(within(lines[0]).queryByRole("list")).not.toBeInTheDocument();

    fireEvent.click(header);
    const cells = within(within(lines[0]).getByRole("list")).getAllByRole("button");
    expect(cells.map((c) => c.textContent)).toEqual([
      "B10 — «Кудрявцева Ольга Дмитриевна»",
      "B13 — «Никитина Алина Юрьевна»",
      "B14 — «Осипова Дарья Ильинична»",
    ]);
    fireEvent.click(cells[1]);
    await settle();
    expect(port.selections).toEqual([{ sheet: "База наставляемых", address: "B13" }]);

    // A message that stands alone is shown whole, as before: pair № 5 (row 10) has no order number.
    expect(within(group("Пары")).queryByTestId("message-P008")).not.toBeInTheDocument();
    expect(within(group("Пары")).getByTestId("issue-P008-K10")).toHaveTextContent(
      /Действующая пара № 5 не закреплена приказом/,
    );
  });

  it("the M001 block lists exactly the young specialists without an active pair, each clickable", async () => {
    const grid = await schoolGrid(MISTAKES);
    const port = portFromGrid(grid);
    await openChecks(port);
    await runCheck();

    const block = screen.getByTestId("young-without-mentor");
    expect(within(block).getByRole("heading")).toHaveTextContent("Молодые специалисты без наставника (1)");
    const names = within(within(block).getByRole("list"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // Осипов: his pair was terminated on 15.11.2024 and the next one is only planned.
    const expected = ["Осипов Глеб Романович"];
    expect(names.map((n) => n?.replace(/Наставляемые, A\d+$/, ""))).toEqual(expected);
    // The KPI's own list of young specialists without a mentor agrees with the rule's.
    const kpiMissing = evaluateWorkbook(grid).kpis!.drill.young_mentored.missing.map((r) => r.label);
    expect(kpiMissing).toEqual(expected);

    fireEvent.click(within(block).getByRole("button", { name: "Осипов Глеб Романович, ячейка A8" }));
    await settle();
    expect(port.selections).toEqual([{ sheet: "Наставляемые", address: "A8" }]);
  });

  it("filters by severity and by sheet", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    await runCheck();

    expect(screen.getByTestId("filter-info")).toHaveTextContent("Замечания (1)");
    fireEvent.click(screen.getByTestId("filter-info"));
    expect(screen.getByTestId("filter-info")).toHaveAttribute("aria-pressed", "false");
    expect(within(group("Наставники")).getByTestId("group-counts")).toHaveTextContent(/^2 ошибки$/);
    expect(screen.queryByTestId("issue-R003-A6")).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId("filter-error"));
    // Only warnings are left: the sheets with none of them disappear.
    expect(screen.queryByTestId("issues-sheet-Наставники")).not.toBeInTheDocument();
    expect(within(group("Пары")).getByTestId("group-counts")).toHaveTextContent(/^2 предупреждения$/);
    expect(within(group("План")).getByTestId("group-counts")).toHaveTextContent(/^2 предупреждения$/);

    fireEvent.click(screen.getByTestId("filter-error"));
    fireEvent.click(screen.getByTestId("filter-info"));
    await pickOption(screen.getByRole("combobox", { name: "Лист" }), "План (лист «Дорожная карта»)");
    expect(screen.getAllByTestId(/^issues-sheet-/).map((e) => e.dataset.testid)).toEqual([
      "issues-sheet-План",
    ]);

    await pickOption(screen.getByRole("combobox", { name: "Лист" }), "Все листы");
    expect(screen.getAllByTestId(/^issues-sheet-/)).toHaveLength(4);
  });

  it("a sheet group collapses and opens again", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    await runCheck();
    const header = within(group("План")).getByRole("button", { name: /План/ });
    expect(screen.getByTestId("issue-F002-G5")).toBeVisible();
    fireEvent.click(header);
    expect(screen.queryByTestId("issue-F002-G5")).not.toBeInTheDocument();
    fireEvent.click(header);
    expect(screen.getByTestId("issue-F002-G5")).toBeInTheDocument();
  });
});

describe("live re-check", () => {
  it("after an edit, the list is re-checked (debounced) without writing anything", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    await runCheck();
    expect(screen.getByTestId("issue-P001-H11")).toBeInTheDocument();
    const reads = port.calls.readWorkbook;

    // The unknown mentor is replaced by a mentor of «Банк наставников»: P001 goes away.
    edit(port, "Пары и группы", 11, 8, "Голованов Пётр Андреевич");
    edit(port, "Пары и группы", 11, 8, "Голованов Пётр Андреевич");
    expect(screen.getByText("Обновляю список…")).toBeInTheDocument();
    expect(port.calls.readWorkbook).toBe(reads);

    await pause(LIVE_MS * 3);
    // Two edits within the delay make one re-check.
    expect(port.calls.readWorkbook).toBe(reads + 1);
    expect(screen.queryByTestId("issue-P001-H11")).not.toBeInTheDocument();
    expect(summary()).toHaveTextContent("Найдено: 9 ошибок");
    expect(summary()).toHaveTextContent("Список обновлён после ваших правок");
    expect(screen.queryByText("Обновляю список…")).not.toBeInTheDocument();
    // Office writes clear Excel's undo stack: typing never leads to a write.
    expect(port.calls.apply).toBe(1);
  });

  it("ignores edits before the first check, on the add-in's own sheets, and when switched off", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    edit(port, "Пары и группы", 11, 8, "Голованов Пётр Андреевич");
    await pause(LIVE_MS * 3);
    expect(port.calls.readWorkbook).toBe(0);

    await runCheck();
    edit(port, CHECKS_SHEET, 30, 1, "заметка");
    await pause(LIVE_MS * 3);
    expect(port.calls.readWorkbook).toBe(0);

    fireEvent.click(screen.getByRole("switch", { name: "Обновлять список после правок" }));
    await settle();
    expect(
      screen.queryByText("Лист «Проверка» и отметки обновятся по кнопке «Проверить»."),
    ).not.toBeInTheDocument();
    edit(port, "Пары и группы", 10, 8, "Голованов Пётр Андреевич");
    await pause(LIVE_MS * 3);
    expect(port.calls.readWorkbook).toBe(0);
  });

  it("unsubscribes when the panel closes", async () => {
    const port = await schoolPort(MISTAKES);
    const view = await openChecks(port);
    await runCheck();
    view.unmount();
    await settle();
    edit(port, "Пары и группы", 11, 8, "Голованов Пётр Андреевич");
    await pause(LIVE_MS * 3);
    expect(port.calls.readWorkbook).toBe(0);
  });

  it("an edit during «Проверить» is re-checked once the check is done", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    await runCheck();
    const release = port.hold("apply");
    fireEvent.click(screen.getByRole("button", { name: "Проверить" }));
    await settle();
    edit(port, "Пары и группы", 11, 8, "Голованов Пётр Андреевич");
    await pause(LIVE_MS * 3);
    expect(port.calls.readWorkbook).toBe(0);
    release();
    await pause(LIVE_MS * 3);
    expect(port.calls.readWorkbook).toBe(1);
    expect(screen.queryByTestId("issue-P001-H11")).not.toBeInTheDocument();
  });
});

describe("edge cases", () => {
  it("a workbook without errors: counts name only what was found, the errors filter says 0", async () => {
    const port = await schoolPort(TIDY);
    await openChecks(port);
    await runCheck();
    expect(screen.getByTestId("filter-error")).toHaveTextContent("Ошибки (0)");
    expect(summary()).toHaveTextContent("Найдено: 6 предупреждений, 1 замечание.");
  });

  it("when writing fails, the list is still shown with a warning", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    port.failNext("apply", new OfficeLikeError("AccessDenied", "protected"));
    await runCheck();
    expect(screen.getByText("Лист «Проверка» и отметки не записаны")).toBeInTheDocument();
    expect(screen.getByText(/книга или лист защищены/)).toBeInTheDocument();
    expect(summary()).toHaveTextContent("Найдено: 10 ошибок");
    expect(summary()).not.toHaveTextContent("Лист «Проверка» обновлён");
  });

  it("when reading fails, says why and lists nothing", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    port.failNext("readStructure", new OfficeLikeError("InvalidOperationInCellEditMode", "edit mode"));
    await runCheck();
    expect(screen.getByText("Проверка не выполнена")).toBeInTheDocument();
    expect(screen.getByText(/Завершите ввод/)).toBeInTheDocument();
    expect(port.calls.apply).toBe(0);
  });

  it("a failed selection (the sheet was renamed) is shown, not thrown", async () => {
    const port = await schoolPort(MISTAKES);
    await openChecks(port);
    await runCheck();
    port.failNext("select", new OfficeLikeError("ItemNotFound", "no sheet"));
    fireEvent.click(screen.getByTestId("issue-P001-H11"));
    await settle();
    expect(screen.getByText(/Не удалось перейти к ячейке H11 на листе «Пары и группы»/)).toBeInTheDocument();
  });

  it("a long list shows its first 200 items and «Показать ещё» adds 200 more", async () => {
    const items = Array.from({ length: 450 }, (_, i) => `строка ${i + 1}`);
    renderPanel(
      new MemoryPort(),
      <LimitedList items={items} label="Длинный список" itemKey={(s) => s} render={(s) => s} />,
    );
    const list = screen.getByRole("list", { name: "Длинный список" });
    // (Role queries over hundreds of items are slow in jsdom; the list's own children are enough.)
    expect(list.children).toHaveLength(200);
    fireEvent.click(screen.getByText("Показать ещё (250)"));
    expect(list.children).toHaveLength(400);
    fireEvent.click(screen.getByText("Показать ещё (50)"));
    expect(list.children).toHaveLength(450);
    expect(screen.queryByText(/Показать ещё/)).not.toBeInTheDocument();
  });
});
