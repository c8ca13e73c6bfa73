/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { MemoryPort } from "./memoryPort";
import { renderPane, settle, useBrowserStubs, useLayoutStub } from "./renderPane";
import { bankOfMentors } from "./workbooks";

useBrowserStubs();
useLayoutStub();

const tab = (name: string) => screen.getByRole("tab", { name });
/** A key press on the focused element; Fluent's focus manager moves focus asynchronously. */
async function press(key: string): Promise<void> {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
  await settle();
}

describe("keyboard", () => {
  it("puts the tabs in the Tab order and moves between sections with the arrow keys, Home and End", async () => {
    renderPane(new MemoryPort());
    await settle();

    // Tabs are native buttons in the tab order: Tab reaches them, Enter and Space activate them.
    for (const t of screen.getAllByRole("tab")) {
      expect(t.tagName).toBe("BUTTON");
      expect(t).not.toHaveAttribute("tabindex", "-1");
    }
    act(() => tab("Структура").focus());
    await press("ArrowRight");
    expect(tab("Проверка")).toHaveFocus();
    await press("End");
    expect(tab("Свод")).toHaveFocus();
    await press("ArrowRight");
    expect(tab("Структура")).toHaveFocus();
    await press("ArrowLeft");
    expect(tab("Свод")).toHaveFocus();

    fireEvent.click(tab("Свод"));
    expect(tab("Свод")).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel", { name: "Свод" });
    expect(within(panel).getByRole("heading", { name: "Свод по школам" })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Выбрать файлы" })).toBeInTheDocument();
    // The structure panel keeps its state while hidden.
    const structure = document.getElementById("panel-structure");
    expect(structure).not.toBeVisible();
    expect(
      within(structure!).getByRole("button", { hidden: true, name: "Создать структуру" }),
    ).toBeInTheDocument();
  });

  it("picks a sheet and its target with the keyboard alone", async () => {
    renderPane(new MemoryPort().addSheet("Банк наставников", bankOfMentors));
    await settle();

    // A native checkbox: the browser toggles it with the space bar (jsdom does not emulate that key).
    const box = screen.getByRole("checkbox", { name: "Банк наставников" });
    act(() => box.focus());
    expect(box).toHaveFocus();
    fireEvent.click(box);
    await settle();
    expect(box).toBeChecked();

    const target = screen.getByRole("combobox", { name: "Куда перенести" });
    act(() => target.focus());
    await press("ArrowDown");
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    await press("ArrowDown");
    await press("Enter");
    await settle();
    expect(target).toHaveTextContent("Наставляемые");
  });

  it("lets the preview table scroll with the keyboard", async () => {
    renderPane(new MemoryPort().addSheet("Банк наставников", bankOfMentors));
    await settle();
    fireEvent.click(screen.getByRole("checkbox", { name: "Банк наставников" }));
    await settle();

    // A wide table scrolls inside its own focusable region, not the pane.
    const region = screen.getByRole("region", { name: /Наставники: 4 строки/ });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(within(region).getByRole("table")).toBeInTheDocument();
  });
});
