/** «Мониторинг»: every KPI of the catalogue is on the sheet with the engine's own numbers, target and status. */
import { evaluateWorkbook } from "../../src/domain/engine";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { kpiReadings } from "../../src/domain/kpi/reading";
import type { KpiValues, ShareResult } from "../../src/domain/kpi/types";
import { PERCENT_FORMAT, TEXT_FORMAT, type SheetPlan, type TablePlan } from "../../src/domain/plan/writePlan";
import { MONITORING_SHEET, STATUS_COLOURS } from "../../src/domain/report/monitoringPlan";
import type { ReportableResult } from "../../src/domain/report/reportModel";
import { REPORT_TABLES } from "../../src/domain/report/monitoringTables";
import { monitoringOnlyPlan, reportPlan } from "../../src/domain/report/reportPlan";
import { dayFromIso, isoOf } from "../../src/domain/values/dates";
import { ABSENT, day, mentee, mentor, pair, school } from "../domain/builders";
import { evaluate } from "../domain/evaluate";
import { M, N } from "../domain/kpi/people";
import { newTables, parseCell, parseRange, PlanGrid } from "./planCells";
import { busySchool, loadSample, reportable, SAMPLES, type Loaded } from "./support";
import { TIDY } from "../fixtures/schoolFiles";

const GENERATED = day("2024-12-23");

const monitoring = (r: ReportableResult): SheetPlan =>
  reportPlan(r, GENERATED).sheets.find((s) => s.name === MONITORING_SHEET)!;
const table = (s: SheetPlan, name: string): TablePlan => newTables(s).find((t) => t.name === name)!;
/** A table's rows as objects keyed by header. */
const records = (t: TablePlan) =>
  t.rows.map((r) => Object.fromEntries(t.headers.map((h, j) => [h, r[j] ?? null])));

let loaded: Loaded[];
const byLabel = (label: string): Loaded => loaded.find((l) => l.label === label)!;
beforeAll(async () => {
  loaded = [...(await Promise.all(SAMPLES.map(loadSample))), busySchool()];
});

