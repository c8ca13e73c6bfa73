/** @jest-environment jsdom */
/**
 * «Подбор» on the fake port: the list is the domain's `suggest()`; «Назначить» appends exactly
 * one «Планируется» row to «Пары» with the next number and leaves every other row as it was;
 * «Подобрать всем» drafts `assignAll()`, an edited row is written as edited, an edit that takes
 * more places than a mentor has blocks writing; without «Отчётная дата» it says why.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import type { RawCell, WorkbookGrid } from "../../src/domain/grid";
import { assignAll } from "../../src/domain/matching/assign";
import { criteriaCatalogue } from "../../src/domain/matching/criteria";
import { suggest } from "../../src/domain/matching/suggest";
import { NO_MATCH_DATE } from "../../src/taskpane/hooks/useMatching";
import { MatchingPanel } from "../../src/taskpane/panels/MatchingPanel";
import { scoreText } from "../../src/taskpane/panels/matching/scoreText";
import { mentee, mentor, school } from "../domain/builders";
import { MemoryPort } from "./memoryPort";
import { renderPane, renderPanel, settle, useBrowserStubs } from "./renderPane";
import { portFromGrid, sampleGrid } from "./samples";

useBrowserStubs();

async function openMatching(port: MemoryPort, onWorkbookChanged: () => void = () => undefined) {
  const view = renderPanel(port, <MatchingPanel onWorkbookChanged={onWorkbookChanged} />);
  await settle();
  return view;
}

const evaluated = async (port: MemoryPort): Promise<SchoolResult> =>
  evaluateWorkbook(await port.readWorkbook());

const menteeCards = () => screen.queryAllByTestId("mentee-suggestion");
const cardOf = (name: string) => menteeCards().find((c) => within(c).queryByText(name) !== null)!;
const draftLine = (name: string) =>
  screen.getAllByTestId("draft-line").find((c) => within(c).queryByText(name) !== null)!;
// Role queries over the whole pane are slow in jsdom (every card has buttons and accordions):
// buttons are found by their text, comboboxes within their own card.
const buttonWith = (text: string) => screen.getByText(text).closest("button")!;
const mentorBox = (menteeName: string) =>
  within(draftLine(menteeName)).getByRole("combobox", { name: `Наставник для ${menteeName}` });
const writeButton = () => buttonWith("Записать в «Пары»");

/** Picks a mentor in a draft row's Dropdown: its listbox is found by the id the combobox names. */
async function pickMentor(menteeName: string, optionText: string): Promise<void> {
  const box = mentorBox(menteeName);
  fireEvent.click(box);
  const listbox = document.getElementById(box.getAttribute("aria-controls")!)!;
  fireEvent.click(within(listbox).getByRole("option", { name: optionText }));
  await settle();
}

/** «93 %» as the pane writes it: a no-break space before the sign (ru-RU). */
const pc = (n: number) => `${n}\u00a0%`;
/** toHaveTextContent compares whitespace-collapsed text, where a no-break space is a space. */
const spaced = (s: string) => s.replace(/\u00a0/g, " ");

/** «Пары» as the user sees it: every row's non-empty cells. */
const pairsRows = (port: MemoryPort): RawCell[][] =>
  port.grid("Пары").rows.map((r) => r.filter((c) => c !== null));

