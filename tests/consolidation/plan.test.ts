/**
 * The municipal workbook as a write plan: «Свод» (one row per file, every KPI figure, the pooled
 * «Итого» as numbers), «Итоги» (pooled table, sorted coverage, groups by form, charts) and
 * «Проблемы по ОО» (every issue as text). Every sheet replaces the previous consolidation.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../../src/domain/consolidation/consolidationPlan";
import { feedbackPlan } from "../../src/domain/consolidation/feedbackPlan";
import { unreadableInput } from "../../src/domain/consolidation/input";
import { kpiColumns } from "../../src/domain/consolidation/kpiColumns";
import { kpiIds } from "../../src/domain/kpi/catalogue";
import { poolKpis } from "../../src/domain/kpi/pool";
import type { CellBlock, ChartPlan, SheetPlan, TablePlan } from "../../src/domain/plan/writePlan";
import { unreadableIssue } from "../../src/cli/loadFile";
import { mentee, mentor, pair } from "../domain/builders";
import { inputOf, smallSchool } from "./support";

const inputs = [
  inputOf("dir/a.xlsx", smallSchool("ОО-1")),
  // Two young teachers, one with a mentor: 50 %.
  inputOf(
    "dir/b.xlsx",
    smallSchool("ОО-2", { mentees: [mentee("Зуева Ольга Игоревна"), mentee("Лисина Дарья Олеговна")] }),
  ),
  inputOf(
    "dir/c.xlsx",
    smallSchool("ОО-1", {
      info: { "Наименование ОО": '=HYPERLINK("http://x","y")' },
      mentors: [mentor("Петрова Анна Ивановна", { "Педагогический стаж, лет": "+7 900 111-22-33" })],
      pairs: [
        pair(1, "Петрова Анна Ивановна", "Зуева Ольга Игоревна", {
          "Форма наставничества": "Ученик – ученик",
        }),
      ],
    }),
  ),
  unreadableInput("dir/bad.xlsx", unreadableIssue("Файл пуст.")),
];
const c = consolidate(inputs);
const plan = consolidationPlan(c);
const sheet = (name: string): SheetPlan => plan.sheets.find((s) => s.name === name)!;
const table = (s: SheetPlan): TablePlan => s.tables![0] as TablePlan;
const col = (t: TablePlan, header: string) => t.headers.indexOf(header);
/** The columns of «Свод» before the KPI figures. */
const FIXED = 11;

test("four sheets, each replacing the previous consolidation; «Свод» is shown", () => {
  expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([
    ["Свод", "replace"],
    ["Итоги", "replace"],
    ["Проблемы по ОО", "replace"],
    ["Данные свода", "replace"],
  ]);
  expect(plan.activate).toBe("Свод");
  // Serialisable: what the pane sends to the adapter survives JSON.
  expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
});

