/** @jest-environment jsdom */
/**
 * «Отчёт» on the in-memory port, over the demo school: «Построить отчёт» writes «Мониторинг» with
 * its charts and without a name in it, a rebuild replaces the sheet in place, the as-of date can
 * be picked; the export opens a new workbook whose «Данные отчёта» reads back to the engine's
 * KPIs, and offers the file as a download where Excel cannot open it.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import type { WritePlan } from "../../src/domain/plan/writePlan";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { parseReportData, REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { dayFromYmd } from "../../src/domain/values/dates";
import { XLSX_MIME } from "../../src/taskpane/export/reportFile";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { inputNames } from "../report/support";
import { MemoryPort, OfficeLikeError } from "./memoryPort";
import { renderPane, settle, useBrowserStubs } from "./renderPane";

useBrowserStubs();

const AS_OF = dayFromYmd(2024, 12, 20);
// «Сведения» of the template, rows from A1: B3 «Наименование ОО», B6 «Отчётная дата».
const NAME_ROW = 3;
const AS_OF_ROW = 6;

async function demoPort(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await port.apply(templatePlan(demoSchool({ asOf: AS_OF })));
  port.plans.length = 0;
  port.calls.apply = 0;
  return port;
}

async function openReport(port: MemoryPort) {
  renderPane(port);
  await settle();
  fireEvent.click(screen.getByRole("tab", { name: "Отчёт" }));
  await settle();
}

const dateInput = () => screen.getByLabelText("Отчётная дата") as HTMLInputElement;
const buildButton = () => screen.getByRole("button", { name: "Построить отчёт" });
const exportButton = () => screen.getByRole("button", { name: "Экспорт для вышестоящей организации" });

/** Every string anywhere in a value (a plan, a grid): names must not hide in any field. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === "object") for (const x of Object.values(v)) strings(x, out);
  return out;
}

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/** The full names and the surnames of the input that occur, as whole words, in `texts`. */
function namesIn(texts: readonly string[], grid: WorkbookGrid): string[] {
  const hay = texts.map(norm);
  const needles = inputNames(grid).flatMap((name) => [name, name.trim().split(/\s+/)[0]]);
  return [...new Set(needles.filter((n) => hay.some((h) => h.includes(norm(n)))))];
}

function monitoringOf(plan: WritePlan) {
  const sheet = plan.sheets.find((s) => s.name === MONITORING_SHEET);
  if (!sheet) throw new Error("no «Мониторинг» in the plan");
  return sheet;
}

