/**
 * `nastavnik import` on files written the way people write them (tests/fixtures/import_sources.py,
 * openpyxl, and the same files re-saved by LibreOffice), then `kpi` on what it wrote: the figures a
 * person counts by hand from how each fixture is built (stated next to each expectation).
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnik, nastavnikJson } from "./run";

const dir = mkdtempSync(join(tmpdir(), "nastavnik-import-"));
const src = join(dir, "src");
execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/import_sources.py"), src]);
const file = (name: string) => join(src, name);
let n = 0;
const out = () => join(dir, `book-${++n}.xlsx`);

/** What openpyxl (not the project) sees in a written workbook. */
function inspect(path: string): {
  sheets: {
    name: string;
    tables: Record<string, string>;
    headers: unknown[];
    cells: { v: unknown; t: string; f: string }[][];
  }[];
} {
  return JSON.parse(
    execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/inspect_workbook.py"), path], { encoding: "utf8" }),
  );
}
/** A written sheet's rows as records by header (openpyxl's view). */
function records(path: string, sheet: string): Record<string, unknown>[] {
  const s = inspect(path).sheets.find((x) => x.name === sheet)!;
  const headers = s.cells[0].map((c) => c.v as string);
  return s.cells
    .slice(1)
    .filter((r) => r.some((c) => c.v !== null))
    .map((r) => Object.fromEntries(r.flatMap((c, i) => (c.v === null ? [] : [[headers[i], c.v]]))));
}
function count<T>(xs: readonly T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[String(x ?? "(пусто)")] = (out[String(x ?? "(пусто)")] ?? 0) + 1;
  return out;
}
const kpis = (path: string, asOf?: string) =>
  nastavnikJson(["kpi", path, ...(asOf ? ["--as-of", asOf] : [])]).json.files[0].kpis;

