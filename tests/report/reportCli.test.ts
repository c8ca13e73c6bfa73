/**
 * `nastavnik report` on a school written by openpyxl (tests/fixtures/make_schools.py), and its output opened by other programs:
 * openpyxl (sheets, tables, cells, formats, print setup), LibreOffice (the sheet as it calculates
 * and shows it), and the project's own reader (the «Данные отчёта» round trip through a real file).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateWorkbook } from "../../src/domain/engine";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import type { ShareResult } from "../../src/domain/kpi/types";
import { MONITORING_SHEET } from "../../src/domain/report/monitoringPlan";
import { parseReportData, REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import { dayFromIso } from "../../src/domain/values/dates";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { nastavnik } from "../cli/run";
import { FIGURES } from "../fixtures/schoolFigures";
import { MISTAKES, TIDY, school as schoolFile } from "../fixtures/schoolFiles";
import {
  inspectWorkbook,
  libreOfficeConvert,
  tempDir,
  type Inspected,
  type InspectedSheet,
} from "../xlsx/support/external";
import { inputNames, nameForm, reportable } from "./support";

const dir = tempDir("report");
const out = join(dir, "отчёт.xlsx");
const input = schoolFile(TIDY);

let run: ReturnType<typeof nastavnik>;
let seen: Inspected;
const sheet = (name: string): InspectedSheet => seen.sheets.find((s) => s.name === name)!;

beforeAll(() => {
  run = nastavnik(["report", input, "-o", out]);
  if (run.code === 0) seen = inspectWorkbook(out);
});

test("writes the report, says so in Russian, and names the charts it holds", () => {
  expect([run.code, run.stderr]).toEqual([0, ""]);
  expect(run.stdout).toContain(`Отчёт записан: ${out}`);
  expect(run.stdout).toContain(
    "ОО-11 МБОУ «Гимназия № 11»: учебный год 2024/2025, отчётная дата 20.12.2024.",
  );
  expect(run.stdout).toContain("«Мониторинг»: показателей — 16, таблиц — 7, диаграмм — 4");
  expect(run.stdout).toContain(
    "Диаграммы: «Охват наставничеством: значение и цель», «Действующие пары и группы по формам наставничества»,",
  );
  // The charts are in the file now: nothing says they are missing.
  expect(run.stdout).not.toMatch(/не записан/);
  // Russian, apart from file names, Excel's name and the command to run.
  const words = run.stdout
    .replaceAll(out, "")
    .replaceAll(input, "")
    .replace(/Excel|nastavnik check/g, "");
  expect(words).not.toMatch(/[A-Za-z]{2,}/);
});

describe("opened with openpyxl", () => {
  test("two sheets, «Мониторинг» active, with its tables and «Данные отчёта» with ReportData", () => {
    expect(seen.sheets.map((s) => s.name)).toEqual([MONITORING_SHEET, REPORT_DATA_SHEET]);
    expect(seen.active).toBe(MONITORING_SHEET);
    expect(sheet(MONITORING_SHEET).tables.map((t) => t.name)).toEqual([
      "ReportKpis",
      "ReportFigures",
      "ReportByForm",
      "ReportByKind",
      "ReportMentorLoad",
      "ReportOutcomes",
      "ReportRoadmap",
    ]);
    expect(sheet(MONITORING_SHEET).tables[0]).toMatchObject({ ref: "A7:G19" });
    expect(sheet(REPORT_DATA_SHEET).tables.map((t) => [t.name, t.headers])).toEqual([
      ["ReportData", ["Раздел", "Показатель", "Поле", "Значение"]],
    ]);
  });

  test("KPI values are the engine's numbers, formatted as percentages, with the status coloured", async () => {
    const r = reportable(evaluateWorkbook(await readWorkbookFile(input)));
    const m = sheet(MONITORING_SHEET);
    const shares = kpiCatalogue.filter((d) => d.kind === "share" || d.kind === "plan");
    shares.forEach((def, i) => {
      const row = 8 + i;
      const v = r.kpis.values[def.id] as ShareResult;
      expect(m.cells[`A${row}`].value).toBe(def.title);
      expect(m.cells[`B${row}`]?.value ?? null).toBe(v.value);
      expect(m.cells[`E${row}`].value).toBe(v.numerator);
      expect(m.cells[`F${row}`].value).toBe(v.denominator);
      // «37,5 %»: one decimal and a space before the sign, as the pane and the CLI write shares.
      if (v.value !== null) expect(m.cells[`B${row}`].format).toBe('0.0" "%');
    });
    const status = m.conditionalFormats.filter((c) => c.range === "D8:D19");
    expect(status.map((c) => [c.formula[0], c.fill])).toEqual([
      ['"достигнуто"', "FFC6EFCE"],
      ['"близко"', "FFFFEB9C"],
      ['"далеко"', "FFFFC7CE"],
      ['"выполнено"', "FFC6EFCE"],
      ['"не выполнено"', "FFFFC7CE"],
    ]);
    expect(m.print).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      titleRows: "$1:$4",
    });
    expect(m.cells.A1).toMatchObject({
      value: "Мониторинг наставничества: МБОУ «Гимназия № 11»",
      bold: true,
    });
  });

  test("no ФИО of the input anywhere in the file", async () => {
    const names = inputNames(await readWorkbookFile(input)).map(nameForm);
    // 7 mentors, 12 mentees and the curator.
    expect(names).toHaveLength(20);
    const texts = seen.sheets
      .flatMap((s) => [s.name, ...Object.values(s.cells).map((c) => String(c.value))])
      .map(nameForm);
    for (const name of names) expect([name, texts.filter((t) => t.includes(name))]).toEqual([name, []]);
  });
});

test("LibreOffice opens the report and shows the KPI table as Excel would", () => {
  const csv = readFileSync(
    libreOfficeConvert(out, dir, "csv:Text - txt - csv (StarCalc):44,34,76,1"),
    "utf8",
  );
  const lines = csv.split(/\r?\n/);
  expect(lines[0]).toContain("Мониторинг наставничества");
  expect(lines).toContain(
    '"Доля молодых специалистов, имеющих наставника",71.4 %,70.0 %,"достигнуто",5,7,"на отчётную дату"',
  );
  expect(lines).toContain('"Исполнение дорожной карты",60.0 %,100.0 %,"далеко",3,5,"на отчётную дату"');
});

test("«Данные отчёта» read back from the file gives the engine's values and pooling data", async () => {
  const grid = await readWorkbookFile(out);
  const data = parseReportData(grid.sheets.find((s) => s.name === REPORT_DATA_SHEET)!)!;
  const r = reportable(evaluateWorkbook(await readWorkbookFile(input)));
  expect(data.values).toEqual(r.kpis.values);
  expect(data.pool).toEqual(r.kpis.pool);
  expect(data.asOf).toBe(r.asOf);
  expect(data.info).toMatchObject({ code: "ОО-11", name: "МБОУ «Гимназия № 11»" });
  expect(data.info).not.toHaveProperty("curator");
});

test("--as-of reports at that date", async () => {
  const later = join(dir, "later.xlsx");
  expect(nastavnik(["report", input, "-o", later, "--as-of", "2025-05-20"]).code).toBe(0);
  const data = parseReportData(
    (await readWorkbookFile(later)).sheets.find((s) => s.name === REPORT_DATA_SHEET)!,
  )!;
  expect([data.asOf, data.schoolYear]).toEqual([dayFromIso("2025-05-20"), "2024/2025"]);
  const r = reportable(evaluateWorkbook(await readWorkbookFile(input), { asOf: dayFromIso("2025-05-20")! }));
  expect(data.values).toEqual(r.kpis.values);
});

test("a school's file with error-level issues: the report is written, says how many, exit 1", async () => {
  const withErrors = join(dir, "с-ошибками.xlsx");
  const r = nastavnik(["report", schoolFile(MISTAKES), "-o", withErrors]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`Отчёт записан: ${withErrors}`);
  // The ten errors of the school with mistakes (tests/fixtures/schoolFigures.ts).
  expect(r.stdout).toContain(`В книге ОО найдены ошибки (${FIGURES[MISTAKES].errors})`);
  const data = parseReportData(
    (await readWorkbookFile(withErrors)).sheets.find((s) => s.name === REPORT_DATA_SHEET)!,
  )!;
  expect(data.info).toMatchObject({ code: "ОО-13" });
});

describe("refusals", () => {
  test("an existing output is kept unless --force", () => {
    const before = statSync(out).mtimeMs;
    const again = nastavnik(["report", input, "-o", out]);
    expect([again.code, again.stdout]).toEqual([2, ""]);
    expect(again.stderr).toContain("--force");
    expect(statSync(out).mtimeMs).toBe(before);
    expect(nastavnik(["report", input, "-o", out, "--force"]).code).toBe(0);
  });

  test("usage errors and unreadable files exit 2 with a Russian message, writing nothing", () => {
    const target = join(dir, "none.xlsx");
    const cases = [
      [["report", input], /Укажите файл отчёта/],
      [["report", "-o", target], /Укажите одну книгу ОО/],
      [["report", input, "-o", join(dir, "отчёт.csv")], /оканчиваться на \.xlsx/],
      [["report", input, "-o", input], /входной файл: запись поверх него уничтожила бы данные/],
      [["report", join(dir, "нет.xlsx"), "-o", target], /файл не найден/],
      [["report", input, "-o", target, "--as-of", "20.12.2024"], /ГГГГ-ММ-ДД/],
    ] as const;
    for (const [args, message] of cases) {
      const r = nastavnik(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(target)).toBe(false);
  });

  test("a workbook without an as-of date: no report, exit 2, the reason and the remedy", () => {
    const noDate = join(dir, "без даты.xlsx");
    expect(nastavnik(["init", noDate]).code).toBe(0);
    const r = nastavnik(["report", noDate, "-o", join(dir, "без даты-отчёт.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Отчётная дата.*--as-of/s);
    expect(existsSync(join(dir, "без даты-отчёт.xlsx"))).toBe(false);
  });

  test("a name where a count should be: not written, exit 2 (cli.md v2)", async () => {
    const { writePlanToBuffer } = await import("../../src/xlsx/writePlan");
    const { templatePlan } = await import("../../src/domain/structure/templatePlan");
    const { demoSchool } = await import("../../src/domain/demo/demoSchool");
    const demo = demoSchool({ asOf: dayFromIso("2024-12-20")! });
    const mentorName = demo.rows!.mentors![0][0] as string;
    const named = join(dir, "имя.xlsx");
    writeFileSync(
      named,
      await writePlanToBuffer(
        templatePlan({ ...demo, info: { ...demo.info, name: `Школа им. ${mentorName}` } }),
      ),
    );
    const r = nastavnik(["report", named, "-o", join(dir, "имя-отчёт.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("обезличен");
    expect(r.stderr).toContain("Отчёт не записан.");
    expect(existsSync(join(dir, "имя-отчёт.xlsx"))).toBe(false);
  });
});
