/**
 * Snapshots through real files and the built `nastavnik`: two generated schools re-saved by openpyxl
 * with a «Срезы» sheet added (the engine's own snapshot rows), the school with mistakes as it is. `consolidate` pools them by date in
 * `--json` (`trends`) and on «Динамика» (the table and its native line chart); `report` carries a school's history in its «Данные отчёта», and consolidating
 * that export instead of the workbook gives the same dynamics.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { RawCell, WorkbookGrid } from "../../src/domain/grid";
import type { TablePlan } from "../../src/domain/plan/writePlan";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { nastavnik, nastavnikJson } from "../cli/run";
import { MESSY, MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { PYTHON } from "../paths";
import { figuresAt, snapshotsSheetPlan } from "../snapshots/trendSupport";
import { rawDate } from "../domain/builders";
import { tempDir } from "./support";

const dir = tempDir("nastavnik-trends-");
const a = join(dir, "school-01.xlsx");
const b = join(dir, "school-02.xlsx");
const c = school(MISTAKES);
const COVERAGE = ["young_mentored", "teachers_involved", "students_involved"];

let plain: WorkbookGrid[];
let run: { code: number; json: any };

/** openpyxl: load `src`, append «Срезы» with the header row and rows given on stdin, save as `dst`. */
const ADD_SHEET = `
import datetime, json, sys, openpyxl
data = json.load(sys.stdin)
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.create_sheet("Срезы")
ws.append(data["headers"])
for row in data["rows"]:
    ws.append([datetime.datetime.fromisoformat(v["date"]) if isinstance(v, dict) else v for v in row])
    for c in ws[ws.max_row]:
        if isinstance(c.value, datetime.datetime):
            c.number_format = "DD.MM.YYYY"
wb.save(sys.argv[2])
`;

/** A school re-saved with «Срезы» holding the engine's snapshots at the dates. */
async function withSnapshotsFile(from: string, to: string, grid: WorkbookGrid, dates: string[]) {
  const t = snapshotsSheetPlan(grid, dates).tables![0] as TablePlan;
  execFileSync(PYTHON, ["-c", ADD_SHEET, from, to], {
    input: JSON.stringify({ headers: t.headers, rows: t.rows }),
    stdio: ["pipe", "pipe", "pipe"],
  });
}

beforeAll(async () => {
  plain = await Promise.all([TIDY, MESSY].map((n) => readWorkbookFile(school(n))));
  await withSnapshotsFile(school(TIDY), a, plain[0], ["2024-09-15", "2024-10-01"]);
  await withSnapshotsFile(school(MESSY), b, plain[1], ["2024-10-01", "2024-11-15"]);
  run = nastavnikJson(["consolidate", a, b, c, "-o", join(dir, "svod.xlsx")]);
});

test("the re-saved files read as the schools plus their history", async () => {
  const grid = await readWorkbookFile(a);
  expect(grid.sheets.map((s) => s.name)).toContain("Срезы");
  const samples = nastavnikJson(["kpi", school(TIDY), school(MESSY)]).json;
  expect(run.json.files.slice(0, 2).map((f: any) => f.kpis)).toEqual(samples.files.map((f: any) => f.kpis));
  expect(run.json.files.map((f: any) => [f.status, f.kind])).toEqual([
    ["ok", "workbook"],
    ["ok", "workbook"],
    ["errors", "workbook"],
  ]);
});

test("--json: `trends` per date, each coverage figure the sum of the schools with a snapshot that day", () => {
  expect(Object.keys(run.json)).toEqual(["asOf", "files", "total", "trends"]);
  expect(run.json.trends.map((t: any) => [t.date, t.schools])).toEqual([
    ["2024-09-15", 1],
    ["2024-10-01", 2],
    ["2024-11-15", 1],
  ]);
  const sums = [
    [figuresAt(plain[0], "2024-09-15")],
    [figuresAt(plain[0], "2024-10-01"), figuresAt(plain[1], "2024-10-01")],
    [figuresAt(plain[1], "2024-11-15")],
  ];
  run.json.trends.forEach((t: any, i: number) => {
    for (const id of COVERAGE) {
      const numerator = sums[i].reduce((s, f) => s + f.get(id)!.numerator, 0);
      const denominator = sums[i].reduce((s, f) => s + f.get(id)!.denominator!, 0);
      expect([t.date, id, t.measures[id]]).toEqual([
        t.date,
        id,
        { numerator, denominator, value: numerator / denominator, schools: sums[i].length },
      ]);
    }
  });
});

