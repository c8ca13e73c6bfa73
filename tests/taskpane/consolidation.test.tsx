/** @jest-environment jsdom */
/**
 * «Свод» on the in-memory port, over the three generated schools and a broken file: files are read in
 * name order on the main thread (jsdom has no Worker — the fallback path), each gets its status,
 * the write is one structure read and one plan with «Свод», «Итоги» and «Проблемы по ОО» whose
 * «Итого» row is the pooled sums, a re-run with other files replaces the sheets where they stand,
 * and each school's feedback file is offered as a download.
 */
import { SVOD_DATA_SHEET } from "../../src/domain/consolidation/svodData";
import { readFileSync } from "node:fs";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { kpiColumns } from "../../src/domain/consolidation/kpiColumns";
import { PROBLEMS_SHEET, SVOD_SHEET, SVOD_TABLE, TOTALS_SHEET } from "../../src/domain/consolidation/labels";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { SVOD_HEADERS } from "../../src/domain/consolidation/svodSheet";
import type { PlanValue, SheetPlan, WritePlan } from "../../src/domain/plan/writePlan";
import { evaluateWorkbook } from "../../src/domain/engine";
import {
  REPORT_DATA_HEADERS,
  REPORT_DATA_SHEET,
  REPORT_DATA_TABLE,
  reportDataRows,
} from "../../src/domain/report/reportData";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { FIGURES } from "../fixtures/schoolFigures";
import { MESSY, MISTAKES, school, SCHOOL_FILES, TIDY } from "../fixtures/schoolFiles";
import { MemoryPort } from "./memoryPort";
import { renderPane, settle, useBrowserStubs } from "./renderPane";

useBrowserStubs();

/** The schools in the order the pane lists them: by file name. */
const SAMPLES = [...SCHOOL_FILES].sort();

const sampleFile = (name: (typeof SCHOOL_FILES)[number]) => new File([readFileSync(school(name))], name);
/** Random bytes with an .xlsx name: what a wrongly saved attachment looks like. */
function brokenFile(): File {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
  return new File([bytes], "broken.xlsx");
}

/** The tidy school's depersonalised «Данные отчёта» export, as the «Отчёт» section writes it. */
async function exportFile(): Promise<File> {
  const r = evaluateWorkbook(await readWorkbookGrid(readFileSync(school(TIDY))));
  const bytes = await writePlanToBuffer({
    sheets: [
      {
        name: REPORT_DATA_SHEET,
        mode: "create",
        tables: [
          {
            name: REPORT_DATA_TABLE,
            row: 1,
            col: 1,
            headers: REPORT_DATA_HEADERS,
            rows: reportDataRows(r.wb.info, r.asOf!, r.analysis.schoolYear, r.kpis!.values, r.kpis!.pool),
            columnFormats: ["@", "@", "@", null],
          },
        ],
      },
    ],
  });
  return new File([bytes as BlobPart], "ОО-11-экспорт.xlsx");
}

async function openConsolidation(port: MemoryPort) {
  renderPane(port);
  await settle();
  fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
  await settle();
}

function pick(files: File[]) {
  fireEvent.change(screen.getByTestId("consolidation-files"), { target: { files } });
}

const progressText = () => screen.getByTestId("consolidation-progress").textContent ?? "";
const writeButton = () => screen.getByRole("button", { name: "Записать свод в эту книгу" });

async function readAll(total: number) {
  await waitFor(() => expect(progressText()).toContain(`Прочитано ${total} из ${total}`), {
    timeout: 30_000,
  });
  await waitFor(() => expect(writeButton()).toBeEnabled());
}

