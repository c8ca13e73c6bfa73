/**
 * A school's own workbook and its Р-145 bases, written with openpyxl the way methodists write them
 * (tests/fixtures/real_school.py): `check` finds every header and lists only true problems, and
 * `kpi` gives the figures a person counts by hand (kpi.md v2), with what it could not count.
 *
 * The same files are also read through openpyxl with their hidden rows and merged cells
 * (tests/fixtures/xlsx_to_grid.py), as the streaming reader of issue 17 will hand them over: that
 * part runs the whole v2 reading; the CLI's own reader passes hidden rows and merges on too.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnik, nastavnikJson } from "./run";

const dir = mkdtempSync(join(tmpdir(), "nastavnik-real-"));
execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/real_school.py"), dir]);
const own = join(dir, "svoi_spiski_oo31.xlsx");
const bases = join(dir, "bazy_r145_oo31.xlsx");

/** Counted by hand from kpi.md at the file's own date 10.12.2024 (see real_school.py). */
const byHand = {
  // Ильина (pair 1) and Ковалёв (pair 2); Ларина's only pair is suspended; Макаров 3,5 years is
  // not young; Носова's row is hidden (she left); Орехова's стаж cannot be read.
  young_mentored: { numerator: 2, denominator: 3 },
  // Белоусова, Громов, Дмитриева, Зотова; Ильина, Ковалёв, Ларина (suspended: involved), Орехова.
  teachers_involved: { numerator: 8, denominator: 48 },
  // Журавлёв (a mentor, age unknown), Пестов (12), Савин (unknown); Рябова (8) is not counted.
  students_involved: { numerator: 3, denominator: 640 },
  active_groups: {
    value: 4,
    links: 5,
    byForm: { "Учитель – учитель": 2, "Руководитель ОО – педагог": 1, "Ученик – ученик": 1 },
    byKind: { "Традиционное (один на один)": 3, Групповое: 1 },
  },
  mentor_load: { mentors: 4, mean: 1.25, median: 1, max: 2, overLimit: 0 },
  formalized: { numerator: 4, denominator: 5 },
  consent: { numerator: 4, denominator: 4 },
  personal_program: { numerator: 3, denominator: 5 },
  completed: { numerator: 1, denominator: 1 },
  overdue: { value: 0 },
  satisfaction: { mentor: { mean: 8, n: 1 }, mentee: { mean: 9, n: 1 } },
  mentors_trained: { numerator: 3, denominator: 4 },
  mentors_rewarded: { numerator: 2, denominator: 4 },
  plan_done: { numerator: 3, denominator: 5, overdue: 2 },
  documents: { numerator: 4, denominator: 5 },
};
const NOT_HIDDEN_DEPENDENT = Object.keys(byHand).filter((k) => k !== "young_mentored");

/** The S004 lists and the notices a person expects, with hidden rows and merges known. */
const S004 = {
  Наставники: "4, 11",
  Наставляемые: "8, 13, 14",
};

