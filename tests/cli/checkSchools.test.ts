/**
 * `nastavnik check` on the three generated school workbooks (tests/fixtures/make_schools.py): every
 * issue rules.md requires of their rows (tests/fixtures/schoolFigures.ts), the JSON fields of
 * cli.md, counts and exit codes.
 */
import { FIGURES } from "../fixtures/schoolFigures";
import { MESSY, MISTAKES, school, TIDY } from "../fixtures/schoolFiles";
import { nastavnik, nastavnikJson } from "./run";

describe("nastavnik check", () => {
  test("the school with mistakes reports every issue its rows must raise, with the JSON fields of cli.md", () => {
    const { code, json } = nastavnikJson(["check", school(MISTAKES)]);
    expect(code).toBe(1);
    const file = json.files[0];
    const want = FIGURES[MISTAKES];
    expect(file.school).toEqual(want.school);
    for (const e of want.required) {
      expect(file.issues).toContainEqual(
        expect.objectContaining({
          sheet: e.sheet,
          row: e.row,
          code: e.code,
          ...(e.column ? { column: e.column } : {}),
        }),
      );
    }
    expect([file.errors, file.warnings, file.infos]).toEqual([want.errors, want.warnings, want.infos]);
    for (const i of file.issues) {
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining([
          "sheet",
          "sheetInFile",
          "row",
          "column",
          "code",
          "severity",
          "message",
          "value",
        ]),
      );
      expect(i.message).toMatch(/[А-Яа-я]/);
    }
    const bySeverity = (s: string) => file.issues.filter((i: any) => i.severity === s).length;
    expect([file.errors, file.warnings, file.infos]).toEqual([
      bySeverity("error"),
      bySeverity("warning"),
      bySeverity("info"),
    ]);
    // The sheet is named canonically even though the file calls it «Дорожная карта».
    expect(file.issues.find((i: any) => i.code === "F002" && i.row === 5)).toMatchObject({
      sheet: "План",
      sheetInFile: "Дорожная карта",
      column: "Дата выполнения",
      value: "31.02.2024",
    });
    expect(file.issues.find((i: any) => i.code === "P001")).toMatchObject({
      sheetInFile: "Пары и группы",
      value: "Кузьмин Аркадий Львович",
    });
  });

  test("the tidy and the messy-but-valid schools have no errors (exit 0) and their expected warnings", () => {
    const { code, json } = nastavnikJson(["check", school(TIDY), school(MESSY)]);
    ([TIDY, MESSY] as const).forEach((name, i) => {
      const f = json.files[i];
      const want = FIGURES[name];
      expect([name, f.errors, f.warnings, f.infos]).toEqual([name, want.errors, want.warnings, want.infos]);
      for (const e of FIGURES[name].required)
        expect(json.files[i].issues).toContainEqual(expect.objectContaining(e));
    });
    expect(code).toBe(0);
  });

  test("human output is Russian and names the cell", () => {
    const r = nastavnik(["check", school(MISTAKES)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ошибок: 10");
    expect(r.stdout).toMatch(/P001\s+Пары!H11/);
    expect(r.stdout).toContain("Кузьмин Аркадий Львович");
  });

  test("usage errors exit 2 with a Russian message", () => {
    expect(nastavnik(["check"]).code).toBe(2);
    const bad = nastavnik(["kpi", school(TIDY), "--as-of", "20.12.2024"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("ГГГГ-ММ-ДД");
    expect(nastavnik(["frobnicate"]).stderr).toContain("Неизвестная команда");
  });
});