describe("«Свод»", () => {
  const s = sheet("Свод");
  const t = table(s);

  test("one row per file in the order given, with who, which file, kind, status and counts", () => {
    expect(t.name).toBe("Svod");
    expect(t.headers.slice(0, FIXED)).toEqual([
      "Код ОО",
      "Наименование",
      "Муниципалитет",
      "Файл",
      "Вид",
      "Статус",
      "Ошибок",
      "Предупреждений",
      "Отчётная дата",
      "В итоге",
      "Не включено в итог",
    ]);
    const errors = c.files[2].errors!;
    expect(errors).toBeGreaterThan(0);
    expect(t.rows.map((r) => r.slice(0, 6))).toEqual([
      ["ОО-1", "Школа ОО-1", "Городской округ Энск", "dir/a.xlsx", "полная книга", "без ошибок"],
      ["ОО-2", "Школа ОО-2", "Городской округ Энск", "dir/b.xlsx", "полная книга", "без ошибок"],
      [
        "ОО-1",
        '=HYPERLINK("http://x","y")',
        "Городской округ Энск",
        "dir/c.xlsx",
        "полная книга",
        `есть ошибки (${errors})`,
      ],
      [null, null, null, "dir/bad.xlsx", "полная книга", "не читается"],
    ]);
    expect(t.rows[0][8]).toEqual({ date: "2024-12-20" });
  });

  test("says for each file whether it is in the total and why not, and which of its KPIs are left out", () => {
    const pooled = t.rows.map((r) => r[col(t, "В итоге")]);
    expect(pooled).toEqual(["нет: заменён файлом «c.xlsx»", "да", "да", "нет: файл не читается"]);
    // b has no finished programme: «Программы завершены полностью» is 0 of 0, left out (changes nothing).
    expect(t.rows[1][col(t, "Не включено в итог")]).toContain(
      "знаменатель равен 0: Программы завершены полностью",
    );
    expect(t.rows[0][col(t, "Не включено в итог")]).toBeNull();
  });

  test("every KPI of the catalogue in order; shares as numerator, denominator and value", () => {
    expect([...new Set(kpiColumns.map((k) => k.id))]).toEqual(kpiIds);
    const ym = ["числитель", "знаменатель", "доля"].map((f) =>
      col(t, `Молодые специалисты с наставником: ${f}`),
    );
    expect(t.rows.map((r) => ym.map((i) => r[i]))).toEqual([
      [1, 1, 1],
      [1, 2, 0.5],
      [1, 1, 1],
      [null, null, null],
    ]);
    expect(t.headers.length).toBe(new Set(t.headers).size);
    for (const h of [
      "Пары и группы: действуют",
      "Нагрузка наставников: среднее",
      "Удовлетворённость: наставники, оценок",
      "Дорожная карта: просрочено мероприятий",
    ]) {
      expect(t.headers).toContain(h);
    }
  });

  test("text columns are «@», shares are percentages, counts are numbers", () => {
    const f = t.columnFormats!;
    for (const h of ["Код ОО", "Наименование", "Файл", "Вид", "Статус"]) expect(f[col(t, h)]).toBe("@");
    expect(f[col(t, "Молодые специалисты с наставником: доля")]).toBe('0.0" "%');
    expect(f[col(t, "Молодые специалисты с наставником: числитель")]).toBe("0");
  });

  test("«Итого» below the table: pooled numbers (never formulas) of one file per school", () => {
    const total = s.blocks!.find((b) => b.values[0][0] === "Итого")!;
    expect(total.row).toBeGreaterThan(t.row + t.rows.length);
    // a is replaced by c (same school); the unreadable file has nothing to pool.
    const pooled = poolKpis(
      [inputs[1].kpis!, inputs[2].kpis!] as const,
      (_, id) => id !== "completed" && id !== "retention" && id !== "satisfaction",
    ).values;
    expect(total.values[0].slice(FIXED)).toEqual(kpiColumns.map((k) => k.get(pooled)));
    expect(total.values[0].every((v) => v === null || typeof v !== "object")).toBe(true);
    // Shares sum numerators and denominators: 2 of 3, not the mean of 50 % and 100 %.
    expect(total.values[0].slice(FIXED, FIXED + 3)).toEqual([2, 3, 2 / 3]);
  });

  test("the full KPI titles stand above their column groups", () => {
    const band = s.blocks!.find((b) => b.row === t.row - 1)!;
    expect(band.values[0][FIXED]).toBe("Доля молодых специалистов, имеющих наставника");
    expect(band.values[0][FIXED + 1]).toBeNull();
  });
});