describe("«Построить отчёт»", () => {
  it("shows the workbook's «Отчётная дата» and writes «Мониторинг» with 4 charts and no name, in one read and one plan", async () => {
    const port = await demoPort();
    const grid = await port.readWorkbook();
    await openReport(port);
    expect(dateInput().value).toBe("2024-12-20");
    const reads = port.calls.readStructure;

    fireEvent.click(buildButton());
    await settle();

    expect(port.calls.readStructure - reads).toBe(1);
    expect(port.calls.apply).toBe(1);
    const plan = port.plans[0];
    expect(plan.sheets.map((s) => s.name)).toEqual([MONITORING_SHEET]);
    expect(plan.activate).toBe(MONITORING_SHEET);
    const sheet = monitoringOf(plan);
    expect(sheet.mode).toBe("create");
    expect(sheet.charts).toHaveLength(4);
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
    // Depersonalised: no ФИО of the workbook (and no surname) in any text of the plan.
    expect(inputNames(grid).length).toBeGreaterThan(10);
    expect(namesIn(["Куратор: Соколова Н. В."], grid)).toEqual(["Соколова"]); // the scan does find names
    expect(namesIn(strings(plan), grid)).toEqual([]);

    const summary = screen.getByTestId("report-summary");
    expect(within(summary).getByText("Отчёт построен")).toBeInTheDocument();
    expect(
      within(summary).getByText(
        `Лист «Мониторинг» создан на 20.12.2024: ${kpiCatalogue.length} показателей, 7 таблиц, 4 диаграммы.`,
      ),
    ).toBeInTheDocument();
    expect(within(summary).getByText("ФИО участников в отчёт не попали.")).toBeInTheDocument();
    // The demo school has a mistake on purpose: the user learns the figures are computed despite it.
    expect(screen.getByText(/В книге есть ошибки \(1\)/)).toBeInTheDocument();
  });

  it("a rebuild replaces «Мониторинг» where it stands, from the same read", async () => {
    const port = await demoPort();
    await openReport(port);
    fireEvent.click(buildButton());
    await settle();
    const position = port.sheetNames().indexOf(MONITORING_SHEET);
    port.addSheet("Заметки");

    fireEvent.click(buildButton());
    await settle();

    expect(port.calls.apply).toBe(2);
    const sheet = monitoringOf(port.plans[1]);
    expect(sheet).toMatchObject({ mode: "replace", position });
    expect(sheet.charts).toHaveLength(4);
    expect(port.sheetNames().filter((n) => n === MONITORING_SHEET)).toHaveLength(1);
    expect(port.sheetNames().indexOf(MONITORING_SHEET)).toBe(position);
    expect(port.tableNames().filter((t) => t.startsWith("Report"))).toHaveLength(7);
    expect(screen.getByText(/Лист «Мониторинг» перестроен на 20\.12\.2024/)).toBeInTheDocument();
  });

  it("builds on a picked date, and back on «Отчётная дата»", async () => {
    const port = await demoPort();
    await openReport(port);
    fireEvent.change(dateInput(), { target: { value: "2025-03-01" } });
    fireEvent.click(buildButton());
    await settle();
    expect(strings(monitoringOf(port.plans[0]).blocks)).toContain("2025-03-01");
    expect(screen.getByText(/на 01\.03\.2025/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "На отчётную дату" }));
    expect(dateInput().value).toBe("2024-12-20");
    fireEvent.click(buildButton());
    await settle();
    expect(strings(monitoringOf(port.plans[1]).blocks)).toContain("2024-12-20");
  });

  it("without an as-of date explains what to do and writes nothing", async () => {
    const port = await demoPort();
    port.userEdit("Сведения", AS_OF_ROW, 2, null);
    await openReport(port);
    expect(dateInput().value).toBe("");
    expect(
      screen.getByText("На листе «Сведения» отчётная дата не указана — выберите дату."),
    ).toBeInTheDocument();

    fireEvent.click(buildButton());
    await settle();

    expect(port.calls.apply).toBe(0);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText("Отчёт не построен")).toBeInTheDocument();
    expect(alert).toHaveTextContent("Не указана отчётная дата");
    expect(alert).toHaveTextContent("Лист «Мониторинг» не записан.");

    // A picked date is enough.
    fireEvent.change(dateInput(), { target: { value: "2024-12-20" } });
    fireEvent.click(buildButton());
    await settle();
    expect(port.calls.apply).toBe(1);
  });

  it("follows an edit of «Отчётная дата» in «Сведения»", async () => {
    const port = await demoPort();
    await openReport(port);
    act(() => port.userEdit("Сведения", AS_OF_ROW, 2, { kind: "date", iso: "2025-01-15" }));
    await settle();
    expect(dateInput().value).toBe("2025-01-15");
  });

  it("refuses to write a report that would carry a name, and says why", async () => {
    const port = await demoPort();
    // A methodist typed the curator's name where the school's name belongs.
    port.userEdit("Сведения", NAME_ROW, 2, "Соколова Наталья Викторовна");
    await openReport(port);

    fireEvent.click(buildButton());
    await settle();

    expect(port.calls.apply).toBe(0);
    expect(port.sheetNames()).not.toContain(MONITORING_SHEET);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("ФИО «Соколова Наталья Викторовна»");
    expect(alert).toHaveTextContent("Лист «Мониторинг» не записан.");
    expect(alert).toHaveTextContent("Уберите ФИО");
  });

  it("shows Excel's refusal in Russian", async () => {
    const port = await demoPort();
    await openReport(port);
    port.failNext("apply", new OfficeLikeError("InvalidOperationInCellEditMode", "cell edit mode"));
    fireEvent.click(buildButton());
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("Excel сейчас редактирует ячейку");
    expect(buildButton()).toBeEnabled();
  });
});