describe("the suggestions (school-01)", () => {
  it("opens from its tab after «Показатели» and lists exactly what suggest() gives, young specialists first", async () => {
    const grid = await sampleGrid("school-01.xlsx");
    const port = portFromGrid(grid);
    renderPane(port);
    await settle();
    const tabs = screen.getAllByRole("tab").map((t) => t.id);
    expect(tabs.indexOf("tab-matching")).toBe(tabs.indexOf("tab-kpi") + 1);
    fireEvent.click(screen.getByRole("tab", { name: "Подбор" }));
    await settle();

    const panel = screen.getByRole("tabpanel", { name: "Подбор" });
    expect(within(panel).getByRole("heading", { name: "Подбор" })).toBeInTheDocument();
    const want = suggest(evaluateWorkbook(grid));
    expect(want.length).toBe(3);
    const shown = menteeCards().map((card) => [
      card.querySelector("button span")!.textContent,
      within(card).queryByText("молодой специалист") !== null,
      within(card)
        .getAllByTestId("candidate")
        .map((c) => [c.dataset.mentor, within(c).getByTestId("candidate-score").textContent]),
    ]);
    expect(shown).toEqual(
      want.map((s) => [s.mentee.name, s.young, s.candidates.map((c) => [c.mentor.name, scoreText(c.score)])]),
    );
    // Морозова → Беляева Юлия Андреевна at 0,93 (as `nastavnik match` prints it).
    expect(shown[0][2]).toContainEqual(["Беляева Юлия Андреевна", pc(93)]);
    expect(screen.getByTestId("matching-summary")).toHaveTextContent(
      "На 20.12.2024 без наставника: 3 (молодых специалистов: 2).",
    );
    expect(port.calls.apply).toBe(0);
  });

  it("explains a candidate criterion by criterion, with the domain's sentences", async () => {
    const grid = await sampleGrid("school-01.xlsx");
    await openMatching(portFromGrid(grid));
    const first = suggest(evaluateWorkbook(grid))[1].candidates[0];
    const candidate = within(cardOf("Павлова Татьяна Александровна")).getAllByTestId("candidate")[0];
    fireEvent.click(within(candidate).getByRole("button", { name: `Почему ${scoreText(first.score)}` }));
    const items = within(within(candidate).getByTestId("reasons")).getAllByRole("listitem");
    expect(items).toHaveLength(criteriaCatalogue.length);
    criteriaCatalogue.forEach((c, i) => {
      expect(items[i]).toHaveTextContent(c.title);
      expect(items[i]).toHaveTextContent(first.reasons[c.id].text);
    });
    expect(items[0]).toHaveTextContent("Предмет (100 %): тот же предмет — начальные классы");
  });

  it("a mentee's name selects its row on «Наставляемые»", async () => {
    const port = portFromGrid(await sampleGrid("school-01.xlsx"));
    await openMatching(port);
    fireEvent.click(
      within(cardOf("Павлова Татьяна Александровна")).getByRole("button", { name: /^Павлова/ }),
    );
    await settle();
    expect(port.selections).toEqual([{ sheet: "Наставляемые", address: "A7" }]);
  });
});

