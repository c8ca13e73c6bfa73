/** @jest-environment jsdom */
/**
 * Each section on an Excel at the manifest's minimum (ExcelApi 1.7) says what it lacks there, from
 * the feature table, and works otherwise; on 1.9 and later no section says anything.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { HOST_FEATURES, type PaneSectionId } from "../../src/domain/port/hostFeatures";
import type { HostInfo } from "../../src/domain/port/workbookPort";
import { sections } from "../../src/taskpane/App";
import { MemoryPort } from "./memoryPort";
import { modernHost, renderPane, settle, useBrowserStubs } from "./renderPane";

useBrowserStubs();

/** A host that supports ExcelApi up to `max` (e.g. Office 2019 volume editions: "1.7"). */
const excelApiUpTo = (max: number): HostInfo => ({
  // Versions compare by their minor part: 1.13 is later than 1.7.
  supports: (set, version) =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= Number(String(max).split(".")[1]),
});

async function openSection(id: PaneSectionId) {
  const title = sections.find((s) => s.id === id)!.title;
  fireEvent.click(screen.getByRole("tab", { name: title }));
  await settle();
  return document.getElementById(`panel-${id}`)!;
}

describe("at ExcelApi 1.7", () => {
  it("every section that needs a later set names what is missing and what to do; the others say nothing", async () => {
    renderPane(new MemoryPort(), excelApiUpTo(1.7));
    await settle();
    for (const { id } of sections) {
      const panel = await openSection(id);
      const expected = HOST_FEATURES.filter((f) => f.sections.includes(id));
      const notice = within(panel).queryByTestId(`feature-notice-${id}`);
      if (expected.length === 0) {
        expect([id, notice]).toEqual([id, null]);
        continue;
      }
      expect(notice).not.toBeNull();
      const items = [...notice!.querySelectorAll("li")].map((li) => li.getAttribute("data-feature"));
      expect([id, items]).toEqual([id, expected.map((f) => f.id)]);
      expect(notice!.textContent).toContain("В этой версии Excel недоступно");
      expect(notice!.textContent).toContain("Остальное работает.");
    }
  });

  it("«Структура» explains the missing dropdowns and still offers «Создать структуру»", async () => {
    renderPane(new MemoryPort(), excelApiUpTo(1.7));
    await settle();
    const notice = screen.getByTestId("feature-notice-structure");
    expect(notice.textContent).toContain(
      "Выпадающие списки и проверка ввода в ячейках таблиц (нужен набор API ExcelApi 1.8): структура создаётся без выпадающих списков",
    );
    expect(screen.getByRole("button", { name: "Создать структуру" })).toBeEnabled();
  });
});

it("at ExcelApi 1.8 only the features of later sets are named", async () => {
  renderPane(new MemoryPort(), excelApiUpTo(1.8));
  await settle();
  const structure = screen.getByTestId("feature-notice-structure");
  expect([...structure.querySelectorAll("li")].map((li) => li.getAttribute("data-feature"))).toEqual([
    "mergedCells",
  ]);
  const panel = await openSection("report");
  const items = [...within(panel).getByTestId("feature-notice-report").querySelectorAll("li")];
  expect(items.map((li) => li.getAttribute("data-feature"))).toEqual(["printSetup"]);
});

it("on ExcelApi 1.9 only the merged cells of ExcelApi 1.13 are named, where data rows are read", async () => {
  renderPane(new MemoryPort(), excelApiUpTo(1.9));
  await settle();
  for (const { id } of sections) {
    const panel = await openSection(id);
    const notice = within(panel).queryByTestId(`feature-notice-${id}`);
    const items =
      notice === null ? [] : [...notice.querySelectorAll("li")].map((li) => li.getAttribute("data-feature"));
    const expected = HOST_FEATURES.filter((f) => f.version === "1.13" && f.sections.includes(id)).map(
      (f) => f.id,
    );
    expect([id, items]).toEqual([id, expected]);
  }
});

it("on Microsoft 365 no section shows a notice", async () => {
  renderPane(new MemoryPort(), modernHost);
  await settle();
  for (const { id } of sections) await openSection(id);
  expect(screen.queryAllByText("В этой версии Excel недоступно")).toEqual([]);
});
