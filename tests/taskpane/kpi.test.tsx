/** @jest-environment jsdom */
/**
 * «Показатели» on the fake port: a card per KPI of the catalogue with the engine's figures, target
 * and status; drill-down rows that select their cells; another date recomputes; nothing is written.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { leftOutOf } from "../../src/domain/kpi/leftOut";
import { evaluateWorkbook } from "../../src/domain/engine";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { dayFromIso } from "../../src/domain/values/dates";
import { KpiPanel } from "../../src/taskpane/panels/KpiPanel";
import { MemoryPort, OfficeLikeError } from "./memoryPort";
import { renderPane, renderPanel, settle, showKpiCards, useBrowserStubs } from "./renderPane";
import { MISTAKES, portFromGrid, schoolGrid, schoolPort, TIDY } from "./schools";

useBrowserStubs();

/** The panel with its full cards open (they are shown on demand, below the overview). */
async function openKpis(port: MemoryPort) {
  const view = renderPanel(port, <KpiPanel onWorkbookChanged={() => undefined} />);
  await settle();
  showKpiCards();
  return view;
}

const card = (id: string) => screen.getByTestId(`kpi-${id}`);
const field = (id: string, name: string) => card(id).querySelector<HTMLElement>(`[data-field="${name}"]`)!;
const dateInput = () => screen.getByLabelText("Дата расчёта") as HTMLInputElement;