describe("the school's own lists, read as issue 17's reader will hand them over (hidden rows, merges)", () => {
  let r: SchoolResult;
  beforeAll(() => {
    const grids: Record<string, WorkbookGrid> = JSON.parse(
      execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/xlsx_to_grid.py"), own], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
    r = evaluateWorkbook(grids["svoi_spiski_oo31.xlsx"]);
  });

  it("gives every KPI a person counts by hand", () => {
    for (const [id, want] of Object.entries(byHand))
      expect([id, r.kpis!.values[id as keyof typeof byHand]]).toEqual([id, expect.objectContaining(want)]);
  });

  it("skips the column-number row, the totals, the signature and the hidden row of the teacher who left", () => {
    expect(r.issues.filter((i) => i.code === "S004").map((i) => [i.sheet, i.value])).toEqual(
      Object.entries(S004),
    );
    expect(r.wb.mentees.map((m) => m.name)).not.toContain("Носова Елена Андреевна");
  });

  it("fills «Этап» down the merged cells of the road map", () => {
    expect(r.wb.plan.map((p) => p.stage)).toEqual([
      "Подготовительный",
      "Подготовительный",
      "Диагностический",
      "Реализационный",
      "Реализационный",
      "Реализационный",
      "Рефлексивно-аналитический",
      "Рефлексивно-аналитический",
    ]);
  });

  it("lists only true problems: errors and warnings a methodist must fix", () => {
    const problems = r.issues
      .filter((i) => i.severity !== "info")
      .map((i) => `${i.code} ${i.sheet}!${i.row}`);
    expect(problems).toEqual([
      "M001 Наставляемые!6", // Ларина: her only pair is suspended
      "F002 Наставляемые!9", // «стаж уточняется»
      "P008 Пары!6", // pair 4 has no order
      "P005 Пары!7", // a group of ten weeks: shorter than 3 months
      "P005 Пары!8",
      "P002 Пары!12", // Носова has left: her row is hidden
      "F002 Пары!12", // «31.09.2024»
      // The road map marks events «+» and has no «Дата выполнения» column: no L002 (README).
      "L001 План!5",
      "L001 План!9",
    ]);
  });
});

describe("nastavnik check / kpi on the files", () => {
  it("kpi: the figures counted by hand that do not depend on hidden rows", () => {
    const { code, json } = nastavnikJson(["kpi", own]);
    expect(code).toBe(1);
    const f = json.files[0];
    expect(f.asOf).toBe("2024-12-10");
    for (const id of NOT_HIDDEN_DEPENDENT)
      expect([id, f.kpis[id]]).toEqual([id, expect.objectContaining(byHand[id as keyof typeof byHand])]);
  });

  it("kpi --json says what each KPI could not count, depersonalised, as an extra field", () => {
    const f = nastavnikJson(["kpi", own]).json.files[0];
    expect(Object.keys(f.kpis.active_groups).sort()).toEqual(["byForm", "byKind", "links", "value"]);
    expect(f.notCounted.active_groups).toEqual({
      count: 1,
      reasons: [
        { reason: "лист «Пары»: дата начала не читается", count: 1, rows: [{ sheet: "Пары", row: 12 }] },
      ],
    });
    expect(f.notCounted.documents).toEqual({ count: 0, reasons: [] });
    expect(JSON.stringify(f.notCounted)).not.toMatch(/Зотова|Носова/);
  });

  it("kpi prints under each KPI how many rows it could not count and why", () => {
    const out = nastavnik(["kpi", own]).stdout;
    expect(out).toContain("  Действующие наставнические пары и группы: 4 (связей: 5)");
    expect(out).toContain(
      "    Не учитываются: 2 — лист «Пары»: дата начала не читается (строка 12); лист «Пары»: пара только планируется (строка 11)",
    );
    expect(out).toContain(
      "лист «Наставляемые»: стаж не читается — не определить, молодой ли специалист (строка 9)",
    );
  });

  it("check: reads the order in one cell, short names, «Форма (вид)» and month-years with notices", () => {
    const issues = nastavnikJson(["check", own]).json.files[0].issues;
    const notices = issues
      .filter((i: any) => i.code === "F008")
      .map((i: any) => `${i.sheet}!${i.row} ${i.value}`);
    expect(notices).toEqual(
      expect.arrayContaining([
        "Пары!3 Белоусова И.П.",
        "Пары!4 сентябрь 2024",
        "Пары!4 май 2025",
        "Пары!7 обучающийся – обучающийся (групповая)",
        "Наставляемые!5 2 г. 4 мес.",
        "Сведения!15 Приказ от 30.08.2024 № 101-од",
        "План!7 В течение года",
      ]),
    );
    expect(issues.filter((i: any) => i.code === "F006")).toEqual([]);
    // No order problems where the order is written in one cell.
    expect(issues.filter((i: any) => i.code === "P008").map((i: any) => i.row)).toEqual([6]);
  });

  it("check on the Р-145 bases: headers found under the titles, only the missing columns and sheets reported", () => {
    const { code, json } = nastavnikJson(["check", bases]);
    expect(code).toBe(1);
    const issues = json.files[0].issues;
    expect(
      issues
        .filter((i: any) => i.code.startsWith("S"))
        .map((i: any) => [i.code, i.sheet, i.column ?? i.value]),
    ).toEqual([
      ["S001", "Сведения", null],
      ["S002", "Наставники", "Категория"],
      ["S002", "Наставники", "Согласие"],
      ["S004", "Наставники", "5, 9"],
      ["S002", "Наставляемые", "Категория"],
      ["S004", "Наставляемые", "4, 8, 9"],
      ["S001", "Пары", null],
      ["S001", "План", null],
    ]);
    expect(issues.filter((i: any) => ["F006", "F002", "F001"].includes(i.code))).toEqual([]);
    expect(issues.find((i: any) => i.code === "S004").sheetInFile).toBe("Форма базы наставников");
  });

  it("kpi leaves out the hidden row of the teacher who left", () => {
    const f = nastavnikJson(["kpi", own]).json.files[0];
    expect(f.kpis.young_mentored).toMatchObject(byHand.young_mentored);
  });

  it("check fills «Этап» down the merged cells: no F001 on the road map", () => {
    const issues = nastavnikJson(["check", own]).json.files[0].issues;
    expect(issues.filter((i: any) => i.sheet === "План" && i.code === "F001")).toEqual([]);
  });
});

describe("the same workbook re-saved by LibreOffice", () => {
  it("gives the same figures", () => {
    const out = join(dir, "lo");
    execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", out, own], {
      stdio: "ignore",
    });
    const f = nastavnikJson(["kpi", join(out, "svoi_spiski_oo31.xlsx")]).json.files[0];
    for (const id of NOT_HIDDEN_DEPENDENT)
      expect([id, f.kpis[id]]).toEqual([id, expect.objectContaining(byHand[id as keyof typeof byHand])]);
  });
});
