/**
 * ../shared/samples/real (spec v2): `import` of the files as schools keep them, then `kpi` on what
 * it wrote, gives every figure of real/README.md and expected_real.json.
 *
 * Two ways in: the `nastavnik import` command as users run it, and the domain's import on grids read
 * by openpyxl (tests/fixtures/xlsx_to_grid.py: hidden rows and merged ranges included), written by the
 * project's writer and then counted by `nastavnik kpi`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookGrid } from "../../src/domain/grid";
import { importPlan } from "../../src/domain/import/importPlan";
import { importWorkbooks } from "../../src/domain/import/importWorkbooks";
import { writePlanToFile } from "../../src/xlsx/writeFile";
import { nastavnik, nastavnikJson } from "../cli/run";
import { day } from "../domain/builders";
import { REPO_ROOT, SHARED } from "../paths";

const REAL = join(SHARED, "samples", "real");
const expected = JSON.parse(readFileSync(join(REAL, "expected_real.json"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "nastavnik-real-"));
const real = (name: string) => join(REAL, name);

/** What openpyxl (not the project) sees in a written workbook. */
function records(path: string, sheet: string): Record<string, unknown>[] {
  const json = JSON.parse(
    execFileSync("/usr/bin/python3", [join(REPO_ROOT, "tests/fixtures/inspect_workbook.py"), path], {
      encoding: "utf8",
    }),
  );
  const s = json.sheets.find((x: { name: string }) => x.name === sheet);
  const headers = s.cells[0].map((c: { v: string }) => c.v);
  return s.cells
    .slice(1)
    .filter((r: { v: unknown }[]) => r.some((c) => c.v !== null))
    .map((r: { v: unknown }[]) =>
      Object.fromEntries(r.flatMap((c, i) => (c.v === null ? [] : [[headers[i], c.v]]))),
    );
}
const statuses = (rows: Record<string, unknown>[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const s = (r["Статус"] as string | undefined) ?? "(пусто)";
    out[s] = (out[s] ?? 0) + 1;
  }
  return out;
};
const kpis = (book: string, asOf?: string) =>
  nastavnikJson(["kpi", book, ...(asOf ? ["--as-of", asOf] : [])]).json.files[0].kpis;

/** Fractions to 12 digits, the rest exactly; only the keys expected_real.json gives. */
function expectFigures(actual: Record<string, any>, want: Record<string, any>, path = ""): void {
  for (const [k, v] of Object.entries(want)) {
    const here = `${path}.${k}`;
    if (typeof v === "number" && !Number.isInteger(v))
      expect([here, actual[k]]).toEqual([here, expect.closeTo(v, 12)]);
    else if (v !== null && typeof v === "object" && !("byForm" === k || "byKind" === k))
      expectFigures(actual[k] ?? {}, v, here);
    else expect([here, actual[k]]).toEqual([here, v]);
  }
}