describe("«Итоги»", () => {
  const s = sheet("Итоги");
  test("the pooled KPI table has every KPI; shares with their default targets", () => {
    const t = table(s);
    expect(t.name).toBe("SvodKpi");
    expect(t.rows[0]).toEqual([
      "Доля молодых специалистов, имеющих наставника",
      2,
      3,
      2 / 3,
      0.7,
      null,
      expect.any(String),
    ]);
    expect(t.rows.length).toBeGreaterThanOrEqual(kpiIds.length);
  });

  const blockAt = (title: string): CellBlock[] => {
    const i = s.blocks!.findIndex((b) => String(b.values[0][0]).startsWith(title));
    return s.blocks!.slice(i, i + 3);
  };

  /** The chart's data block: the one under the chart, titled «Данные диаграммы». */
  const dataUnder = (chart: ChartPlan): CellBlock[] => {
    const top = Number(/\d+/.exec(chart.dataRange)![0]);
    const i = s.blocks!.findIndex((b) => b.row === top);
    return s.blocks!.slice(i - 1, i + 2);
  };

  test("each coverage KPI by school against its target, highest first, below-target schools marked", () => {
    const chart = s.charts!.find((ch) => ch.name === "SvodCoverage_young_mentored")!;
    const [title, header, data] = dataUnder(chart);
    expect(title.values[0][0]).toBe("Данные диаграммы");
    expect(header.values[0].slice(0, 4)).toEqual(["ОО", "Доля", "Цель", "Статус"]);
    // ОО-1 once: its older file (a.xlsx) is replaced by c.xlsx and is not ranked (kpi.md, Aggregation).
    expect(data.values.map((r) => r[1])).toEqual([1, 0.5]);
    expect(data.values[0][0]).toBe("ОО-1");
    expect(data.values.map((r) => r[3])).toEqual(["достигнуто", "далеко"]);
    expect(chart.dataRange).toBe(`A${header.row}:C${header.row + 2}`);
    expect(chart.lineSeries).toEqual([1]);
    expect(chart.pointColors).toEqual([null, "#C0504D"]);
    // Above its data, across the printed columns A–G.
    expect(Number(/\d+/.exec(chart.to)![0])).toBeLessThan(title.row);
    expect(chart.to).toMatch(/^G/);
    expect(s.charts!.map((c) => c.name)).toEqual([
      "SvodByForm",
      "SvodCoverage_young_mentored",
      "SvodCoverage_teachers_involved",
      "SvodCoverage_students_involved",
    ]);
  });

  test("pooled pairs and groups by form, with a chart; each section starts a printed page", () => {
    const chart = s.charts!.find((ch) => ch.name === "SvodByForm")!;
    const [, header, data] = dataUnder(chart);
    expect(data.values).toEqual([
      ["Ученик – ученик", 1],
      ["Учитель – учитель", 1],
    ]);
    expect(chart.dataRange).toBe(`A${header.row}:B${header.row + 2}`);
    expect(s.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      footer: "Страница &P из &N",
    });
    // One page per chart section, and one for what did not enter the total.
    expect(s.print!.breaksBefore).toHaveLength(5);
    for (const c of s.charts!)
      expect(s.print!.breaksBefore!.some((b) => b < Number(/\d+/.exec(c.from)![0]))).toBe(true);
  });

  test("what did not enter the total: the replaced file, and each KPI left out with its reason", () => {
    const [, replacedHeader, replaced] = blockAt("Не вошли в итог: заменены более новым файлом");
    expect(replacedHeader.values[0]).toEqual(["ОО — каким файлом заменён (файл)", "Код"]);
    expect(replaced.values).toEqual([["ОО-1 Школа ОО-1 — заменён файлом «c.xlsx» («a.xlsx»)", "C001"]]);
    const [, header, excluded] = blockAt("Не включено в итог: показатели ОО");
    expect(header.values[0]).toEqual(["Показатель — ОО: причина (файл)", "Код"]);
    expect(excluded.values).toContainEqual([
      "Программы завершены полностью — ОО-2 Школа ОО-2: знаменатель равен 0 («b.xlsx»)",
      null,
    ]);
    const listed = excluded.values.length;
    expect(listed).toBe(Object.values(c.total.excluded).flat().length);
  });
});

describe("«Проблемы по ОО»", () => {
  const t = table(sheet("Проблемы по ОО"));

  test("every issue of every file, C-codes and S003 included, all as text", () => {
    expect(t.headers).toEqual([
      "Код ОО",
      "Наименование",
      "Файл",
      "Лист",
      "Ячейка",
      "Код",
      "Серьёзность",
      "Сообщение",
      "Значение",
    ]);
    expect(t.rows.length).toBe(c.files.reduce((n, f) => n + f.issues.length, 0));
    expect(t.columnFormats!.every((f) => f === "@")).toBe(true);
    expect(t.rows.every((r) => r.every((v) => v === null || typeof v === "string"))).toBe(true);
    expect(t.rows).toContainEqual([
      "ОО-1",
      "Школа ОО-1",
      "dir/a.xlsx",
      "Сведения",
      "B2",
      "C001",
      "предупреждение",
      "Файл заменён более новым файлом «c.xlsx» с тем же кодом ОО; в свод не включён.",
      "ОО-1",
    ]);
    expect(t.rows).toContainEqual([
      null,
      null,
      "dir/bad.xlsx",
      null,
      null,
      "S003",
      "ошибка",
      "Файл пуст.",
      null,
    ]);
    expect(t.rows).toContainEqual(expect.arrayContaining(["F002", "+7 900 111-22-33"]));
  });
});

describe("feedback to one school", () => {
  test("a small workbook with only that file's problems", () => {
    const p = feedbackPlan(c.files[2]);
    expect(p.sheets.map((s) => [s.name, s.mode])).toEqual([["Замечания", "replace"]]);
    const t = table(p.sheets[0]);
    expect(t.rows.length).toBe(c.files[2].issues.length);
    expect(t.rows.map((r) => r[2])).toContain("F002");
    expect(t.rows.map((r) => r[4])).toEqual(c.files[2].issues.map((i) => i.message));
  });

  test("a replaced file is told which file replaced it and that it is not in the total", () => {
    const p = feedbackPlan(c.files[0]);
    expect(table(p.sheets[0]).rows.map((r) => r[2])).toEqual(["C001"]);
    expect(JSON.stringify(p.sheets[0].blocks)).toContain("заменён более новым файлом вашей ОО «dir/c.xlsx»");
  });

  test("a school without problems is told so", () => {
    const p = feedbackPlan(consolidate([inputOf("a.xlsx", smallSchool("ОО-1"))]).files[0]);
    expect(table(p.sheets[0]).rows).toEqual([]);
    expect(JSON.stringify(p.sheets[0].blocks)).toContain("Замечаний нет.");
  });
});
