/**
 * `nastavnik form` (cli.md, forms.md (a)): the blank form as another program (openpyxl) sees it —
 * the sheet, the identification block, one row per part, the «decimal ≥ 0» validation on D, the
 * protection with only the input cells unlocked, rows 1–8 frozen — and the exit status.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formParts } from "../../src/domain/forms/formParts";
import { nastavnik } from "../cli/run";
import { tempDir } from "../consolidation/support";
import { inspectWorkbook } from "../xlsx/support/external";

const dir = tempDir("nastavnik-form-");
const out = join(dir, "форма.xlsx");
const last = 8 + formParts.length;

test("writes the form: exit 0, the layout forms.md gives, and what a school may edit", () => {
  const r = nastavnik(["form", "-o", out, "--municipality", "Энский район", "--as-of", "2024-12-02"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Форма мониторинга записана");
  const book = inspectWorkbook(out);
  expect(book.sheets.map((s) => s.name)).toEqual(["Форма мониторинга", "Как заполнить"]);
  expect(book.active).toBe("Форма мониторинга");
  const s = book.sheets[0];
  expect(s.cells.A1.value).toBe("Мониторинг реализации целевой модели наставничества: итоговые значения ОО");
  expect(s.cells.B5.value).toBe("Энский район");
  expect(s.cells.B6).toMatchObject({ value: "2024-12-02T00:00:00", format: "dd.mm.yyyy" });
  expect(["A8", "B8", "C8", "D8", "E8"].map((a) => s.cells[a].value)).toEqual([
    "Показатель (id)",
    "Часть",
    "Наименование",
    "Значение",
    "Единица",
  ]);
  expect([s.cells.A9.value, s.cells.B9.value]).toEqual(["young_mentored", "numerator"]);
  expect([s.cells[`A${last}`].value, s.cells[`B${last}`].value, s.cells[`D${last}`].value]).toEqual([
    "documents",
    "denominator",
    5,
  ]);
  expect(s.freeze).toBe("A9");
  expect(s.validations).toContainEqual(
    expect.objectContaining({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formula1: "0",
      sqref: `D9:D${last}`,
    }),
  );
  expect(s.protected).toBe(true);
  expect(s.cells.B3.locked).toBe(false);
  expect(s.cells.D9.locked).toBe(false);
  expect(s.cells.A9.locked).toBe(true);
  expect(s.cells.C9.locked).toBe(true);
  expect(s.widths.C).toBeGreaterThanOrEqual(40);
});

test("refuses to overwrite without --force (exit 2), and usage errors are exit 2", () => {
  const before = readFileSync(out);
  const again = nastavnik(["form", "-o", out]);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("--force");
  expect(readFileSync(out)).toEqual(before);
  expect(nastavnik(["form", "-o", out, "--force"]).code).toBe(0);
  expect(nastavnik(["form"]).code).toBe(2);
  expect(nastavnik(["form", "-o", join(dir, "x.xlsx"), "--as-of", "02.12.2024"]).code).toBe(2);
  expect(nastavnik(["form", "-o", join(dir, "x.txt")]).code).toBe(2);
  expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
});

test("a blank form consolidates as a form that gives nothing: «нет данных», O001 for the missing code", () => {
  const blank = join(dir, "пустая.xlsx");
  expect(
    nastavnik(["form", "-o", blank, "--municipality", "Энский район", "--as-of", "2024-12-02"]).code,
  ).toBe(0);
  const r = nastavnik(["consolidate", blank, "-o", join(dir, "svod.xlsx"), "--json"]);
  const f = JSON.parse(r.stdout).files[0];
  expect(f).toMatchObject({
    kind: "form",
    status: "errors",
    asOf: "2024-12-02",
    school: { municipality: "Энский район" },
  });
  expect(f.kpis.young_mentored).toEqual({ numerator: null, denominator: null, value: null, target: null });
  expect(r.code).toBe(1);
});