function sheetOf(plan: WritePlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no «${name}» in the plan`);
  return sheet;
}

function totalRow(svod: SheetPlan): readonly PlanValue[] {
  const block = svod.blocks?.find((b) => b.values[0]?.[0] === "Итого");
  if (!block) throw new Error("no «Итого» row on «Свод»");
  return block.values[0];
}

let created: Blob[];
beforeEach(() => {
  created = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    created.push(blob);
    return `blob:nastavnik/${created.length}`;
  });
  URL.revokeObjectURL = jest.fn();
});

it("reads the samples and a broken file with per-file status, and writes the three sheets with pooled totals", async () => {
  const port = new MemoryPort().addSheet("Лист1", [["Записки аналитика"]]);
  await openConsolidation(port);

  // Picked out of order: read and listed by name, like the CLI's directories.
  pick([sampleFile(TIDY), brokenFile(), sampleFile(MISTAKES), sampleFile(MESSY)]);
  expect(progressText()).toContain("Прочитано 0 из 4");
  await readAll(4);

  const rows = screen.getAllByTestId("consolidation-file");
  expect(rows.map((r) => within(r).getByText(/\.xlsx$/).textContent)).toEqual(["broken.xlsx", ...SAMPLES]);
  expect(rows[0]).toHaveTextContent("не читается");
  expect(rows[0]).toHaveTextContent("Файл не является книгой Excel (.xlsx)");
  expect(rows[1]).toHaveTextContent("без ошибок");
  expect(rows[1]).toHaveTextContent("ОО-12");
  expect(rows[2]).toHaveTextContent(`есть ошибки (${FIGURES[MISTAKES].errors})`);

  // The shell reads the workbook at mount; the write itself is one read and one plan.
  const reads = port.calls.readSheetNames;
  fireEvent.click(writeButton());
  const summary = await screen.findByTestId("consolidation-summary", undefined, { timeout: 20_000 });
  expect(port.calls.readSheetNames).toBe(reads + 1);
  expect(port.calls.apply).toBe(1);
  const plan = port.plans[0];
  expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([
    [SVOD_SHEET, "create"],
    [TOTALS_SHEET, "create"],
    [PROBLEMS_SHEET, "create"],
    [SVOD_DATA_SHEET, "create"],
  ]);

  // «Свод»: one row per file in name order, and «Итого» = the pooled sums of the three schools.
  const svod = sheetOf(plan, SVOD_SHEET);
  const table = svod.tables?.find((t) => t.name === SVOD_TABLE);
  const fileCol = SVOD_HEADERS.indexOf("Файл");
  expect(table && "rows" in table ? table.rows.map((r) => r[fileCol]) : null).toEqual([
    "broken.xlsx",
    ...SAMPLES,
  ]);
  const total = totalRow(svod);
  const col = (header: string) => SVOD_HEADERS.indexOf(header);
  const young = SAMPLES.map((f) => FIGURES[f].kpis.young_mentored);
  expect(total[col("Молодые специалисты с наставником: числитель")]).toBe(
    young.reduce((s, y) => s + y.numerator, 0),
  );
  expect(total[col("Молодые специалисты с наставником: знаменатель")]).toBe(
    young.reduce((s, y) => s + y.denominator, 0),
  );
  // Every KPI column, against the domain pipeline run here on the same files.
  const inputs = await Promise.all(
    SAMPLES.map(async (f) => consolidationInput(f, await readWorkbookGrid(readFileSync(school(f))))),
  );
  const pooled = consolidate(inputs).total.values;
  expect(total.slice(col(kpiColumns[0].header))).toEqual(kpiColumns.map((c) => c.get(pooled)));

  expect(summary).toHaveTextContent("Свод записан");
  expect(summary).toHaveTextContent("в итоге — 3 организации");
  // Young specialists with a mentor: 5 of 7 + 4 of 7 + 3 of 4.
  expect(summary).toHaveTextContent("12 из 18");
  expect(port.sheetNames()).toEqual(["Лист1", SVOD_SHEET, TOTALS_SHEET, PROBLEMS_SHEET, SVOD_DATA_SHEET]);
});

it("a re-run with other files replaces the previous consolidation where it stands", async () => {
  const port = new MemoryPort().addSheet("Лист1");
  await openConsolidation(port);
  pick(SAMPLES.map(sampleFile));
  await readAll(3);
  fireEvent.click(writeButton());
  await screen.findByText("Свод записан", undefined, { timeout: 20_000 });

  // The analyst adds a sheet of their own after the consolidation; it must survive the re-run.
  port.addSheet("Заметки", [["мои выводы"]]);
  const before = port.sheetNames();
  port.plans.length = 0;

  pick([sampleFile(TIDY), sampleFile(MESSY)]);
  await readAll(2);
  expect(screen.queryByTestId("consolidation-summary")).toBeNull();
  fireEvent.click(writeButton());
  const summary = await screen.findByTestId("consolidation-summary", undefined, { timeout: 20_000 });
  expect(summary).toHaveTextContent("Свод заменён");
  expect(summary).toHaveTextContent("2 файла");

  const plan = port.plans[0];
  expect(plan.sheets.every((s) => s.mode === "replace")).toBe(true);
  // Each sheet replaced at its own place (placeGenerated), not appended after «Заметки».
  expect(plan.sheets.map((s) => s.position)).toEqual(plan.sheets.map((s) => before.indexOf(s.name)));
  expect(port.sheetNames()).toEqual(before);
  const svodRows = port.grid(SVOD_SHEET).rows.map((r) => r[SVOD_HEADERS.indexOf("Файл")]);
  expect(svodRows).toContain(TIDY);
  expect(svodRows).not.toContain(MISTAKES);
  expect(port.sheetNames().filter((n) => n === SVOD_SHEET)).toHaveLength(1);
});

it("marks a «Данные отчёта» export as an aggregate and pools it like the workbook it came from", async () => {
  const port = new MemoryPort();
  await openConsolidation(port);
  pick([await exportFile(), sampleFile(MESSY)]);
  await readAll(2);
  const rows = screen.getAllByTestId("consolidation-file");
  expect(rows[0]).toHaveTextContent(MESSY);
  expect(rows[1]).toHaveTextContent("ОО-11-экспорт.xlsx");
  expect(within(rows[1]).getByText("агрегат")).toBeInTheDocument();
  expect(within(rows[0]).queryByText("агрегат")).toBeNull();

  fireEvent.click(writeButton());
  const summary = await screen.findByTestId("consolidation-summary", undefined, { timeout: 20_000 });
  // 5 of 7 (the tidy school) + 4 of 7 (the messy one).
  expect(summary).toHaveTextContent("9 из 14");
});

it("offers each school a feedback workbook with only its own problems, made in the pane", async () => {
  const port = new MemoryPort();
  await openConsolidation(port);
  pick([sampleFile(MISTAKES), brokenFile()]);
  await readAll(2);

  fireEvent.click(screen.getByRole("button", { name: "Подготовить файлы замечаний" }));
  const list = await screen.findByRole("list", { name: "Файлы замечаний" }, { timeout: 30_000 });
  const links = within(list).getAllByRole("link");
  expect(links.map((a) => a.getAttribute("download"))).toEqual([
    "broken-замечания.xlsx",
    "school-mistakes-замечания.xlsx",
  ]);
  expect(links.map((a) => a.getAttribute("href"))).toEqual(["blob:nastavnik/1", "blob:nastavnik/2"]);

  // The school's file reads back with its own problems only.
  const grid = await readWorkbookGrid(new Uint8Array(await blobBytes(created[1])));
  const text = grid.sheets.flatMap((s) => s.rows.flat()).filter((v) => typeof v === "string") as string[];
  expect(text.some((t) => t.includes(MISTAKES))).toBe(true);
  expect(text.some((t) => t.includes("broken.xlsx"))).toBe(false);
  // Nothing was written to the analyst's workbook for this.
  expect(port.calls.apply).toBe(0);
});

function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer();
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });
}