describe("the two Р-145 bases (bases.xlsx, A = 15.10.2024)", () => {
  const book = out();
  const run = nastavnikJson(["import", file("bases.xlsx"), "-o", book, "--as-of", "2024-10-15"]);
  const json = run.json;

  it("finds both forms by their names, their header rows under the titles, and skips the rows that are not data", () => {
    expect(json.sheets.map((s: any) => [s.sheet, s.target, s.headerRow, s.rows])).toEqual([
      ["Форма базы наставников", "Наставники", 4, 5],
      ["Форма базы наставляемых", "Наставляемые", 2, 8],
    ]);
    // Row 12 «Руководитель ОО ____ / Смирнова Е.В.» is one cell, not a name, outside the ФИО
    // column: rule 4 («раздел») comes before rule 5 (workbook.md).
    expect(json.sheets[0].skipped).toEqual([
      { row: 5, reason: "нумерация столбцов" },
      { row: 11, reason: "итоговая строка" },
      { row: 12, reason: "раздел" },
    ]);
    expect(json.sheets[1].skipped).toEqual([
      { row: 3, reason: "нумерация столбцов" },
      { row: 12, reason: "итоговая строка" },
      { row: 13, reason: "подпись" },
    ]);
    expect(json.sheets[0].mapped).toEqual({
      "ФИО наставника": "ФИО",
      "Должность/специальность": "Должность",
    });
    expect(json.sheets[0].unmapped).toContain("Контактные данные для связи");
  });

  it("makes 7 «Пары» rows: 5 from the mentor base (Васильев's cell names two), 2 new ones from the mentee base", () => {
    // Mentor base rows 6–9 name a mentee (row 10, Лебедев, does not): Белова–Громова, Васильев–Демидов
    // and –Егорова (one cell, one №), Жукова–Зайцев, Ильина–Калинин. The mentee base repeats those five
    // links (short names resolved, the same start written differently) and adds Белова–Морозова
    // (16.09.2024) and Лебедев–Носов (01.11.2024); Орлова has no mentor.
    expect(json.sheets.map((s: any) => s.pairsGenerated)).toEqual([5, 2]);
    expect(json.sheets[1].repeats.map((r: any) => r.row)).toEqual([4, 5, 6, 7, 8]);
    const pairs = records(book, "Пары");
    expect(pairs.map((p) => [p["№ пары/группы"], p["Наставник"], p["Наставляемый"]])).toEqual([
      ["1", "Белова Ирина Константиновна", "Громова Ольга Сергеевна"],
      ["2", "Васильев Олег Петрович", "Демидов Артём Ильич"],
      ["2", "Васильев Олег Петрович", "Егорова Нина Павловна"],
      ["3", "Жукова Софья Андреевна", "Зайцев Игорь Олегович"],
      ["4", "Ильина Марина Юрьевна", "Калинин Пётр Романович"],
      ["5", "Белова Ирина Константиновна", "Морозова Дарья Викторовна"],
      ["6", "Лебедев Кирилл Андреевич", "Носов Глеб Андреевич"],
    ]);
    // Statuses at 15.10.2024: Ильина–Калинин ended 31.05.2024, Лебедев–Носов starts 01.11.2024.
    expect(count(pairs.map((p) => p["Статус"]))).toEqual({ Действует: 5, Завершена: 1, Планируется: 1 });
    expect(pairs[0]["Дата начала"]).toBe("2024-09-02T00:00:00");
  });

  it("keeps 5 mentors and 8 mentees, lists the columns to fill by hand, and exits 1", () => {
    expect(records(book, "Наставники")).toHaveLength(5);
    expect(records(book, "Наставляемые")).toHaveLength(8);
    expect(json.missingRequired).toEqual([
      { sheet: "Наставники", column: "Категория" },
      { sheet: "Наставники", column: "Согласие" },
      { sheet: "Наставляемые", column: "Категория" },
      { sheet: "Пары", column: "Вид наставничества" },
    ]);
    expect(run.code).toBe(1);
  });

  it("then gives the figures counted by hand", () => {
    // Active on 15.10.2024: pairs 1, 2 (two links), 3 and 5 — four groups, five links;
    // Белова and Васильев each have two mentees, Жукова one.
    const k = kpis(book, "2024-10-15");
    expect(k.active_groups).toMatchObject({
      value: 4,
      links: 5,
      byForm: { "Учитель – учитель": 3, "Руководитель ОО – педагог": 1 },
    });
    expect(k.mentor_load).toMatchObject({ mentors: 3, median: 2, max: 2, overLimit: 0 });
    expect(k.mentor_load.mean).toBeCloseTo(5 / 3, 10);
  });

  it("says in Russian where each sheet went and every conversion with its cell", () => {
    const r = nastavnik(["import", file("bases.xlsx"), "-o", out(), "--as-of", "2024-10-15"]);
    expect(r.stdout).toContain("bases.xlsx / Форма базы наставников → Наставники");
    expect(r.stdout).toContain("Пропущены строки: 5 (нумерация столбцов), 11 (итоговая строка), 12 (раздел)");
    expect(r.stdout).toContain("J7: «2 сентября 2024 г.» → Дата начала 02.09.2024 (дата из текста)");
    expect(r.stdout).toContain(
      "G7: «Демидов Артём Ильич, Егорова Нина Павловна» → Наставляемый Егорова Нина Павловна",
    );
    expect(r.stdout).toContain("G9: «Белова И.К.» → Наставник Белова Ирина Константиновна (краткое имя)");
    expect(r.stdout).toContain(
      "Строка 4: пара не добавлена — повтор строки 6 листа «Форма базы наставников»",
    );
    expect(r.stdout).toMatch(/Заполните вручную[^\n]*\n {2}Наставники: «Категория», «Согласие»/);
  });
});

