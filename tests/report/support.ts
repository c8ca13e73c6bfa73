/**
 * The school workbooks the report tests run on: the three generated schools (written by openpyxl,
 * tests/fixtures/make_schools.py) and a
 * built one with every breakdown populated, each with its engine result; and the ФИО of an input,
 * collected from the raw grid (not through the engine) so the depersonalisation tests do not trust
 * the code they check.
 */
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { isReportable, type ReportableResult } from "../../src/domain/report/reportModel";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { mentee, mentor, pair, planItem, rawDate, school, student } from "../domain/builders";
import { M, N } from "../domain/kpi/people";
import { SCHOOL_FILES, school as schoolFile, type SchoolFile } from "../fixtures/schoolFiles";

export const SAMPLES = SCHOOL_FILES;

export interface Loaded {
  readonly label: string;
  readonly grid: WorkbookGrid;
  readonly result: ReportableResult;
}

export function reportable(r: SchoolResult): ReportableResult {
  if (!isReportable(r)) throw new Error(`no KPIs: ${r.error}`);
  return r;
}

export async function loadSample(name: SchoolFile | string): Promise<Loaded> {
  const grid = await readWorkbookFile(schoolFile(name));
  return { label: name, grid, result: reportable(evaluateWorkbook(grid)) };
}

/**
 * A school on 20.12.2024 with something in every breakdown: two forms and kinds, a group of three,
 * a mentor over the limit, completed and terminated programmes with and without a reason, a road
 * map with done, overdue and future events, and ratings.
 */
export function busySchoolGrid(): WorkbookGrid {
  const ended = { "Дата начала": rawDate("2024-09-02"), "Дата окончания (план)": rawDate("2024-11-30") };
  return school({
    info: { Куратор: "Смирнова Ольга Викторовна" },
    mentors: [
      mentor(M[0]),
      mentor(M[1]),
      mentor(M[2], { Согласие: "нет" }),
      mentor(M[3], { Категория: "Обучающийся" }),
    ],
    mentees: [
      ...N.slice(0, 6).map((n) => mentee(n)),
      student(N[6], "8А"),
      student(N[7], "8Б"),
      mentee("Ёлкина Алёна Сергеевна"),
    ],
    pairs: [
      pair("1", M[0], N[0], { "Оценка наставника": 8, "Оценка наставляемого": 9 }),
      pair("2", M[0], N[1]),
      pair("3", M[0], N[2]),
      pair("4", M[0], N[3], { "Вид наставничества": "Групповое" }),
      pair("5", M[1], N[4], { "Дата окончания (план)": rawDate("2024-12-01") }),
      pair("6", M[2], "ёлкина  алёна сергеевна", { "Приказ №": null }),
      pair("7", M[3], N[6], {
        "Форма наставничества": "Ученик – ученик",
        "Вид наставничества": "Групповое",
        "Оценка наставляемого": 10,
      }),
      pair("7", M[3], N[7], { "Форма наставничества": "Ученик – ученик", "Вид наставничества": "Групповое" }),
      pair("8", M[1], N[5], { ...ended, Статус: "Завершена", "Причина прекращения": "План выполнен" }),
      pair("9", M[2], N[5], {
        ...ended,
        Статус: "Прекращена",
        "Причина прекращения": "По инициативе наставляемого",
      }),
      pair("10", M[2], N[4], { ...ended, Статус: "Прекращена" }),
      pair("11", M[1], N[3], { ...ended, Статус: "Планируется" }),
    ],
    plan: [
      planItem("Положение о наставничестве", { Этап: "Подготовительный", Срок: rawDate("2024-09-01") }),
      planItem("Диагностика затруднений", {
        Этап: "Диагностический",
        Срок: rawDate("2024-10-01"),
        Статус: "Не выполнено",
        "Дата выполнения": null,
      }),
      planItem("Встречи пар", {
        Срок: rawDate("2024-12-20"),
        Статус: "Запланировано",
        "Дата выполнения": null,
      }),
      planItem("Итоговая конференция", {
        Этап: "Рефлексивно-аналитический",
        Срок: rawDate("2025-05-20"),
        Статус: "Запланировано",
        "Дата выполнения": null,
      }),
      planItem("Без этапа", { Этап: "Прочее", Срок: rawDate("2024-11-01") }),
    ],
  });
}

export function busySchool(): Loaded {
  const grid = busySchoolGrid();
  return { label: "built school", grid, result: reportable(evaluateWorkbook(grid)) };
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
const text = (c: unknown) => (typeof c === "string" ? c : null);

/** Header cells that hold a ФИО column, on any of the person and pair sheets (aliases included). */
const NAME_HEADER = /^(фио|ф\. ?и\. ?о\.|фио .*|фамилия имя отчество|наставник|наставляемый)$/;

function namesOnSheet(s: SheetGrid): string[] {
  const headerIndex = s.rows.findIndex((r) =>
    r.some((c) => text(c) !== null && NAME_HEADER.test(norm(text(c)!))),
  );
  if (headerIndex < 0) return [];
  const cols = s.rows[headerIndex].flatMap((c, j) =>
    text(c) !== null && NAME_HEADER.test(norm(text(c)!)) ? [j] : [],
  );
  return s.rows
    .slice(headerIndex + 1)
    .flatMap((r) =>
      cols.map((j) => text(r[j] ?? null)).filter((v): v is string => v !== null && v.trim() !== ""),
    );
}

/** Every ФИО of the input as typed: ФИО columns of every sheet, both names of «Пары», «Куратор». */
export function inputNames(grid: WorkbookGrid): string[] {
  const names = new Set<string>();
  for (const s of grid.sheets) {
    for (const n of namesOnSheet(s)) names.add(n);
    for (const r of s.rows)
      if (text(r[0] ?? null) !== null && norm(text(r[0])!) === "куратор" && text(r[1] ?? null))
        names.add(text(r[1])!);
  }
  return [...names];
}

/** The comparison form of a name or a text: lower case, ё→е, whitespace collapsed. */
export const nameForm = norm;