describe("«Экспорт для вышестоящей организации»", () => {
  let created: Blob[];
  beforeEach(() => {
    created = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return `blob:nastavnik/${created.length}`;
    });
    URL.revokeObjectURL = jest.fn();
  });

  async function exported() {
    fireEvent.click(exportButton());
    return screen.findByTestId("report-export", undefined, { timeout: 20_000 });
  }

  it("opens a new workbook whose «Данные отчёта» reads back to the engine's KPIs, without a name", async () => {
    const port = await demoPort();
    const grid = await port.readWorkbook();
    await openReport(port);

    const bar = await exported();

    expect(within(bar).getByText("Отчёт открыт в новой книге")).toBeInTheDocument();
    expect(bar).toHaveTextContent("«Мониторинг_ОО-007_2024-12-20.xlsx»");
    expect(port.createdWorkbooks).toHaveLength(1);
    expect(port.calls.apply).toBe(0);
    const file = await readWorkbookGrid(Buffer.from(port.createdWorkbooks[0], "base64"));
    expect(file.sheets.map((s) => s.name)).toEqual([MONITORING_SHEET, REPORT_DATA_SHEET]);

    const data = parseReportData(file.sheets.find((s) => s.name === REPORT_DATA_SHEET)!);
    const engine = evaluateWorkbook(grid);
    expect(data).not.toBeNull();
    expect(data!.asOf).toBe(AS_OF);
    expect(data!.values).toEqual(engine.kpis!.values);
    expect(data!.info.code).toBe("ОО-007");
    expect(namesIn(strings(file), grid)).toEqual([]);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it("where Excel cannot open a workbook, says so and offers the same file as a download", async () => {
    const port = await demoPort();
    port.canCreateWorkbook = false;
    await openReport(port);

    const bar = await exported();

    expect(
      within(bar).getByText("Эта версия Excel не умеет открывать новую книгу из надстройки"),
    ).toBeInTheDocument();
    const link = within(bar).getByRole("link", { name: "скачать «Мониторинг_ОО-007_2024-12-20.xlsx»" });
    expect(link).toHaveAttribute("href", "blob:nastavnik/1");
    expect(link).toHaveAttribute("download", "Мониторинг_ОО-007_2024-12-20.xlsx");
    expect(created).toHaveLength(1);
    expect(created[0].type).toBe(XLSX_MIME);
    expect(created[0].size).toBeGreaterThan(5_000);
    expect(port.createdWorkbooks).toEqual([]);

    // A second export replaces the offered file and frees the first.
    fireEvent.click(exportButton());
    await waitFor(() => expect(created).toHaveLength(2), { timeout: 20_000 });
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:nastavnik/1"));
  });

  it("when Excel fails to open it, shows why and still offers the file", async () => {
    const port = await demoPort();
    port.failNext("createWorkbook", new OfficeLikeError("GeneralException", "There was an internal error"));
    await openReport(port);

    const bar = await exported();

    expect(within(bar).getByText("Excel не открыл новую книгу")).toBeInTheDocument();
    expect(bar).toHaveTextContent("There was an internal error");
    expect(
      within(bar).getByRole("link", { name: /скачать «Мониторинг_ОО-007_2024-12-20\.xlsx»/ }),
    ).toBeInTheDocument();
  });

  it("without an as-of date explains it and makes no file", async () => {
    const port = await demoPort();
    port.userEdit("Сведения", AS_OF_ROW, 2, null);
    await openReport(port);
    fireEvent.click(exportButton());
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("Не указана отчётная дата");
    expect(screen.getByRole("alert")).toHaveTextContent("Файл отчёта не создан.");
    expect(port.createdWorkbooks).toEqual([]);
  });
});