describe("the annex of an order (annex.xlsx, A = 15.10.2024)", () => {
  const book = out();
  const run = nastavnikJson(["import", file("annex.xlsx"), "-o", book, "--as-of", "2024-10-15"]);
  const pairs = records(book, "Пары");

  it("takes the order from the title line, one row per mentee named in a cell, and a № per source row", () => {
    expect(run.json.sheets[0]).toMatchObject({
      sheet: "Приложение 1",
      target: "Пары",
      headerRow: 4,
      rows: 7,
    });
    expect(run.json.notImported).toEqual([
      { file: file("annex.xlsx"), sheet: "Лист2", reason: "пустой лист" },
    ]);
    // Row 6 names two mentees (a «;» and a line break), row 8 three (runs of separators).
    expect(pairs).toHaveLength(10);
    expect(pairs.map((p) => p["№ пары/группы"])).toEqual(["1", "2", "2", "3", "4", "4", "4", "5", "6", "7"]);
    expect(new Set(pairs.map((p) => `${p["Приказ №"]} ${p["Приказ от"]}`))).toEqual(
      new Set(["112-о 2024-09-02T00:00:00"]),
    );
    expect(pairs[1]["Вид наставничества"]).toBe("Групповое"); // «педагог – педагог (групповая)»
    expect(count(pairs.map((p) => p["Статус"]))).toEqual({ Действует: 8, Планируется: 1, "(пусто)": 1 });
  });

  it("keeps the period it cannot read («1 год») as typed, says so and exits 1", () => {
    expect(pairs[7]["Срок наставничества"]).toBe("1 год");
    expect(pairs[7]["Дата начала"]).toBeUndefined();
    expect(run.json.conversions).toContainEqual({
      file: file("annex.xlsx"),
      sheet: "Приложение 1",
      cell: "G9",
      from: "1 год",
      to: { "Срок наставничества": "1 год" },
      note: "не прочитано",
    });
    expect(run.code).toBe(1);
  });

  it("adds the 5 mentors and 10 mentees named with a full name; «Петров С.Н.» is not added", () => {
    expect(records(book, "Наставники").map((p) => p["ФИО"])).toEqual([
      "Руденко Анна Викторовна",
      "Тарасова Елена Ивановна",
      "Харитонов Сергей Павлович",
      "Чернышёва Ксения Олеговна",
      "Яковлев Роман Петрович",
    ]);
    expect(records(book, "Наставляемые")).toHaveLength(10);
  });

  it("then gives the figures counted by hand", () => {
    // Active on 15.10.2024: № 1 (1 link), 2 (2), 3 (1), 4 (3); № 5 has no start, № 6 starts
    // 01.11.2024, and № 7's mentor «Петров С.Н.» is nobody on «Наставники».
    const k = kpis(book, "2024-10-15");
    expect(k.active_groups).toEqual({
      value: 4,
      links: 7,
      byForm: { "Учитель – учитель": 2, "Руководитель ОО – педагог": 1, "Ученик – ученик": 1 },
      byKind: { "Традиционное (один на один)": 2, Групповое: 2 },
    });
    expect(k.formalized).toMatchObject({ numerator: 7, denominator: 7 });
    expect(k.mentor_load).toEqual({ mentors: 4, mean: 1.75, median: 1.5, max: 3, overLimit: 0 });
  });
});

