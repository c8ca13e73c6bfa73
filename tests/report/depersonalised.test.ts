/**
 * The report is depersonalised: no ФИО of the input — collected from the raw sheets, not through
 * the engine — appears in any cell, table, chart title or sheet name of the plan; and the guard
 * that reportPlan runs refuses a plan that would carry one.
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import type { PlanValue, WritePlan } from "../../src/domain/plan/writePlan";
import {
  assertDepersonalised,
  PersonalDataError,
  personalValues,
  sheetPlanTexts,
} from "../../src/domain/report/depersonalise";
import { monitoringOnlyPlan, reportPlan } from "../../src/domain/report/reportPlan";
import { day, mentee, mentor, pair, school } from "../domain/builders";
import { M, N } from "../domain/kpi/people";
import { busySchool, inputNames, loadSample, nameForm, SAMPLES, type Loaded } from "./support";

const GENERATED = day("2024-12-23");

/** Every text the plan would put in the file or show: an independent walk over the plan. */
function everyText(plan: WritePlan): string[] {
  const out: string[] = [];
  const value = (v: PlanValue) => {
    if (typeof v === "string") out.push(v);
    else if (v !== null && typeof v === "object")
      out.push(...Object.values(v).filter((x): x is string => typeof x === "string"));
  };
  for (const s of plan.sheets) {
    out.push(s.name);
    for (const b of s.blocks ?? []) b.values.flat().forEach(value);
    for (const t of s.tables ?? []) {
      out.push(t.name);
      if ("headers" in t) t.headers.forEach(value);
      if ("rows" in t) t.rows.flat().forEach(value);
    }
    for (const c of s.charts ?? [])
      out.push(c.name, c.title, c.axisTitles?.category ?? "", c.axisTitles?.value ?? "");
  }
  return out.map(nameForm);
}

describe.each([...SAMPLES, "built school"])("%s", (label) => {
  let l: Loaded;
  let names: string[];
  beforeAll(async () => {
    l = label === "built school" ? busySchool() : await loadSample(label);
    names = inputNames(l.grid);
  });

  test("the input has names to look for (mentors, mentees, pairs, curator)", () => {
    expect(names.length).toBeGreaterThan(10);
    const curator = l.grid.sheets[0].rows.find((r) => r[0] === "Куратор")?.[1];
    if (typeof curator === "string") expect(names).toContain(curator);
  });

  test("no ФИО in any cell, table, chart title or sheet name of the report", () => {
    const texts = everyText(reportPlan(l.result, GENERATED));
    expect(texts.length).toBeGreaterThan(200);
    for (const name of names) {
      const hits = texts.filter((t) => t.includes(nameForm(name)));
      expect([name, hits]).toEqual([name, []]);
    }
  });

  test("personalValues finds every name of the input (whatever the spelling)", () => {
    const found = new Set(personalValues(l.result.wb).map(nameForm));
    for (const name of names) expect(found).toContain(nameForm(name));
  });
});

describe("the guard", () => {
  const wb = busySchool().result.wb;
  const planWith = (text: string, where: "cell" | "chart" = "cell"): WritePlan => ({
    sheets: [
      {
        name: "Мониторинг",
        mode: "replace",
        blocks: where === "cell" ? [{ row: 1, col: 1, values: [["Итоги", text]] }] : [],
        charts:
          where === "chart"
            ? [
                {
                  name: "C",
                  type: "pie",
                  title: text,
                  dataRange: "A1:B2",
                  seriesBy: "columns",
                  from: "D1",
                  to: "H9",
                },
              ]
            : [],
      },
    ],
  });

  test("finds a name inside a longer text, in any case, with ё as е and other spacing", () => {
    expect(() => assertDepersonalised(planWith(`Наставник: ${M[0]}`), wb)).toThrow(PersonalDataError);
    expect(() => assertDepersonalised(planWith(M[1].toUpperCase()), wb)).toThrow(PersonalDataError);
    expect(() => assertDepersonalised(planWith("елкина   алена сергеевна"), wb)).toThrow(
      /Ёлкина Алёна Сергеевна/,
    );
    expect(() => assertDepersonalised(planWith("Смирнова Ольга Викторовна (куратор)", "chart"), wb)).toThrow(
      /заголовок диаграммы/,
    );
  });

  test("leaves counts, catalogue texts and look-alike words alone", () => {
    expect(() => assertDepersonalised(planWith("Доля наставников с письменным согласием"), wb)).not.toThrow();
    // A surname alone is matched only as the whole text: «Петрова» must not flag «Петровский район».
    const surname = school({
      mentors: [mentor("Петрова")],
      mentees: [mentee(N[0])],
      pairs: [pair("1", "Петрова", N[0])],
    });
    const swb = evaluateWorkbook(surname).wb;
    expect(() => assertDepersonalised(planWith("Петровский район"), swb)).not.toThrow();
    expect(() => assertDepersonalised(planWith("Петрова"), swb)).toThrow(PersonalDataError);
  });

  test("reportPlan refuses a school whose «Сведения» carry a person's name", () => {
    const named = evaluateWorkbook(
      school({
        info: { "Наименование ОО": `Школа, директор ${M[2]}` },
        mentors: [mentor(M[2])],
        mentees: [mentee(N[0])],
        pairs: [pair("1", M[2], N[0])],
      }),
    );
    expect(() => reportPlan(named, GENERATED)).toThrow(PersonalDataError);
    expect(() => monitoringOnlyPlan(named, GENERATED)).toThrow(/обезличен/);
  });

  test("every text of a sheet plan is walked: names, cells, headers, rows, chart and axis titles, formats", () => {
    const l = busySchool();
    const sheet = reportPlan(l.result, GENERATED).sheets[0];
    const texts = sheetPlanTexts(sheet);
    const where = new Set(texts.map((t) => t.where.split(" ")[0]));
    expect([...where].sort()).toEqual(
      ["заголовок", "имя", "название", "подпись", "таблица", "условное", "ячейка"].sort(),
    );
    expect(texts.filter((t) => t.where === "заголовок диаграммы").map((t) => t.text)).toEqual(
      sheet.charts!.map((c) => c.title),
    );
  });
});
