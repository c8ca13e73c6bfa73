/**
 * `nastavnik consolidate` on the generated schools and on another messy workbook written by openpyxl: the pooled
 * total equals the sums of the per-school numerators and denominators, in the JSON and in «Свод»
 * as another program reads it.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { MESSY, MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { PYTHON, REPO_ROOT } from "../paths";
import { nastavnik, nastavnikJson } from "../cli/run";
import { inspectWorkbook } from "../xlsx/support/external";
import { tempDir } from "./support";

const dir = tempDir();
const messy = join(dir, "messy.xlsx");
execFileSync(PYTHON, [join(REPO_ROOT, "tests/fixtures/messy_school.py"), messy]);
const files = [school(TIDY), school(MESSY), school(MISTAKES), messy];
const out = join(dir, "svod.xlsx");
const { code, json } = nastavnikJson(["consolidate", ...files, "-o", out]);

const sum = (f: (k: any) => number) => json.files.reduce((s: number, file: any) => s + f(file.kpis), 0);

test("every file is listed in order with the kpi --json shape plus status, kind and counts", () => {
  expect(Object.keys(json)).toEqual(["asOf", "files", "total"]);
  expect(json.asOf).toBe("2024-12-20");
  expect(json.files.map((f: any) => f.file)).toEqual(files);
  for (const f of json.files) {
    expect(Object.keys(f)).toEqual([
      "file",
      "school",
      "asOf",
      "schoolYear",
      "kpis",
      "status",
      "kind",
      "errors",
      "warnings",
      "pooled",
      "supersededBy",
      "hint",
    ]);
    expect(Object.keys(f.kpis)).toEqual(kpiCatalogue.map((k) => k.id));
    expect(f.kind).toBe("workbook");
  }
  expect(json.files.map((f: any) => f.status)).toEqual(["ok", "ok", "errors", "errors"]);
  expect(json.files[3].school).toEqual({
    code: "ОО-99",
    name: "МБОУ «Лицей № 99»",
    municipality: "Энский район",
  });
  expect(code).toBe(1);
});

test("the total pools every file: shares sum numerators and denominators, counts add up", () => {
  const total = json.total.kpis;
  expect(json.total.schools).toBe(4);
  for (const def of kpiCatalogue.filter((k) => k.kind === "share" || k.kind === "plan")) {
    const num = sum((k) => k[def.id].numerator);
    const den = sum((k) => k[def.id].denominator);
    expect([def.id, total[def.id].numerator, total[def.id].denominator]).toEqual([def.id, num, den]);
    expect(total[def.id].value).toBeCloseTo(num / den, 12);
  }
  expect(total.active_groups.value).toBe(sum((k) => k.active_groups.value));
  expect(total.active_groups.links).toBe(sum((k) => k.active_groups.links));
  expect(total.mentor_load.mentors).toBe(sum((k) => k.mentor_load.mentors));
  expect(total.mentor_load.mean).toBeCloseTo(
    sum((k) => (k.mentor_load.mean ?? 0) * k.mentor_load.mentors) / total.mentor_load.mentors,
    12,
  );
  expect(total.overdue.value).toBe(sum((k) => k.overdue.value));
  expect(total.satisfaction.mentor.n).toBe(sum((k) => k.satisfaction.mentor.n));
  expect(total.plan_done.overdue).toBe(sum((k) => k.plan_done.overdue));
  // The messy file's hand-computed figures are in (tests/cli/messyFiles.test.ts).
  expect(json.files[3].kpis.young_mentored).toMatchObject({ numerator: 2, denominator: 3 });
});

describe("«Свод» as openpyxl reads it", () => {
  const svod = inspectWorkbook(out).sheets.find((s) => s.name === "Свод")!;
  const cell = (ref: string) => svod.cells[ref];
  const headerRow = 4;
  const colOf = (header: string) => {
    const hit = Object.entries(svod.cells).find(
      ([ref, c]) => c.value === header && ref.replace(/[A-Z]+/, "") === String(headerRow),
    );
    return hit![0].replace(/\d+/, "");
  };
  const totalRow = headerRow + files.length + 2;

  test("is a table with one row per file and the pooled «Итого» below", () => {
    expect(svod.tables).toEqual([expect.objectContaining({ name: "Svod" })]);
    expect(svod.tables[0].ref).toMatch(new RegExp(`^A${headerRow}:[A-Z]+${headerRow + files.length}$`));
    expect(cell(`A${totalRow}`).value).toBe("Итого");
  });

  test("each school's row and the «Итого» row reproduce the JSON figures", () => {
    const checks: [string, (k: any) => number | null][] = [
      ["Молодые специалисты с наставником: числитель", (k) => k.young_mentored.numerator],
      ["Молодые специалисты с наставником: знаменатель", (k) => k.young_mentored.denominator],
      ["Педагоги в наставничестве: доля", (k) => k.teachers_involved.value],
      ["Пары и группы: действуют", (k) => k.active_groups.value],
      ["Нагрузка наставников: среднее", (k) => k.mentor_load.mean],
      ["Удовлетворённость: наставляемые, оценок", (k) => k.satisfaction.mentee.n],
      ["Документы ОО: знаменатель", (k) => k.documents.denominator],
    ];
    for (const [header, get] of checks) {
      const col = colOf(header);
      json.files.forEach((f: any, i: number) =>
        expect([header, i, cell(`${col}${headerRow + 1 + i}`)?.value ?? null]).toEqual([
          header,
          i,
          get(f.kpis),
        ]),
      );
      expect([header, cell(`${col}${totalRow}`)?.value]).toEqual([header, get(json.total.kpis)]);
      expect(cell(`${col}${totalRow}`).type).toBe("n");
    }
    expect(cell(`${colOf("Педагоги в наставничестве: доля")}${headerRow + 1}`).format).toBe('0.0" "%');
  });
});

test("without --json it prints a Russian summary and the pooled figures", () => {
  const r = nastavnik(["consolidate", ...files.slice(0, 2), "-o", join(dir, "svod2.xlsx")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Свод записан");
  expect(r.stdout).toContain("Итого по 2 ОО");
  expect(r.stdout).toContain("Доля молодых специалистов, имеющих наставника: ");
});

test("--as-of moves every workbook's date and the top-level asOf", () => {
  const r = nastavnikJson(["consolidate", files[0], "-o", join(dir, "svod3.xlsx"), "--as-of", "2024-09-02"]);
  expect(r.json.asOf).toBe("2024-09-02");
  expect(r.json.files[0].asOf).toBe("2024-09-02");
});

test("usage errors exit with 2", () => {
  expect(nastavnik(["consolidate", files[0]]).code).toBe(2);
  expect(nastavnik(["consolidate", "-o", join(dir, "x.xlsx")]).code).toBe(2);
  expect(nastavnik(["consolidate", files[0], "-o", join(dir, "x.csv")]).code).toBe(2);
  expect(nastavnik(["consolidate", files[0], "-o", join(dir, "x.xlsx"), "--as-of", "20.12.2024"]).code).toBe(
    2,
  );
});