describe("a school's own lists (own_lists.xlsx, A = 01.12.2024, D from «Сведения»)", () => {
  const book = out();
  const run = nastavnikJson(["import", file("own_lists.xlsx"), "-o", book, "--as-of", "2024-12-01"]);

  it("joins ФИО from three columns, reads «Сведения» by its own labels, and exits 0", () => {
    expect(records(book, "Наставники").map((p) => p["ФИО"])).toEqual([
      "Кузьмина Алла Петровна",
      "Лаптев Игорь Николаевич",
      "Мельникова Ольга",
      "Некрасов Юрий Васильевич",
    ]);
    expect(run.json.sheets[1].skipped).toEqual([
      { row: 3, reason: "нумерация столбцов" },
      { row: 8, reason: "итоговая строка" },
    ]);
    const info = records(book, "Сведения");
    const item = (label: string) => info.find((r) => r["Показатель"] === label)?.["Значение"];
    expect(item("Учебный год")).toBe("2024/2025");
    expect(item("Отчётная дата")).toBe("2024-12-01T00:00:00");
    expect(item("Численность педагогических работников")).toBe(50);
    expect(item("Численность обучающихся в возрасте от 10 лет")).toBe(410);
    expect(item("Приказ о назначении наставников")).toBe("да");
    expect(info.at(-1)).toEqual({ Показатель: "Телефон ОО", Значение: "+7 (900) 111-22-33" });
    expect(run.json.missingRequired).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("then gives the figures counted by hand at 01.12.2024", () => {
    const k = kpis(book);
    // Involved in 2024/2025: Кузьмина, Олейник, Лаптев, Панов, Мельникова, Рябова, Некрасов (Титов is a pupil).
    expect(k.teachers_involved).toMatchObject({ numerator: 7, denominator: 50 });
    // Титов, «2011 г.р.»: 13 in 2024, of the 410 pupils from 10.
    expect(k.students_involved).toMatchObject({ numerator: 1, denominator: 410 });
    // Pair 4 ended 25.10.2024; pairs 1, 2 (status derived at A), 3 and 5 are active.
    expect(k.active_groups).toEqual({
      value: 4,
      links: 4,
      byForm: { "Учитель – учитель": 3, "Руководитель ОО – педагог": 1 },
      byKind: { "Традиционное (один на один)": 4 },
    });
    expect(k.mentor_load).toEqual({ mentors: 4, mean: 1, median: 1, max: 1, overLimit: 0 });
    expect(k.formalized).toMatchObject({ numerator: 2, denominator: 4 });
    // Due by 01.12.2024: 1.1 (+), 1.2 «сентябрь 2024» (+), 1.3 «до 01.10.2024» (empty).
    expect(k.plan_done).toMatchObject({ numerator: 2, denominator: 3, overdue: 1 });
    expect(k.documents).toMatchObject({ numerator: 4, denominator: 5 });
  });

  it("skips the hidden row (Сидоренко) and fills «Этап» down", () => {
    expect(records(book, "Наставляемые")).toHaveLength(4);
    // Young: Олейник (1 год) and Рябова («✓»), both with an active pair; Панов has 3 г. 2 мес.
    expect(kpis(book).young_mentored).toMatchObject({ numerator: 2, denominator: 2 });
    expect(records(book, "План").map((p) => p["Этап"])).toEqual([
      "Подготовительный",
      "Подготовительный",
      "Подготовительный",
      "Реализационный",
      "Реализационный",
    ]);
  });
});

describe("a workbook that mixes everything (mixed.xlsx, A = 15.10.2024)", () => {
  const book = out();
  const { json } = nastavnikJson(["import", file("mixed.xlsx"), "-o", book, "--as-of", "2024-10-15"]);

  it("recognises each list by its headers or name and says why the others are not imported", () => {
    expect(json.sheets.map((s: any) => [s.sheet, s.target])).toEqual([
      ["Лист1", "Наставляемые"],
      ["Приказ", "Пары"],
      ["План мероприятий", "План"],
    ]);
    expect(json.notImported.map((x: any) => [x.sheet, x.reason])).toEqual([
      ["Заметки", "не распознан"],
      ["Лист5", "пустой лист"],
      ["Справочники", "служебный лист надстройки"],
    ]);
  });

  it("writes text as text: a formula typed in a list arrives as that text", () => {
    const s = inspect(book).sheets.find((x) => x.name === "Наставляемые")!;
    const col = s.headers.indexOf("Кабинет");
    const cell = s.cells[2][col];
    expect(cell).toEqual({ v: '=HYPERLINK("http://x","каб. 7")', t: "s", f: "@" });
  });

  it("resolves «Руденко А.В.» to the mentor added from the row above, and counts both pairs", () => {
    expect(records(book, "Пары").map((p) => p["Наставник"])).toEqual([
      "Руденко Анна Викторовна",
      "Руденко Анна Викторовна",
    ]);
    const k = kpis(book, "2024-10-15");
    // Савельев («молодой специалист», 2 года) and Цветкова (0,5 года) are young and both mentored.
    expect(k.young_mentored).toMatchObject({ numerator: 2, denominator: 2 });
    expect(k.mentor_load).toMatchObject({ mentors: 1, max: 2 });
  });
});

describe("the same files re-saved by LibreOffice", () => {
  const lo = join(dir, "lo");
  mkdirSync(lo);
  execFileSync(
    "soffice",
    ["--headless", "--convert-to", "xlsx", "--outdir", lo, file("bases.xlsx"), file("annex.xlsx")],
    {
      stdio: "ignore",
      timeout: 180_000,
    },
  );

  it("give the same rows and figures", () => {
    const b = out();
    nastavnik(["import", join(lo, "bases.xlsx"), "-o", b, "--as-of", "2024-10-15"]);
    expect(records(b, "Пары")).toHaveLength(7);
    expect(kpis(b, "2024-10-15").active_groups).toMatchObject({ value: 4, links: 5 });
    const a = out();
    nastavnik(["import", join(lo, "annex.xlsx"), "-o", a, "--as-of", "2024-10-15"]);
    expect(records(a, "Пары")).toHaveLength(10);
    expect(kpis(a, "2024-10-15").mentor_load).toEqual({
      mentors: 4,
      mean: 1.75,
      median: 1.5,
      max: 3,
      overLimit: 0,
    });
  });
});

describe("import on its own output, and several files at once", () => {
  it("changes nothing when run on what it wrote", () => {
    const first = out();
    nastavnik([
      "import",
      file("bases.xlsx"),
      file("annex.xlsx"),
      file("own_lists.xlsx"),
      "-o",
      first,
      "--as-of",
      "2024-10-15",
    ]);
    const second = out();
    const r = nastavnikJson(["import", first, "-o", second, "--as-of", "2024-10-15"]);
    const cells = (p: string) =>
      inspect(p).sheets.map((s) => ({
        name: s.name,
        tables: s.tables,
        cells: s.cells.map((r) => r.map((c) => c.v)),
      }));
    expect(cells(second)).toEqual(cells(first));
    // Nothing to fill by hand now: every template column has its column.
    expect(r.json.missingRequired).toEqual([]);
  });

  it("merges the extra columns of sources with the same target by header", () => {
    const book = out();
    nastavnik(["import", file("bases.xlsx"), file("annex.xlsx"), "-o", book, "--as-of", "2024-10-15"]);
    const headers = inspect(book).sheets.find((s) => s.name === "Наставники")!.headers;
    // «Контактные данные для связи» of the mentor base is one column, written once.
    expect(headers.filter((h) => h === "Контактные данные для связи")).toHaveLength(1);
    // The annex adds its mentors after the base's five.
    expect(records(book, "Наставники")).toHaveLength(10);
  });
});

describe("exit status and refusals", () => {
  it("refuses an output that exists without --force (2, nothing written)", () => {
    const book = out();
    writeFileSync(book, "не трогать");
    const r = nastavnik(["import", file("bases.xlsx"), "-o", book]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("уже существует");
    expect(readFileSync(book, "utf8")).toBe("не трогать");
  });

  it("refuses to write over an input, also through a link (2)", () => {
    const link = join(dir, "ссылка.xlsx");
    symlinkSync(file("annex.xlsx"), link);
    const before = statSync(file("annex.xlsx")).mtimeMs;
    const r = nastavnik(["import", file("annex.xlsx"), "-o", link, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("это входной файл «");
    expect(statSync(file("annex.xlsx")).mtimeMs).toBe(before);
  });

  it("imports the readable inputs, names the unreadable one and exits 2", () => {
    const broken = join(dir, "сломан.xlsx");
    writeFileSync(broken, "это не xlsx");
    const book = out();
    const r = nastavnik(["import", broken, file("mixed.xlsx"), "-o", book, "--as-of", "2024-10-15"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("сломан.xlsx");
    expect(existsSync(book)).toBe(true);
    expect(records(book, "Пары")).toHaveLength(2);
  });

  it("exits 2 on usage errors", () => {
    expect(nastavnik(["import", file("bases.xlsx")]).code).toBe(2);
    expect(nastavnik(["import", "-o", out()]).code).toBe(2);
    expect(nastavnik(["import", file("bases.xlsx"), "-o", join(dir, "книга.txt")]).code).toBe(2);
    expect(nastavnik(["import", file("bases.xlsx"), "-o", out(), "--as-of", "15.10.2024"]).code).toBe(2);
  });
});
