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
import { matchPool } from "../../src/domain/matching/pool";
import { suggest } from "../../src/domain/matching/suggest";
import { NO_MATCH_DATE } from "../../src/taskpane/hooks/useMatching";
import { MatchingPanel } from "../../src/taskpane/panels/MatchingPanel";
import { scoreText } from "../../src/taskpane/panels/matching/scoreText";
import { mentee, mentor, school } from "../domain/builders";
import { MemoryPort } from "./memoryPort";
import { renderPane, renderPanel, settle, useBrowserStubs } from "./renderPane";
import { MESSY, portFromGrid, schoolGrid, TIDY } from "./schools";

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

/** toHaveTextContent compares whitespace-collapsed text, where a no-break space is a space. */
const spaced = (s: string) => s.replace(/\u00a0/g, " ");

/** «Пары» as the user sees it: every row's non-empty cells. */
const pairsRows = (port: MemoryPort): RawCell[][] =>
  port.grid("Пары").rows.map((r) => r.filter((c) => c !== null));

describe("the suggestions (the tidy school)", () => {
  it("opens from its tab after «Показатели» and lists exactly what suggest() gives, young specialists first", async () => {
    const grid = await schoolGrid(TIDY);
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
    // Зайцева (young, her pair ended) and Нестеров (a student with no pair); Белкина already has a
    // planned pair (row 13) and is not matched again.
    expect(want.map((s) => s.mentee.name)).toEqual(["Зайцева Анна Сергеевна", "Нестеров Глеб Артёмович"]);
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
    expect(shown.map((s) => s[1])).toEqual([true, false]);
    expect(screen.getByTestId("matching-summary")).toHaveTextContent(
      "На 20.12.2024 без наставника: 2 (молодых специалистов: 1).",
    );
    expect(port.calls.apply).toBe(0);
  });

  it("explains a candidate criterion by criterion, with the domain's sentences", async () => {
    const grid = await schoolGrid(TIDY);
    await openMatching(portFromGrid(grid));
    const first = suggest(evaluateWorkbook(grid))[0].candidates[0];
    const candidate = within(cardOf("Зайцева Анна Сергеевна")).getAllByTestId("candidate")[0];
    fireEvent.click(within(candidate).getByRole("button", { name: `Почему ${scoreText(first.score)}` }));
    const items = within(within(candidate).getByTestId("reasons")).getAllByRole("listitem");
    expect(items).toHaveLength(criteriaCatalogue.length);
    criteriaCatalogue.forEach((c, i) => {
      expect(items[i]).toHaveTextContent(c.title);
      expect(items[i]).toHaveTextContent(first.reasons[c.id].text);
    });
    // Полякова teaches history, like Зайцева, and has all three places free: she comes first.
    expect(first.mentor.name).toBe("Полякова Светлана Юрьевна");
    expect(items[0]).toHaveTextContent("Предмет (100 %): тот же предмет — история");
  });

  it("a mentee's name selects its row on «Наставляемые»", async () => {
    const port = portFromGrid(await schoolGrid(TIDY));
    await openMatching(port);
    fireEvent.click(within(cardOf("Зайцева Анна Сергеевна")).getByRole("button", { name: /^Зайцева/ }));
    await settle();
    expect(port.selections).toEqual([{ sheet: "Наставляемые", address: "A2" }]);
  });
});

const ASSIGN_ZAITSEVA = "Назначить: Полякова Светлана Юрьевна — наставник для Зайцева Анна Сергеевна";

