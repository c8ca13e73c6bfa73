/** @jest-environment jsdom */
/**
 * «Свод» in the pane with a folder as it really arrives (issue 14), made by our own generator: a
 * school's re-sent file (the older one is shown as replaced, and not pooled), a filled product form,
 * a region's own form that asks for a mapping until one is chosen, a malformed mapping that blocks
 * the write, Excel's lock file; and the blank form offered as a download.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SVOD_SHEET, SVOD_TABLE } from "../../src/domain/consolidation/labels";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { SVOD_HEADERS } from "../../src/domain/consolidation/svodSheet";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { blankForm, generate, schoolsIn } from "../consolidation/municipalFolder";
import { tempDir } from "../consolidation/support";
import { MemoryPort } from "./memoryPort";
import { renderPane, settle, useBrowserStubs } from "./renderPane";

useBrowserStubs();

const dir = tempDir("nastavnik-pane-svod-");
const MO = "Энский район";
const base = schoolsIn(dir, MO, { groups: 0, groupSize: 0, docs: 5, plan: [1, 1] });
const OLD = base({ path: "01_ER-01.xlsx", seed: 41, code: "ЭР-01", mentored: 1 });
const NEW = base({
  path: "02_ER-01_povtorno.xlsx",
  seed: 42,
  code: "эр-01",
  asOf: "2024-12-05",
  mentored: 3,
});
const FORM = join(dir, "03_ER-03_forma.xlsx");
const FOREIGN = join(dir, "04_ER-04_region.xlsx");
const MAP = join(dir, "соответствие.xlsx");
const BAD_MAP = join(dir, "плохое.xlsx");

beforeAll(() => {
  const blank = join(dir, "бланк.xlsx");
  blankForm(blank, MO);
  generate(dir, [
    OLD,
    NEW,
    {
      type: "form",
      path: FORM,
      blank,
      code: "ЭР-03",
      name: "Школа ЭР-03",
      municipality: MO,
      asOf: "2024-12-02",
      values: { "young_mentored|numerator": 4, "young_mentored|denominator": 5, "documents|numerator": 3 },
    },
    {
      type: "foreign",
      path: FOREIGN,
      code: "ЭР-04",
      name: "Лицей ЭР-04",
      asOfText: "01.12.2024",
      rows: [
        ["Молодые специалисты с наставником", 2],
        ["Молодые специалисты, всего", 2],
      ],
    },
    {
      type: "mapping",
      path: MAP,
      lines: [
        ["code", null, "'Форма 2 (строка ОО)'!C2", null, null, null, null, null],
        ["asOf", null, "'Форма 2 (строка ОО)'!D2", null, null, null, null, null],
        [
          "young_mentored",
          "numerator",
          null,
          "Молодые специалисты с наставником",
          "Мониторинг",
          "B",
          "D",
          null,
        ],
        ["young_mentored", "denominator", null, "Молодые специалисты, всего", "Мониторинг", "B", "D", null],
      ],
    },
    {
      type: "mapping",
      path: BAD_MAP,
      lines: [["young_mentored", "доля", "D5", null, null, null, null, null]],
    },
  ]);
}, 120_000);

const fileOf = (path: string, lastModified = Date.UTC(2024, 11, 6)) =>
  new File([readFileSync(path)], path.split("/").pop()!, { lastModified });
const lock = () => new File([new Uint8Array(165)], "~$02_ER-01_povtorno.xlsx");

async function open(port: MemoryPort) {
  renderPane(port);
  await settle();
  fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
  await settle();
}
const progress = () => screen.getByTestId("consolidation-progress").textContent ?? "";
const writeButton = () => screen.getByRole("button", { name: "Записать свод в эту книгу" });
const rowOf = (name: string) =>
  screen.getAllByTestId("consolidation-file").find((r) => within(r).queryByText(name) !== null)!;

it("shows which file of a school is used and why the other is not; forms are pooled; a mapping is asked for", async () => {
  const port = new MemoryPort().addSheet("Лист1");
  await open(port);
  fireEvent.change(screen.getByTestId("consolidation-files"), {
    target: { files: [fileOf(FOREIGN), fileOf(NEW.path), lock(), fileOf(FORM), fileOf(OLD.path)] },
  });
  await waitFor(() => expect(progress()).toContain("Прочитано 4 из 4"), { timeout: 30_000 });
  await waitFor(() => expect(writeButton()).toBeEnabled());
  expect(screen.getByText(/Пропущено 1 файл блокировки Excel/)).toBeInTheDocument();

  expect(rowOf("01_ER-01.xlsx")).toHaveTextContent(
    "Не в итоге: заменён более новым файлом «02_ER-01_povtorno.xlsx» той же ОО.",
  );
  expect(rowOf("02_ER-01_povtorno.xlsx")).not.toHaveTextContent("Не в итоге");
  expect(rowOf("03_ER-03_forma.xlsx")).toHaveTextContent("форма");
  expect(rowOf("03_ER-03_forma.xlsx")).toHaveTextContent(
    "Не включено в итог — нет данных (не заполнено в форме)",
  );
  expect(rowOf("04_ER-04_region.xlsx")).toHaveTextContent("выберите ниже файл соответствия");

  // The mapping: the region's form is read again through it, as a form.
  fireEvent.change(screen.getByTestId("form-map-file"), { target: { files: [fileOf(MAP)] } });
  await waitFor(() =>
    expect(screen.getByTestId("form-map")).toHaveTextContent("Соответствие «соответствие.xlsx»: 4 строки"),
  );
  await waitFor(() => expect(rowOf("04_ER-04_region.xlsx")).toHaveTextContent("форма"), { timeout: 30_000 });
  await waitFor(() => expect(writeButton()).toBeEnabled());
  expect(rowOf("04_ER-04_region.xlsx")).not.toHaveTextContent("файл соответствия");

  fireEvent.click(writeButton());
  const summary = await screen.findByTestId("consolidation-summary", undefined, { timeout: 20_000 });
  expect(summary).toHaveTextContent("в итоге — 3 организации");
  expect(summary).toHaveTextContent("Заменены более новыми файлами тех же ОО: 1 файл");
  // young_mentored by hand: the re-sent school 3 of 4 (one without a mentor), the form 4 of 5, the
  // region's form 2 of 2 — and not the replaced file's 1 of 2.
  expect(summary).toHaveTextContent("9 из 11");
  const svod = port.plans[0].sheets.find((s) => s.name === SVOD_SHEET)!;
  const table = svod.tables!.find((t) => t.name === SVOD_TABLE)!;
  const rows = "rows" in table ? table.rows : [];
  const col = SVOD_HEADERS.indexOf("В итоге");
  expect(rows.map((r) => r[col])).toEqual(["нет: заменён файлом «02_ER-01_povtorno.xlsx»", "да", "да", "да"]);
});

it("a malformed mapping is shown line by line and nothing can be written until it is fixed or dropped", async () => {
  await open(new MemoryPort().addSheet("Лист1"));
  fireEvent.change(screen.getByTestId("consolidation-files"), { target: { files: [fileOf(NEW.path)] } });
  await waitFor(() => expect(writeButton()).toBeEnabled(), { timeout: 30_000 });
  fireEvent.change(screen.getByTestId("form-map-file"), { target: { files: [fileOf(BAD_MAP)] } });
  const alert = await screen.findByText(/составлено с ошибками — свод не выполнен/);
  expect(alert.closest("[data-testid='form-map']")).toHaveTextContent(
    "строка 2: у показателя «young_mentored» нет части «доля»",
  );
  expect(writeButton()).toBeDisabled();
  fireEvent.click(screen.getByRole("button", { name: "Убрать соответствие" }));
  await waitFor(() => expect(writeButton()).toBeEnabled(), { timeout: 30_000 });
});

it("«Скачать бланк формы» makes the product's form with the municipality and date, read back as a form", async () => {
  const blobs: Blob[] = [];
  URL.createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return "blob:nastavnik/form";
  });
  URL.revokeObjectURL = jest.fn();
  await open(new MemoryPort().addSheet("Лист1"));
  fireEvent.change(screen.getByLabelText("Муниципалитет"), { target: { value: "Энский район" } });
  fireEvent.change(screen.getByLabelText("Отчётная дата"), { target: { value: "2024-12-02" } });
  fireEvent.click(screen.getByRole("button", { name: "Скачать бланк формы" }));
  const link = await screen.findByRole(
    "link",
    { name: "Форма_мониторинга_Энский_район.xlsx" },
    { timeout: 20_000 },
  );
  expect(link).toHaveAttribute("download", "Форма_мониторинга_Энский_район.xlsx");
  const bytes = new Uint8Array(
    await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blobs[0]);
    }),
  );
  const read = consolidationInput("бланк.xlsx", await readWorkbookGrid(bytes));
  expect(read).toMatchObject({ kind: "form", school: { municipality: "Энский район", code: null } });
  // Blank: O001 for the empty code, and every KPI «нет данных».
  expect(read.issues.map((i) => i.code)).toEqual(["O001"]);
  expect(Object.values(read.unpooled).every((e) => e?.notGiven)).toBe(true);
});