// The figures of the tidy school are derived row by row in tests/fixtures/schoolFigures.ts.
describe("«Показатели» on the tidy school", () => {
  it("opens from the tab and shows a card for every KPI of the catalogue, in its order", async () => {
    const port = await schoolPort(TIDY);
    renderPane(port);
    await settle();
    fireEvent.click(screen.getByRole("tab", { name: "Показатели" }));
    await settle();
    expect(screen.queryByTestId("kpi-cards")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: `Все показатели подробно (${kpiCatalogue.length})` }));

    // (Plain DOM queries: role queries over sixteen cards are slow in jsdom.)
    const cards = [...screen.getByTestId("kpi-cards").children] as HTMLElement[];
    expect(cards.map((c) => c.dataset.testid)).toEqual(kpiCatalogue.map((k) => `kpi-${k.id}`));
    for (const k of kpiCatalogue) {
      expect(card(k.id)).toHaveAttribute("role", "group");
      expect(card(k.id).querySelector("h3")).toHaveTextContent(k.title);
      expect(card(k.id)).toHaveAccessibleName(k.title);
    }
    expect(port.calls.apply).toBe(0);
  });

  it("a share card: percentage, «5 из 7», target, status in words and colour, definition and scope", async () => {
    await openKpis(await schoolPort(TIDY));
    const young = card("young_mentored");
    expect(field("young_mentored", "value")).toHaveTextContent("71,4 %");
    expect(young).toHaveTextContent("5 из 7");
    expect(young).toHaveTextContent("цель 70 %");
    expect(young.dataset.status).toBe("met");
    expect(within(young).getByTestId("kpi-status")).toHaveTextContent("достигнуто");
    expect(young).toHaveTextContent("Период: на отчётную дату (20.12.2024)");
    expect(young).toHaveTextContent("Молодые специалисты, у которых на отчётную дату есть действующая пара");

    // 29,2 % of teachers against 70 %: far from the target.
    expect(card("teachers_involved").dataset.status).toBe("far");
    expect(within(card("teachers_involved")).getByTestId("kpi-status")).toHaveTextContent("далеко");
    expect(card("teachers_involved")).toHaveTextContent(
      "Период: с начала учебного года (01.09.2024 – 20.12.2024)",
    );
    // 90 % of pairs formalised against 100 %: an order is a legal requirement, so not met — never «близко».
    expect(card("formalized").dataset.status).toBe("unfulfilled");
    expect(within(card("formalized")).getByTestId("kpi-status")).toHaveTextContent("не выполнено");
    // No target: no status at all rather than a colour that means nothing.
    expect(within(card("mentors_trained")).queryByTestId("kpi-status")).not.toBeInTheDocument();
    expect(card("mentors_trained")).toHaveTextContent("цель не задана");
    expect(card("retention")).toHaveTextContent("1 из 2");
  });

  it("breakdowns: groups by form and kind, mentor load, satisfaction, overdue, road map", async () => {
    await openKpis(await schoolPort(TIDY));
    const groups = card("active_groups");
    expect(field("active_groups", "value")).toHaveTextContent("8");
    expect(field("active_groups", "links")).toHaveTextContent("10");
    expect(within(groups).getByLabelText("По формам")).toHaveTextContent(
      "Учитель – учитель5Руководитель ОО – педагог1Ученик – ученик2",
    );
    expect(within(groups).getByLabelText("По видам")).toHaveTextContent(
      "Традиционное (один на один)7Групповое1",
    );

    expect(field("mentor_load", "mentors")).toHaveTextContent("5");
    expect(field("mentor_load", "mean")).toHaveTextContent("2");
    expect(field("mentor_load", "median")).toHaveTextContent("2");
    expect(field("mentor_load", "max")).toHaveTextContent("4");
    expect(field("mentor_load", "overLimit")).toHaveTextContent("1");
    expect(card("mentor_load")).toHaveTextContent("Выше допустимой нагрузки (более 3)");

    expect(field("satisfaction", "mentor.mean")).toHaveTextContent("7");
    expect(field("satisfaction", "mentee.n")).toHaveTextContent("2");
    expect(field("overdue", "value")).toHaveTextContent("1");
    // An overdue programme against none allowed: not met.
    expect(card("overdue").dataset.status).toBe("unfulfilled");
    expect(field("plan_done", "overdue")).toHaveTextContent("1");
    expect(field("documents", "numerator")).toHaveTextContent("4");
  });

  it("drill-down lists who is counted and who is missing, named for the KPI; a row selects its cell", async () => {
    const port = await schoolPort(TIDY);
    await openKpis(port);
    const missing = screen.getByTestId("drill-young_mentored-missing");
    const header = within(missing).getByRole("button", { name: "Без наставника (2)" });
    expect(within(screen.getByTestId("drill-young_mentored-counted")).getByRole("button")).toHaveTextContent(
      "С наставником (5)",
    );
    // «Не учтены» is gone: one word, «Не учитываются», is kept for rows a KPI leaves out.
    expect(screen.queryByText(/Не учтен/)).not.toBeInTheDocument();
    fireEvent.click(header);
    const rows = within(missing).getByRole("list");
    expect(rows).toHaveTextContent("Зайцева Анна Сергеевна");
    expect(rows).toHaveTextContent("Белкина Дарья Романовна");
    fireEvent.click(within(rows).getByText("Белкина Дарья Романовна"));
    await settle();
    expect(port.selections).toEqual([{ sheet: "Наставляемые", address: "A7" }]);

    // Load: the mentors above the limit are the «missing» part, named for what they are.
    expect(
      within(screen.getByTestId("drill-mentor_load-missing")).getByRole("button", {
        name: "Выше допустимой нагрузки (1)",
      }),
    ).toBeInTheDocument();
  });

  it("rows left out: «Не учитываются», explained, by reason; on the alias sheets of the school with mistakes", async () => {
    const grid = await schoolGrid(MISTAKES);
    const port = portFromGrid(grid);
    await openKpis(port);
    const excluded = screen.getByTestId("drill-young_mentored-excluded");
    // The engine's own rows left out: those it could not count, then pairs that do not take part.
    const drill = evaluateWorkbook(grid).kpis!.drill.young_mentored;
    const engine = leftOutOf([...drill.notCounted, ...drill.excluded]);
    expect(engine.count).toBeGreaterThan(0);
    fireEvent.click(within(excluded).getByRole("button", { name: `Не учитываются (${engine.count})` }));
    expect(within(excluded).getByTestId("left-out-explained")).toHaveTextContent(
      "Не учитываются — строки, которые не входят в расчёт показателей, с причиной у каждой",
    );
    // Each reason once, with its count, then its rows.
    for (const r of engine.reasons)
      expect(within(excluded).getByText(`«${r.sheet}»: ${r.reason} (${r.rows.length})`)).toBeInTheDocument();
    const items = within(excluded)
      .getAllByRole("list")
      .flatMap((l) => within(l).getAllByRole("listitem"));
    expect(items.map((i) => i.textContent)).toEqual(
      engine.reasons.flatMap((g) =>
        g.rows.map((r) => `${r.label}${r.sheetInFile ?? r.sheet}, строка ${r.row}`),
      ),
    );

    // A mentor's row is selected on «Банк наставников», as the file names the sheet.
    const counted = screen.getByTestId("drill-consent-counted");
    fireEvent.click(within(counted).getByRole("button", { name: /^С согласием/ }));
    fireEvent.click(within(within(counted).getByRole("list")).getAllByRole("button")[0]);
    await settle();
    expect(port.selections[0].sheet).toBe("Банк наставников");
  });
});