describe("«Назначить»", () => {
  it("appends one «Планируется» row numbered after the largest №, and the mentee leaves the list", async () => {
    const port = portFromGrid(await schoolGrid(TIDY));
    const changed = jest.fn();
    await openMatching(port, changed);
    const before = pairsRows(port);
    const pairsBefore = (await evaluated(port)).wb.pairs.length;

    fireEvent.click(within(cardOf("Зайцева Анна Сергеевна")).getByRole("button", { name: ASSIGN_ZAITSEVA }));
    await settle();

    expect(port.plans).toHaveLength(1);
    const after = pairsRows(port);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    const result = await evaluated(port);
    expect(result.wb.pairs).toHaveLength(pairsBefore + 1);
    const added = result.wb.pairs.at(-1)!;
    // The largest № of the tidy school's «Пары» is 11.
    expect([added.no, added.mentorName, added.menteeName, added.status, added.form]).toEqual([
      "12",
      "Полякова Светлана Юрьевна",
      "Зайцева Анна Сергеевна",
      "Планируется",
      "Учитель – учитель",
    ]);
    expect(result.issues.filter((i) => i.sheet === "Пары" && i.row === added.row)).toEqual([]);

    expect(screen.getByTestId("matching-written")).toHaveTextContent(
      "Записана 1 строка со статусом «Планируется» на лист «Пары»",
    );
    expect(screen.getByTestId("matching-written")).toHaveTextContent("№ 12");
    expect(changed).toHaveBeenCalledTimes(1);
    // Read again: Зайцева has her (planned) mentor now; Нестеров stays, as suggest() says.
    expect(menteeCards().map((c) => c.dataset.row)).toEqual(suggest(result).map((s) => String(s.mentee.row)));
    expect(cardOf("Зайцева Анна Сергеевна")).toBeUndefined();
    expect(menteeCards()).toHaveLength(1);
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

/**
 * The messy school (no tables, title rows, «Наставнические пары»): five mentees without a pair —
 * Кудрявцева, Никитина, Осипова (young), Мельникова (a student), Павленко — and four teacher mentors
 * with consent and 2, 2, 2 and 1 free places (Шевченко already has two mentees).
 */
describe("«Подобрать всем» (the messy school)", () => {
  const PAIRS_SHEET = "Наставнические пары";
  const SHEVCHENKO = "Шевченко Анна Викторовна";
  const draftRows = (port: MemoryPort): RawCell[][] =>
    port.grid(PAIRS_SHEET).rows.map((r) => r.filter((c) => c !== null));

  async function openDraft(grid: WorkbookGrid) {
    const port = portFromGrid(grid);
    await openMatching(port);
    fireEvent.click(buttonWith("Подобрать всем"));
    return port;
  }

  /** The draft's mentees with the mentor proposed for each, in the draft's order. */
  const proposals = (grid: WorkbookGrid) => assignAll(evaluateWorkbook(grid)).pairs;

  it("drafts assignAll(); an edited row is written as edited, with the others, in one plan", async () => {
    const grid = await schoolGrid(MESSY);
    const result = evaluateWorkbook(grid);
    const assignment = assignAll(result);
    expect(assignment.pairs).toHaveLength(5);
    const port = await openDraft(grid);
    const before = draftRows(port);

    // The draft is the assignment: every row shows the proposed mentor and its score.
    expect(screen.getAllByTestId("draft-line").map((l) => l.dataset.row)).toEqual(
      assignment.pairs.map((p) => String(p.mentee.row)),
    );
    for (const p of assignment.pairs)
      expect(mentorBox(p.mentee.name!)).toHaveTextContent(spaced(`${p.mentor.name} — ${scoreText(p.score)}`));
    expect(screen.getByTestId("draft-summary")).toHaveTextContent("Наставник выбран: 5 из 5.");

    // The methodist prefers, for the first mentee, another suggestion than the proposed one …
    // (one with a place left after the draft's own choices).
    const [first, ...rest] = assignment.pairs;
    const pool = matchPool(result.analysis);
    const taken = (m: unknown) => assignment.pairs.filter((p) => p.mentor === m).length;
    const other = suggest(result, 20)
      .find((s) => s.mentee === first.mentee)!
      .candidates.find((c) => c.mentor !== first.mentor && taken(c.mentor) < pool.free[c.index])!;
    await pickMentor(first.mentee.name!, `${other.mentor.name} — ${scoreText(other.score)}`);
    const proposedSurname = first.mentor.name!.split(" ")[0];
    expect(
      within(draftLine(first.mentee.name!)).getByText(new RegExp(`изменено, предлагался ${proposedSurname}`)),
    ).toBeVisible();
    // … and leaves the last one out.
    const left = rest.at(-1)!;
    await pickMentor(left.mentee.name!, "— не назначать —");
    expect(screen.getByTestId("draft-summary")).toHaveTextContent("Наставник выбран: 4 из 5.");

    fireEvent.click(writeButton());
    await settle();
    expect(port.plans).toHaveLength(1);
    const after = draftRows(port);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 4);
    // Numbered after the largest № of the sheet, 7.
    const added = (await evaluated(port)).wb.pairs.slice(-4);
    expect(added.map((p) => [p.no, p.menteeName, p.mentorName, p.status])).toEqual([
      ["8", first.mentee.name, other.mentor.name, "Планируется"],
      ...rest.slice(0, -1).map((p, i) => [String(9 + i), p.mentee.name, p.mentor.name, "Планируется"]),
    ]);
    expect(screen.getByTestId("matching-written")).toHaveTextContent(
      `Записаны 4 строки со статусом «Планируется» на лист «${PAIRS_SHEET}»`,
    );
    expect(screen.getByTestId("matching-written")).toHaveTextContent("№ 8–11");
    expect(screen.getByTestId("matching-written")).toHaveFocus();
    // The draft is closed and the list read again: only the one left out still waits.
    expect(screen.queryByTestId("matching-draft")).not.toBeInTheDocument();
    expect(menteeCards().map((c) => c.dataset.row)).toEqual([String(left.mentee.row)]);
  });

  it("an edit that gives a mentor more mentees than free places is marked and blocks writing", async () => {
    const grid = await schoolGrid(MESSY);
    const port = await openDraft(grid);
    expect(writeButton()).toBeEnabled();
    // Шевченко has one free place; choosing her for two teachers is one too many.
    const teachers = proposals(grid).filter(
      (p) => p.mentee.category === "Педагог" && p.mentor.name !== SHEVCHENKO,
    );
    const option = (menteeName: string) =>
      suggest(evaluateWorkbook(grid), 20)
        .find((s) => s.mentee.name === menteeName)!
        .candidates.find((c) => c.mentor.name === SHEVCHENKO)!;
    const [a, b] = teachers.map((p) => p.mentee.name!);
    for (const name of [a, b]) await pickMentor(name, `${SHEVCHENKO} — ${scoreText(option(name).score)}`);
    expect([draftLine(a).dataset.over, draftLine(b).dataset.over]).toEqual(["true", "true"]);
    expect(
      within(draftLine(a)).getByText(
        new RegExp(`Мест не хватает: ${SHEVCHENKO} выбран для \\d+ наставляемых, а свободно мест: 1`),
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId("draft-overbooked")).toHaveTextContent("Свободных мест не хватает");
    expect(writeButton()).toBeDisabled();
    fireEvent.click(writeButton());
    await settle();
    expect(port.calls.apply).toBe(0);

    // Taking both off her list again frees the place: writing is possible again.
    for (const name of [a, b]) await pickMentor(name, "— не назначать —");
    expect(screen.queryByTestId("draft-overbooked")).not.toBeInTheDocument();
    expect(screen.getAllByTestId("draft-line").filter((l) => l.dataset.over === "true")).toEqual([]);
    expect(writeButton()).toBeEnabled();
  });

  it("a consent withdrawn after the draft was made: nothing is written, the reason shows by the button", async () => {
    const grid = await schoolGrid(MESSY);
    const port = await openDraft(grid);
    // The mentor proposed for the first mentee withdraws consent on «Банк наставников».
    const first = proposals(grid)[0];
    const who = evaluateWorkbook(grid).wb.mentors.find((m) => m.name === first.mentor.name)!;
    act(() => port.userEdit("Банк наставников", who.row, who.src.cells.consent.col, "нет"));
    expect(screen.getByText(/Книга изменилась после подбора/)).toBeInTheDocument();

    fireEvent.click(writeButton());
    await settle();
    expect(port.calls.apply).toBe(0);
    const alert = within(screen.getByTestId("matching-draft")).getByRole("alert");
    expect(alert).toHaveTextContent(
      `«${first.mentor.name}» не может стать наставником «${first.mentee.name}»: нет письменного согласия наставника`,
    );
    expect(alert).toHaveTextContent("нажмите «Обновить»");
    expect(alert).toHaveFocus();
  });

  it("«Закрыть черновик» goes back to the list without writing", async () => {
    const port = await openDraft(await schoolGrid(MESSY));
    fireEvent.click(buttonWith("Закрыть черновик"));
    expect(screen.queryByTestId("matching-draft")).not.toBeInTheDocument();
    expect(menteeCards()).toHaveLength(5);
    expect(port.calls.apply).toBe(0);
  });
});

describe("reading", () => {
  it("without «Отчётная дата» it says why nothing can be matched", async () => {
    const port = portFromGrid(await schoolGrid(TIDY));
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
    const port = portFromGrid(await schoolGrid(TIDY));
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
    const grid = await schoolGrid(TIDY);
    const port = portFromGrid(grid);
    await openMatching(port);
    const last = port.grid("Пары").rows.length;
    // The methodist types a pair of her own under the last row, then clicks «Назначить».
    act(() => {
      port.userEdit("Пары", last + 1, 1, "77");
      port.userEdit("Пары", last + 1, 2, "Жукова Марина Алексеевна");
      port.userEdit("Пары", last + 1, 3, "Нестеров Глеб Артёмович");
    });
    fireEvent.click(within(cardOf("Зайцева Анна Сергеевна")).getByRole("button", { name: ASSIGN_ZAITSEVA }));
    await settle();
    const rows = port.grid("Пары").rows;
    expect(rows[last].slice(0, 3)).toEqual(["77", "Жукова Марина Алексеевна", "Нестеров Глеб Артёмович"]);
    expect(rows[last + 1].slice(0, 3)).toEqual(["78", "Полякова Светлана Юрьевна", "Зайцева Анна Сергеевна"]);
  });
});
