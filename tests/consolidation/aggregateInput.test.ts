/**
 * The depersonalised «Данные отчёта» export as an input: recognised by its sheet and layout, its
 * figures taken as the school computed them, pooled next to full workbooks.
 */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { evaluateWorkbook } from "../../src/domain/engine";
import { poolKpis } from "../../src/domain/kpi/pool";
import { reportDataRows } from "../../src/domain/report/reportData";
import { school } from "../domain/builders";
import { inputOf, reportDataGrid, smallSchool } from "./support";
import { mentee } from "../domain/builders";

const data = smallSchool("ОО-5", {
  mentees: [mentee("Зуева Ольга Игоревна"), mentee("Лисина Дарья Олеговна")],
  info: { "Учебный год": "2024/2025" },
});
const full = evaluateWorkbook(school(data));
const rows = reportDataRows(
  full.wb.info,
  full.asOf!,
  full.analysis.schoolYear,
  full.kpis!.values,
  full.kpis!.pool,
);
const exportGrid = {
  sheets: [{ name: "Мониторинг", firstRow: 1, firstCol: 1, rows: [["Мониторинг"]] }, reportDataGrid(rows)],
  date1904: false,
};

describe("a «Данные отчёта» export", () => {
  const input = consolidationInput("export.xlsx", exportGrid);

  test("is an aggregate with the school's own figures, date and «Сведения», and no persons", () => {
    expect(input).toMatchObject({
      kind: "aggregate",
      // Written without the two «Отчёт» / issues rows (as version 1 wrote it): nobody vouches for it.
      status: "unchecked",
      carried: null,
      school: { code: "ОО-5", name: "Школа ОО-5", municipality: "Городской округ Энск" },
      asOf: full.asOf,
      schoolYear: "2024/2025",
      error: null,
      issues: [],
      persons: [],
    });
    expect(input.kpis!.values).toEqual(full.kpis!.values);
    expect(input.kpis!.pool).toEqual(full.kpis!.pool);
  });

  test("points C001 and C002 at its «Сведения» rows inside «Данные отчёта»", () => {
    expect(input.code?.at).toMatchObject({
      sheet: "Данные отчёта",
      column: "Значение",
      col: 4,
      value: "ОО-5",
    });
    expect(rows[input.code!.at.row! - 2]).toEqual(["Сведения", "code", "Код ОО", "ОО-5"]);
    expect(input.declaredYear?.text).toBe("2024/2025");
  });

  test("keeps its own date under an override: its figures cannot be recomputed", () => {
    const moved = consolidationInput("export.xlsx", exportGrid, { asOf: full.asOf! + 100 });
    expect(moved.asOf).toBe(full.asOf);
  });

  test("enters the pooled total next to full workbooks", () => {
    const other = inputOf("b.xlsx", smallSchool("ОО-6"));
    const c = consolidate([input, other]);
    expect(c.total.schools).toBe(2);
    expect(c.total.values).toEqual(poolKpis([full.kpis!, other.kpis!]).values);
    // Лисина has no pair: 1 of 2 in the export, 1 of 1 in the workbook.
    expect(c.total.values.young_mentored).toMatchObject({ numerator: 2, denominator: 3 });
  });

  test("an export and a workbook of one school: the older is replaced (C001 on its own code cell)", () => {
    // Same own date: the later place in processing order wins.
    const c = consolidate([inputOf("a.xlsx", smallSchool("ОО-5")), input]);
    expect(c.files[1].issues).toEqual([]);
    expect(c.files[0].issues).toContainEqual(
      expect.objectContaining({ code: "C001", sheet: "Сведения", row: 2, severity: "warning" }),
    );
    const back = consolidate([input, inputOf("a.xlsx", smallSchool("ОО-5"))]);
    expect(back.files[0].issues).toEqual([
      expect.objectContaining({ code: "C001", sheet: "Данные отчёта", row: input.code!.at.row }),
    ]);
    expect(back.files.map((f) => f.pooled)).toEqual([false, true]);
  });
});

describe("what is not an aggregate, and incomplete exports", () => {
  test("a school workbook that also holds its own report is read in full", () => {
    const grid = school(data, { extraSheets: [reportDataGrid(rows)] });
    expect(consolidationInput("school.xlsx", grid).kind).toBe("workbook");
  });

  test("a sheet named «Данные отчёта» in another layout is not an export", () => {
    const grid = {
      sheets: [{ name: "Данные отчёта", firstRow: 1, firstCol: 1, rows: [["что-то другое"]] }],
      date1904: false,
    };
    const input = consolidationInput("odd.xlsx", grid);
    expect(input.kind).toBe("workbook");
    expect(input.issues.some((i) => i.code === "S001")).toBe(true);
  });

  test("an export missing a KPI's fields is an error (S002) and is not pooled", () => {
    const cut = rows.filter((r) => !(r[1] === "consent" && r[2] === "denominator"));
    const input = consolidationInput("cut.xlsx", { sheets: [reportDataGrid(cut)], date1904: false });
    expect(input).toMatchObject({ kind: "aggregate", status: "errors", kpis: null });
    expect(input.issues).toEqual([
      expect.objectContaining({ code: "S002", severity: "error", sheet: "Данные отчёта" }),
    ]);
    expect(input.error).toContain("«Доля наставников с письменным согласием»");
    expect(consolidate([input]).total.schools).toBe(0);
  });

  test("an export whose per-mentor loads do not match its mentor count is not pooled", () => {
    const i = rows.findIndex((r) => r[0] === "Распределения" && r[1] === "mentor_load");
    expect(i).toBeGreaterThan(0);
    const cut = rows.filter((_, k) => k !== i);
    const input = consolidationInput("loads.xlsx", { sheets: [reportDataGrid(cut)], date1904: false });
    expect(input).toMatchObject({ status: "errors", kpis: null });
    expect(input.error).toContain("«Нагрузка наставников»");
  });

  test("an export without its date is an error and is not pooled", () => {
    const cut = rows.filter((r) => r[1] !== "asOf");
    const input = consolidationInput("nodate.xlsx", { sheets: [reportDataGrid(cut)], date1904: false });
    expect(input).toMatchObject({ kind: "aggregate", status: "errors", kpis: null, asOf: null });
    expect(input.school?.code).toBe("ОО-5");
  });
});