describe.each([...SAMPLES, "built school"])("%s", (label) => {
  let l: Loaded;
  let sheet: SheetPlan;
  let values: KpiValues;
  beforeAll(() => {
    l = byLabel(label);
    sheet = monitoring(l.result);
    values = l.result.kpis.values;
  });

  test("every KPI of the catalogue has a row titled as in the catalogue", () => {
    const titles = [
      ...records(table(sheet, REPORT_TABLES.kpis)),
      ...records(table(sheet, REPORT_TABLES.figures)),
    ].map((r) => r["Показатель"] as string);
    for (const def of kpiCatalogue)
      expect(titles.some((t) => t === def.title || t.startsWith(`${def.title}: `))).toBe(true);
  });

  test("share KPIs: numerator, denominator, value and target are the engine's, unrounded", () => {
    const rows = records(table(sheet, REPORT_TABLES.kpis));
    const shares = kpiCatalogue.filter((d) => d.kind === "share" || d.kind === "plan");
    expect(rows.map((r) => r["Показатель"])).toEqual(shares.map((d) => d.title));
    shares.forEach((def, k) => {
      const v = values[def.id] as ShareResult;
      expect(rows[k]).toMatchObject({
        Числитель: v.numerator,
        Знаменатель: v.denominator,
        Значение: v.value,
        Цель: v.target,
      });
    });
  });

  test("counts and means are the engine's", () => {
    const byTitle = new Map(records(table(sheet, REPORT_TABLES.figures)).map((r) => [r["Показатель"], r]));
    const title = (id: string) => kpiCatalogue.find((d) => d.id === id)!.title;
    expect(byTitle.get(title("active_groups"))).toMatchObject({ Количество: values.active_groups.value });
    // What each figure means is a line under the table, not a column that runs off the printed page.
    const figures = table(sheet, REPORT_TABLES.figures);
    expect(figures.headers).not.toContain("Пояснение");
    const grid = new PlanGrid(sheet);
    const notes = figures.rows.map((_, i) =>
      grid.get(figures.row + figures.rows.length + 1 + i, figures.col),
    );
    expect(notes).toHaveLength(figures.rows.length);
    figures.rows.forEach((r, i) => {
      expect(notes[i]).toEqual(expect.stringMatching(/\.$/));
      expect((notes[i] as string).startsWith(`${r[0] as string}: `)).toBe(true);
    });
    expect(notes.find((n) => (n as string).startsWith(`${title("active_groups")}: `))).toContain(
      `связей «наставник – наставляемый»: ${values.active_groups.links}`,
    );
    expect(byTitle.get(title("mentor_load"))).toMatchObject({
      Количество: values.mentor_load.mentors,
      Среднее: values.mentor_load.mean,
    });
    expect(byTitle.get(title("overdue"))).toMatchObject({ Количество: values.overdue.value, Цель: 0 });
    const sat = values.satisfaction;
    expect(byTitle.get(`${title("satisfaction")}: наставники`)).toMatchObject({
      Количество: sat.mentor.n,
      Среднее: sat.mentor.mean,
    });
    expect(byTitle.get(`${title("satisfaction")}: наставляемые`)).toMatchObject({
      Количество: sat.mentee.n,
      Среднее: sat.mentee.mean,
    });
  });

  test("the status column judges each value against its target, and is coloured by conditional formats", () => {
    const kpis = table(sheet, REPORT_TABLES.kpis);
    const shares = kpiCatalogue.filter((d) => d.kind === "share" || d.kind === "plan");
    records(kpis).forEach((r, k) => {
      const [value, target] = [r["Значение"] as number | null, r["Цель"] as number | null];
      // A legal requirement (orders, consent, programmes) is met or not — never «близко».
      const required = kpiReadings[shares[k].id].assessment === "required";
      const expected =
        target === null || value === null
          ? "—"
          : required
            ? value >= target
              ? "выполнено"
              : "не выполнено"
            : value >= target
              ? "достигнуто"
              : value >= 0.8 * target
                ? "близко"
                : "далеко";
      expect([r["Показатель"], r["Статус"]]).toEqual([r["Показатель"], expected]);
    });
    const statusCol = kpis.col + kpis.headers.indexOf("Статус");
    const cf = sheet.conditionalFormats!.find((c) => parseRange(c.range).left === statusCol)!;
    expect(parseRange(cf.range)).toEqual({
      top: kpis.row + 1,
      left: statusCol,
      bottom: kpis.row + kpis.rows.length,
      right: statusCol,
    });
    expect(cf.rules.map((r) => ("equals" in r ? [r.equals, r.fill] : null))).toEqual([
      ["достигнуто", "#C6EFCE"],
      ["близко", "#FFEB9C"],
      ["далеко", "#FFC7CE"],
      ["выполнено", "#C6EFCE"],
      ["не выполнено", "#FFC7CE"],
    ]);
    expect(cf.rules).toEqual(STATUS_COLOURS);
    const figures = table(sheet, REPORT_TABLES.figures);
    const figStatus = figures.col + figures.headers.indexOf("Статус");
    expect(sheet.conditionalFormats!.map((c) => parseRange(c.range))).toContainEqual({
      top: figures.row + 1,
      left: figStatus,
      bottom: figures.row + figures.rows.length,
      right: figStatus,
    });
  });

  test("value and target are numbers formatted as percentages; titles and statuses are text", () => {
    const kpis = table(sheet, REPORT_TABLES.kpis);
    const fmt = (h: string) => kpis.columnFormats![kpis.headers.indexOf(h)];
    expect([fmt("Значение"), fmt("Цель")]).toEqual([PERCENT_FORMAT, PERCENT_FORMAT]);
    expect([fmt("Показатель"), fmt("Статус")]).toEqual([TEXT_FORMAT, TEXT_FORMAT]);
  });
});

test("overdue programmes (target 0, a requirement): «выполнено» only at zero, else «не выполнено»", () => {
  const overdueRow = (r: ReportableResult) =>
    records(table(monitoring(r), REPORT_TABLES.figures)).find(
      (r) => r["Показатель"] === "Программы с истёкшим сроком",
    )!;
  const late = byLabel("built school").result;
  expect(late.kpis.values.overdue.value).toBeGreaterThan(0);
  expect(overdueRow(late)["Статус"]).toBe("не выполнено");
  const onTime = reportable(
    evaluate({ mentors: [mentor(M[0])], mentees: [mentee(N[0])], pairs: [pair("1", M[0], N[0])] }),
  );
  expect(onTime.kpis.values.overdue.value).toBe(0);
  expect(overdueRow(onTime)).toMatchObject({ Количество: 0, Цель: 0, Статус: "выполнено" });
});