/** The domain's import on openpyxl's grids (with hidden rows and merges), written to a file. */
async function importByDomain(file: string, asOf: string): Promise<string> {
  const grids: Record<string, WorkbookGrid> = JSON.parse(
    execFileSync("/usr/bin/python3", [join(__dirname, "..", "fixtures", "xlsx_to_grid.py"), real(file)], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const result = importWorkbooks([{ file, grid: grids[file] }], { asOf: day(asOf) });
  const out = join(dir, `domain-${file}`);
  await writePlanToFile(importPlan(result.book), out);
  return out;
}

function importByCli(file: string, asOf: string) {
  const out = join(dir, `cli-${file}`);
  const run = nastavnikJson(["import", real(file), "-o", out, "--as-of", asOf]);
  return { out, ...run };
}

describe("bazy_r145.xlsx — the two Р-145 base forms (A = 15.10.2024)", () => {
  const want = expected["bazy_r145.xlsx"];
  const cli = importByCli("bazy_r145.xlsx", "2024-10-15");

  it("reports the forms by alternative name, their header rows and the rows that are not data", () => {
    expect(cli.json.sheets.map((s: any) => [s.sheet, s.target, s.headerRow])).toEqual([
      ["Форма базы наставников", "Наставники", 4],
      ["Форма базы наставляемых", "Наставляемые", 3],
    ]);
    expect(cli.json.sheets[0].skipped).toEqual([
      { row: 5, reason: "нумерация столбцов" },
      { row: 12, reason: "итоговая строка" },
    ]);
    expect(cli.json.sheets[1].skipped).toEqual([
      { row: 4, reason: "нумерация столбцов" },
      { row: 13, reason: "итоговая строка" },
      { row: 14, reason: "подпись" },
    ]);
    // 6 from the mentor base, 1 new from the mentee base (Дьячков → Ширяева); the other 6 repeat.
    expect(cli.json.sheets.map((s: any) => s.pairsGenerated)).toEqual([6, 1]);
    expect(cli.json.sheets[1].repeats).toHaveLength(6);
    expect(cli.json.missingRequired).toEqual(
      expect.arrayContaining([
        { sheet: "Наставники", column: "Категория" },
        { sheet: "Наставники", column: "Согласие" },
      ]),
    );
    expect(cli.code).toBe(1);
  });

  it.each([
    ["nastavnik import", () => Promise.resolve(cli.out)],
    ["the domain on openpyxl's grids", () => importByDomain("bazy_r145.xlsx", "2024-10-15")],
  ])("%s: the persons, pairs, statuses and KPIs of expected_real.json", async (_how, make) => {
    const book = await make();
    const pairs = records(book, "Пары");
    expect(records(book, "Наставники")).toHaveLength(want.import.mentors);
    expect(records(book, "Наставляемые")).toHaveLength(want.import.mentees);
    expect(pairs).toHaveLength(want.import.pairs);
    expect(statuses(pairs)).toEqual(want.import.statuses);
    // «A generated № for each source row».
    expect(pairs.map((p) => p["№ пары/группы"])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expectFigures(kpis(book, want.kpi_asOf), want.kpis);
  });
});

describe("prikaz_prilozhenie.xlsx — the annex of the order (A = 15.10.2024)", () => {
  const want = expected["prikaz_prilozhenie.xlsx"];
  const cli = importByCli("prikaz_prilozhenie.xlsx", "2024-10-15");

  it("takes «Приложение 2» as «Пары», leaves the empty «Лист2», skips the signature, lists the period it cannot read", () => {
    expect(cli.json.sheets).toHaveLength(1);
    expect(cli.json.sheets[0]).toMatchObject({
      sheet: "Приложение 2",
      target: "Пары",
      headerRow: 3,
      rows: 6,
    });
    expect(Object.keys(cli.json.sheets[0].mapped)).toHaveLength(6);
    expect(cli.json.notImported).toEqual([
      { file: real("prikaz_prilozhenie.xlsx"), sheet: "Лист2", reason: "пустой лист" },
    ]);
    expect(cli.json.sheets[0].skipped).toEqual([{ row: 11, reason: "подпись" }]);
    expect(cli.json.conversions).toContainEqual(
      expect.objectContaining({ cell: "H8", from: "на 2024/2025 учебный год", note: "не прочитано" }),
    );
    // Pair 4: «обучающийся – обучающийся (групповая)» with Вид empty.
    expect(cli.json.conversions).toContainEqual(
      expect.objectContaining({
        cell: "F7",
        to: { "Форма наставничества": "Ученик – ученик", "Вид наставничества": "Групповое" },
      }),
    );
    expect(cli.code).toBe(1);
  });

  it.each([
    ["nastavnik import", () => Promise.resolve(cli.out)],
    ["the domain on openpyxl's grids", () => importByDomain("prikaz_prilozhenie.xlsx", "2024-10-15")],
  ])("%s: the pairs, the order, the persons added and the KPIs of expected_real.json", async (_how, make) => {
    const book = await make();
    const pairs = records(book, "Пары");
    expect(pairs).toHaveLength(want.import.pairs);
    // Row 5's cell gives 2 rows and row 7's gives 3, each set keeping its №.
    expect(pairs.map((p) => p["№ пары/группы"])).toEqual(["1", "2", "2", "3", "4", "4", "4", "5", "6"]);
    for (const p of pairs) {
      expect(p["Приказ №"]).toBe(want.import.order["Приказ №"]);
      expect(p["Приказ от"]).toBe(`${want.import.order["Приказ от"]}T00:00:00`);
    }
    expect(pairs[3]).toMatchObject({
      "Дата начала": "2024-09-01T00:00:00",
      "Дата окончания (план)": "2025-05-31T00:00:00",
    });
    expect(statuses(pairs)).toEqual(want.import.statuses);
    expect(records(book, "Наставники")).toHaveLength(want.import.mentors_added);
    expect(records(book, "Наставляемые")).toHaveLength(want.import.mentees_added);
    expectFigures(kpis(book, want.kpi_asOf), want.kpis);
  });
});

describe("svoi_spiski.xlsx — a school's own workbook (D = 15.11.2024 from «Сведения»)", () => {
  const want = expected["svoi_spiski.xlsx"];
  // The import date does not matter here: every pair has its Статус.
  const cli = importByCli("svoi_spiski.xlsx", "2024-11-15");

  it("joins ФИО, skips the total row and reads the road map under its cut alias name", () => {
    expect(cli.json.sheets.map((s: any) => [s.sheet, s.target])).toEqual([
      ["Сведения", "Сведения"],
      ["База наставников", "Наставники"],
      ["Банк наставляемых", "Наставляемые"],
      ["Пары и группы", "Пары"],
      ["Дорожная карта (план мероприяти", "План"],
    ]);
    expect(cli.json.sheets[1].skipped).toEqual([{ row: 9, reason: "итоговая строка" }]);
    expect(records(cli.out, "Наставники")[0]["ФИО"]).toBe("Гайдамак Наталья Ивановна");
    expect(records(cli.out, "Наставники")).toHaveLength(want.import.mentors);
    expect(records(cli.out, "Пары")).toHaveLength(want.import.pairs);
    expect(records(cli.out, "План")).toHaveLength(10);
  });

  it("the domain on openpyxl's grids: the hidden row skipped, «Этап» filled down, every KPI of expected_real.json", async () => {
    const book = await importByDomain("svoi_spiski.xlsx", "2024-11-15");
    expect(records(book, "Наставники")).toHaveLength(want.import.mentors);
    expect(records(book, "Наставляемые")).toHaveLength(want.import.mentees);
    expect(records(book, "Пары")).toHaveLength(want.import.pairs);
    expect(records(book, "План").map((p) => p["Этап"])).toEqual([
      ...Array(4).fill("Подготовительный"),
      "Диагностический",
      ...Array(3).fill("Реализационный"),
      ...Array(2).fill("Рефлексивно-аналитический"),
    ]);
    const k = nastavnikJson(["kpi", book]).json.files[0];
    expect(k.asOf).toBe(want.asOf);
    expectFigures(k.kpis, want.kpis);
  });

  it("nastavnik import: every KPI of expected_real.json", () => {
    expectFigures(kpis(cli.out), want.kpis);
  });

  it("nastavnik import: the hidden row (Ермакова) skipped — 8 mentees, young_mentored 3 / 4", () => {
    expect(records(cli.out, "Наставляемые")).toHaveLength(want.import.mentees);
    expectFigures(kpis(cli.out), { young_mentored: want.kpis.young_mentored });
  });

  it("running import on its own output changes nothing", () => {
    const again = join(dir, "svoi-again.xlsx");
    const r = nastavnik(["import", cli.out, "-o", again, "--as-of", "2024-11-15"]);
    expect(r.code).toBe(0);
    for (const sheet of ["Сведения", "Наставники", "Наставляемые", "Пары", "План"])
      expect([sheet, records(again, sheet)]).toEqual([sheet, records(cli.out, sheet)]);
  });
});