describe("«Назначить»", () => {
  it("appends one «Планируется» row numbered after the largest №, and the mentee leaves the list", async () => {
    const port = portFromGrid(await sampleGrid("school-01.xlsx"));
    const changed = jest.fn();
    await openMatching(port, changed);
    const before = pairsRows(port);
    const pairsBefore = (await evaluated(port)).wb.pairs.length;

    const card = cardOf("Павлова Татьяна Александровна");
    fireEvent.click(
      within(card).getByRole("button", {
        name: "Назначить: Андреева Наталья Викторовна — наставник для Павлова Татьяна Александровна",
      }),
    );
    await settle();

    expect(port.plans).toHaveLength(1);
    const after = pairsRows(port);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    const result = await evaluated(port);
    expect(result.wb.pairs).toHaveLength(pairsBefore + 1);
    const added = result.wb.pairs.at(-1)!;
    expect([added.no, added.mentorName, added.menteeName, added.status, added.form]).toEqual([
      "20",
      "Андреева Наталья Викторовна",
      "Павлова Татьяна Александровна",
      "Планируется",
      "Учитель – учитель",
    ]);
    expect(result.issues.filter((i) => i.sheet === "Пары" && i.row === added.row)).toEqual([]);

    expect(screen.getByTestId("matching-written")).toHaveTextContent(
      "Записана 1 строка со статусом «Планируется» на лист «Пары»",
    );
    expect(screen.getByTestId("matching-written")).toHaveTextContent("№ 20");
    expect(changed).toHaveBeenCalledTimes(1);
    // Read again: Павлова has her (planned) mentor now; the others stay, as suggest() says.
    expect(menteeCards().map((c) => c.dataset.row)).toEqual(suggest(result).map((s) => String(s.mentee.row)));
    expect(cardOf("Павлова Татьяна Александровна")).toBeUndefined();
    expect(menteeCards()).toHaveLength(2);
  });

  it("a mentee no mentor may take shows why; a workbook without «Пары» gets the Russian message and no write", async () => {
    const grid = school(
      {
        mentors: [mentor("Орлова Нина Сергеевна", { Согласие: "нет" }), mentor("Петрова Мария Ивановна")],
        mentees: [mentee("Титова Анна Сергеевна"), mentee("Лебедев Олег Игоревич", { Категория: "Студент" })],
      },
      { omit: ["Пары"] },
    );
    const port = portFromGrid(grid);
    await openMatching(port);
    expect(within(cardOf("Лебедев Олег Игоревич")).getByTestId("no-candidates")).toHaveTextContent(
      "Нет подходящего наставника: без согласия — 1, не подходят по категории — 1.",
    );
    fireEvent.click(within(cardOf("Титова Анна Сергеевна")).getByRole("button", { name: /^Назначить/ }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("В книге нет листа «Пары»");
    expect(port.calls.apply).toBe(0);
  });
});

describe("«Подобрать всем» (school-02)", () => {
  async function openDraft(grid: WorkbookGrid) {
    const port = portFromGrid(grid);
    await openMatching(port);
    fireEvent.click(buttonWith("Подобрать всем"));
    return port;
  }

  it("drafts assignAll(); an edited row is written as edited, with the others, in one plan", async () => {
    const grid = await sampleGrid("school-02.xlsx");
    const assignment = assignAll(evaluateWorkbook(grid));
    expect(assignment.pairs).toHaveLength(5);
    const port = await openDraft(grid);
    const before = pairsRows(port);

    // The draft is the assignment: every row shows the proposed mentor and its score.
    expect(screen.getAllByTestId("draft-line").map((l) => l.dataset.row)).toEqual(
      assignment.pairs.map((p) => String(p.mentee.row)),
    );
    for (const p of assignment.pairs)
      expect(mentorBox(p.mentee.name!)).toHaveTextContent(spaced(`${p.mentor.name} — ${scoreText(p.score)}`));
    expect(screen.getByTestId("draft-summary")).toHaveTextContent("Наставник выбран: 5 из 5.");

    // Виноградов: Фёдорова proposed; the methodist prefers Комарова (his second suggestion).
    await pickMentor("Виноградов Иван Викторович", `Комарова Ольга Николаевна — ${pc(83)}`);
    expect(
      within(draftLine("Виноградов Иван Викторович")).getByText(/изменено, предлагался Фёдорова/),
    ).toBeVisible();
    // Козлов is left out.
    await pickMentor("Козлов Александр Иванович", "— не назначать —");
    expect(screen.getByTestId("draft-summary")).toHaveTextContent("Наставник выбран: 4 из 5.");

    fireEvent.click(writeButton());
    await settle();
    expect(port.plans).toHaveLength(1);
    const after = pairsRows(port);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = (await evaluated(port)).wb.pairs.slice(-4);
    expect(added.map((p) => [p.no, p.menteeName, p.mentorName, p.status])).toEqual([
      ["20", "Виноградов Иван Викторович", "Комарова Ольга Николаевна", "Планируется"],
      ["21", "Петрова Анна Сергеевна", "Киселёва Наталья Викторовна", "Планируется"],
      ["22", "Семёнова Дарья Ивановна", "Киселёва Наталья Викторовна", "Планируется"],
      ["23", "Соколова Алёна Петровна", "Волкова Дарья Александровна", "Планируется"],
    ]);
    expect(after).toHaveLength(before.length + 4);
    expect(screen.getByTestId("matching-written")).toHaveTextContent(
      "Записаны 4 строки со статусом «Планируется» на лист «Пары»",
    );
    expect(screen.getByTestId("matching-written")).toHaveTextContent("№ 20–23");
    expect(screen.getByTestId("matching-written")).toHaveFocus();
    // The draft is closed and the list read again: only Козлов still waits.
    expect(screen.queryByTestId("matching-draft")).not.toBeInTheDocument();
    expect(menteeCards().map((c) => c.dataset.row)).toEqual(["22"]);
  });

  it("an edit that gives a mentor more mentees than free places is marked and blocks writing", async () => {
    const port = await openDraft(await sampleGrid("school-02.xlsx"));
    expect(writeButton()).toBeEnabled();
    // Киселёва already takes three (all her free places); a fourth is one too many.
    await pickMentor("Виноградов Иван Викторович", `Киселёва Наталья Викторовна — ${pc(70)}`);
    const over = screen.getAllByTestId("draft-line").filter((l) => l.dataset.over === "true");
    expect(over.map((l) => l.dataset.row)).toEqual(["4", "8", "9", "22"]);
    expect(
      within(over[0]).getByText(
        /Мест не хватает: Киселёва Наталья Викторовна выбран для 4 наставляемых, а свободно мест: 3/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId("draft-overbooked")).toHaveTextContent("Свободных мест не хватает");
    expect(writeButton()).toBeDisabled();
    fireEvent.click(writeButton());
    await settle();
    expect(port.calls.apply).toBe(0);

    // Taking Козлов off her list frees the place: writing is possible again.
    await pickMentor("Козлов Александр Иванович", "— не назначать —");
    expect(screen.queryByTestId("draft-overbooked")).not.toBeInTheDocument();
    expect(screen.getAllByTestId("draft-line").filter((l) => l.dataset.over === "true")).toEqual([]);
    expect(writeButton()).toBeEnabled();
  });

  it("a consent withdrawn after the draft was made: nothing is written, the reason shows by the button", async () => {
    const grid = await sampleGrid("school-02.xlsx");
    const port = await openDraft(grid);
    // Фёдорова (proposed for Виноградов) withdraws her consent on «Банк наставников».
    const fedorova = evaluateWorkbook(grid).wb.mentors.find((m) => m.name === "Фёдорова Ольга Андреевна")!;
    act(() => port.userEdit("Банк наставников", fedorova.row, fedorova.src.cells.consent.col, "нет"));
    expect(screen.getByText(/Книга изменилась после подбора/)).toBeInTheDocument();

    fireEvent.click(writeButton());
    await settle();
    expect(port.calls.apply).toBe(0);
    const alert = within(screen.getByTestId("matching-draft")).getByRole("alert");
    expect(alert).toHaveTextContent(
      "«Фёдорова Ольга Андреевна» не может стать наставником «Виноградов Иван Викторович»: нет письменного согласия наставника",
    );
    expect(alert).toHaveTextContent("нажмите «Обновить»");
    expect(alert).toHaveFocus();
  });

  it("«Закрыть черновик» goes back to the list without writing", async () => {
    const port = await openDraft(await sampleGrid("school-02.xlsx"));
    fireEvent.click(buttonWith("Закрыть черновик"));
    expect(screen.queryByTestId("matching-draft")).not.toBeInTheDocument();
    expect(menteeCards()).toHaveLength(5);
    expect(port.calls.apply).toBe(0);
  });
});

describe("reading", () => {
  it("without «Отчётная дата» it says why nothing can be matched", async () => {
    const port = portFromGrid(await sampleGrid("school-01.xlsx"));
    const info = port.grid("Сведения").rows;
    const row = info.findIndex((r) => r.some((c) => typeof c === "string" && c.startsWith("Отчётная дата")));
    const col = info[row].findIndex((c) => typeof c === "string" && c.startsWith("Отчётная дата")) + 2;
    port.userEdit("Сведения", row + 1, col, null);
    await openMatching(port);
    expect(screen.getByText("Подбор невозможен")).toBeInTheDocument();
    expect(screen.getByText(NO_MATCH_DATE)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Подобрать всем" })).not.toBeInTheDocument();
    expect(menteeCards()).toEqual([]);
  });

  it("after the user edits the workbook it says so; «Обновить» reads again", async () => {
    const port = portFromGrid(await sampleGrid("school-01.xlsx"));
    await openMatching(port);
    expect(port.calls.readWorkbook).toBe(1);
    act(() => port.userEdit("Пары", 2, 15, "заметка"));
    expect(screen.getByText(/Книга изменилась после подбора/)).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole("button", { name: "Обновить" })[0]);
    await settle();
    expect(port.calls.readWorkbook).toBe(2);
    expect(screen.queryByText(/Книга изменилась после подбора/)).not.toBeInTheDocument();
  });

  it("a row typed in after the list was read is not written over: the rows go below it", async () => {
    const grid = await sampleGrid("school-01.xlsx");
    const port = portFromGrid(grid);
    await openMatching(port);
    const last = port.grid("Пары").rows.length;
    // The methodist types a pair of her own under the last row, then clicks «Назначить».
    act(() => {
      port.userEdit("Пары", last + 1, 1, "77");
      port.userEdit("Пары", last + 1, 2, "Киселёва Ирина Ивановна");
      port.userEdit("Пары", last + 1, 3, "Беляева Мария Сергеевна");
    });
    fireEvent.click(
      within(cardOf("Морозова Ирина Ивановна")).getByRole("button", {
        name: "Назначить: Беляева Юлия Андреевна — наставник для Морозова Ирина Ивановна",
      }),
    );
    await settle();
    const rows = port.grid("Пары").rows;
    expect(rows[last].slice(0, 3)).toEqual(["77", "Киселёва Ирина Ивановна", "Беляева Мария Сергеевна"]);
    expect(rows[last + 1].slice(0, 3)).toEqual(["78", "Беляева Юлия Андреевна", "Морозова Ирина Ивановна"]);
  });
});