test("the heading: school, municipality, school year, as-of date and date of generation in rows 1–4, bold", () => {
  const l = loaded.find((x) => x.label === TIDY)!;
  const sheet = monitoring(l.result);
  const g = new PlanGrid(sheet);
  const heading = sheet.blocks!.filter((b) => b.row <= 4);
  expect(heading.every((b) => b.style?.bold === true)).toBe(true);
  expect(g.at("A1")).toBe("Мониторинг наставничества: МБОУ «Гимназия № 11»");
  expect(g.range("A2:B2")).toEqual([["Муниципалитет", l.result.wb.info.municipality]]);
  expect(g.range("A3:E3")).toEqual([["Учебный год", "2024/2025", null, "Код ОО", "ОО-11"]]);
  expect(g.range("A4:E4")).toEqual([
    ["Отчётная дата", { date: "2024-12-20" }, null, "Дата формирования", { date: isoOf(GENERATED) }],
  ]);
  expect(sheet.print).toMatchObject({
    orientation: "landscape",
    fitToWidth: true,
    titleRows: "$1:$4",
    footer: "Страница &P из &N",
  });
  // The charts start a printed page of their own: the first chart band begins at a page break.
  const firstChartRow = Math.min(...sheet.charts!.map((c) => parseCell(c.from).row));
  expect(sheet.print!.breaksBefore![0]).toBe(firstChartRow);
  for (const c of sheet.charts!) {
    const [top, bottom] = [parseCell(c.from).row, parseCell(c.to).row];
    expect(sheet.print!.breaksBefore!.filter((b) => b > top && b <= bottom)).toEqual([]);
  }
});

test("--as-of moves the heading's date and school year with the KPIs", () => {
  const r = evaluateWorkbook(byLabel(TIDY).grid, { asOf: dayFromIso("2025-09-15")! });
  const g = new PlanGrid(monitoringOnlyPlan(r, GENERATED).sheets[0]);
  expect(g.range("A3:B4")).toEqual([
    ["Учебный год", "2025/2026"],
    ["Отчётная дата", { date: "2025-09-15" }],
  ]);
});

test("a workbook without an as-of date gets no report, with the engine's reason", () => {
  const r = evaluateWorkbook(school({ info: { "Отчётная дата": ABSENT } }));
  expect(() => reportPlan(r, GENERATED)).toThrow(/Отчётная дата/);
});

test("the rebuild plan replaces «Мониторинг» as a whole and writes nothing else", () => {
  const plan = monitoringOnlyPlan(byLabel(TIDY).result, GENERATED);
  expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([[MONITORING_SHEET, "replace"]]);
  expect(plan.activate).toBe(MONITORING_SHEET);
  const full = reportPlan(byLabel(TIDY).result, GENERATED);
  expect(full.sheets.map((s) => [s.name, s.mode])).toEqual([
    [MONITORING_SHEET, "replace"],
    ["Данные отчёта", "replace"],
  ]);
  expect(full.sheets[0]).toEqual(plan.sheets[0]);
});

test("table names are Latin and unique across the report", () => {
  const names = reportPlan(byLabel("built school").result, GENERATED).sheets.flatMap((s) =>
    newTables(s).map((t) => t.name),
  );
  expect(new Set(names).size).toBe(names.length);
  for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
});

test("rows the KPIs leave out: under the KPI table as «Не учитываются», by reason with counts, no names", () => {
  const r = reportable(
    evaluate({
      mentors: [mentor(M[0]), mentor(M[1])],
      mentees: [mentee(N[0]), mentee(N[1]), mentee(N[2]), mentee(N[3])],
      pairs: [
        pair("1", M[0], N[0]),
        pair("2", M[1], N[1], { "Дата начала": null }),
        pair("3", M[1], N[2], { "Дата начала": null }),
        pair("4", M[1], N[3], { Статус: "Планируется" }),
      ],
    }),
  );
  const sheet = monitoring(r);
  const kpis = table(sheet, REPORT_TABLES.kpis);
  const grid = new PlanGrid(sheet);
  const below = [1, 2, 3, 4].map((i) => grid.get(kpis.row + kpis.rows.length + i, kpis.col));
  expect(below).toEqual([
    "Не учитываются (3):",
    "  «Пары» — не указана дата начала: 2",
    "  «Пары» — пара только планируется: 1",
    "«Не учитываются» — строки, которые не входят в расчёт показателей, с причиной у каждой; когда причина устранена, строка войдёт в расчёт.",
  ]);
  const texts = sheet.blocks!.flatMap((b) => b.values.flat()).join(" ");
  for (const name of [M[1], N[1], N[2], N[3]]) expect(texts).not.toContain(name);
  // A school that leaves nothing out gets no such lines.
  const clean = reportable(
    evaluate({ mentors: [mentor(M[0])], mentees: [mentee(N[0])], pairs: [pair("1", M[0], N[0])] }),
  );
  expect(JSON.stringify(monitoring(clean).blocks)).not.toContain("Не учитываются");
});