describe("the written workbook", () => {
  let svod: WorkbookGrid;
  let r: ReturnType<typeof nastavnik>;
  beforeAll(async () => {
    r = nastavnik(["consolidate", a, b, c, "-o", join(dir, "svod-text.xlsx")]);
    svod = await readWorkbookFile(join(dir, "svod-text.xlsx"));
  });

  test("«Динамика» is written after «Итоги», with the pooled table and the chart's data", () => {
    expect(svod.sheets.map((s) => s.name)).toEqual([
      "Свод",
      "Итоги",
      "Динамика",
      "Проблемы по ОО",
      "Данные свода",
    ]);
    const rows = svod.sheets.find((s) => s.name === "Динамика")!.rows;
    const header = rows.findIndex((row) => row[0] === "Дата среза");
    const row = (iso: string) => rows.slice(header + 1).find((x) => (x[0] as any)?.iso === iso)!;
    const oct = run.json.trends[1];
    const expected: RawCell[] = [rawDate("2024-10-01"), 2];
    for (const id of COVERAGE)
      expected.push(oct.measures[id].numerator, oct.measures[id].denominator, oct.measures[id].value);
    expect(row("2024-10-01")).toEqual(expected);
    // The block the chart would plot: date and the three shares, under its own header.
    const block = rows.findIndex((x, i) => i > header && x[0] === "Дата среза");
    expect(rows[block + 2].slice(0, 4)).toEqual([
      rawDate("2024-10-01"),
      ...COVERAGE.map((id) => oct.measures[id].value),
    ]);
  });

  test("says which sheets it wrote and how the dates pooled; the file holds the charts, the trend among them", () => {
    expect(r.stdout).toContain("листы «Свод», «Итоги», «Динамика», «Проблемы по ОО»");
    expect(r.stdout).toContain(
      "Срезы ОО сведены по датам на листе «Динамика»: 15.09.2024 (ОО: 1), 01.10.2024 (ОО: 2), 15.11.2024 (ОО: 1).",
    );
    expect(r.stderr).not.toMatch(/Диаграмм/);
    const file = join(dir, "svod-text.xlsx");
    const charts = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" })
      .split("\n")
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    // «Итоги»: by form and the three coverage KPIs by school; «Динамика»: the pooled shares by date.
    expect(charts).toHaveLength(5);
    const titles = charts.map((p) => execFileSync("unzip", ["-p", file, p], { encoding: "utf8" })).join("");
    expect(titles).toContain("<a:t>Динамика показателей охвата");
  });
});

test("a school's report carries its history: consolidating the export gives the same dynamics", () => {
  const exported = join(dir, "school-02-отчёт.xlsx");
  const rep = nastavnik(["report", b, "-o", exported]);
  expect(rep.code).toBe(0);
  expect(rep.stdout).toContain("таблиц — 8");
  expect(rep.stdout).toContain("диаграмм — 5");
  expect(rep.stdout).toContain("«Динамика показателей охвата»");
  const mixed = nastavnikJson(["consolidate", a, exported, c, "-o", join(dir, "svod-mixed.xlsx")]);
  expect(mixed.json.files[1].kind).toBe("aggregate");
  expect(mixed.json.trends).toEqual(run.json.trends);
});

test("without any snapshot the JSON and the workbook are as before", async () => {
  const before = nastavnikJson(["consolidate", school(TIDY), c, "-o", join(dir, "plain.xlsx")]);
  expect(Object.keys(before.json)).toEqual(["asOf", "files", "total"]);
  const grid = await readWorkbookFile(join(dir, "plain.xlsx"));
  expect(grid.sheets.map((s) => s.name)).toEqual(["Свод", "Итоги", "Проблемы по ОО", "Данные свода"]);
});