describe("the date", () => {
  it("defaults to «Отчётная дата»; another date recomputes with the engine; the button goes back", async () => {
    const grid = await schoolGrid(TIDY);
    await openKpis(portFromGrid(grid));
    expect(dateInput().value).toBe("2024-12-20");
    expect(field("active_groups", "value")).toHaveTextContent("8");

    fireEvent.change(dateInput(), { target: { value: "2024-09-02" } });
    const early = evaluateWorkbook(grid, { asOf: dayFromIso("2024-09-02")! }).kpis!.values;
    expect(field("active_groups", "value").dataset.value).toBe(String(early.active_groups.value));
    expect(early.active_groups.value).toBeLessThan(8);
    expect(field("young_mentored", "numerator").dataset.value).toBe(String(early.young_mentored.numerator));
    expect(card("young_mentored")).toHaveTextContent("на отчётную дату (02.09.2024)");
    expect(screen.getByText("Отчётная дата книги: 20.12.2024.")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "На отчётную дату" }));
    expect(dateInput().value).toBe("2024-12-20");
    expect(field("active_groups", "value")).toHaveTextContent("8");
  });

  it("without «Отчётная дата» it says why there are no figures, and a picked date computes them", async () => {
    const grid = await schoolGrid(TIDY);
    const port = portFromGrid(grid);
    // «Отчётная дата» is an item of «Сведения»; clear its value.
    const info = port.grid("Сведения").rows;
    const row = info.findIndex((r) => r.some((c) => typeof c === "string" && c.startsWith("Отчётная дата")));
    const col = info[row].findIndex((c) => typeof c === "string" && c.startsWith("Отчётная дата")) + 2;
    port.userEdit("Сведения", row + 1, col, null);
    await openKpis(port);
    expect(screen.getByText("Показатели не рассчитаны")).toBeInTheDocument();
    expect(screen.getByText(/Не указана или не читается «Отчётная дата»/)).toBeInTheDocument();
    expect(dateInput().value).toBe("");

    fireEvent.change(dateInput(), { target: { value: "2024-12-20" } });
    expect(screen.queryByText("Показатели не рассчитаны")).not.toBeInTheDocument();
    showKpiCards();
    expect(card("young_mentored")).toHaveTextContent("5 из 7");
  });
});

describe("reading", () => {
  it("after the user edits the workbook the panel says so; «Обновить» reads it again", async () => {
    const port = await schoolPort(TIDY);
    await openKpis(port);
    expect(port.calls.readWorkbook).toBe(1);
    act(() => port.userEdit("Пары", 2, 15, "заметка"));
    expect(screen.getByText(/Книга изменилась после расчёта/)).toBeInTheDocument();

    fireEvent.click(screen.getAllByText("Обновить")[0]);
    await settle();
    expect(port.calls.readWorkbook).toBe(2);
    expect(screen.queryByText(/Книга изменилась после расчёта/)).not.toBeInTheDocument();
    expect(port.calls.apply).toBe(0);
  });

  it("a failed read is shown in Russian", async () => {
    const port = await schoolPort(TIDY);
    port.failNext("readWorkbook", new OfficeLikeError("InvalidOperationInCellEditMode", "edit mode"));
    await openKpis(port);
    expect(screen.getByText("Не удалось прочитать книгу")).toBeInTheDocument();
    expect(screen.getByText(/Завершите ввод/)).toBeInTheDocument();
  });
});
