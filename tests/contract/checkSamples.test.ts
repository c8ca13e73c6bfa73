/** `nastavnik check` on the samples: the required issues, the JSON shape, counts and exit codes. */
import { readFileSync } from "node:fs";
import { sample } from "./samples";
import { nastavnik, nastavnikJson } from "../cli/run";

const expected = JSON.parse(readFileSync(sample("expected.json"), "utf8"));

describe("nastavnik check", () => {
  test("school-03 reports every issue expected.json requires, with the JSON fields of cli.md", () => {
    const { code, json } = nastavnikJson(["check", sample("school-03.xlsx")]);
    expect(code).toBe(1);
    const file = json.files[0];
    expect(file.school).toEqual({
      code: "ОО-03",
      name: "МБОУ «СОШ № 03»",
      municipality: "Тестовый муниципальный район",
    });
    for (const e of expected.files["school-03.xlsx"].expect) {
      expect(file.issues).toContainEqual(
        expect.objectContaining({ sheet: e.sheet, row: e.row, code: e.code }),
      );
    }
    for (const i of file.issues) {
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining(["sheet", "row", "column", "code", "severity", "message", "value"]),
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
    const f002 = file.issues.find((i: any) => i.code === "F002" && i.row === 5);
    expect(f002).toMatchObject({
      sheet: "План",
      sheetInFile: "Дорожная карта",
      column: "Дата выполнения",
      value: "31.02.2024",
    });
  });

  test("the tidy and the messy-but-valid samples have no errors (exit 0)", () => {
    const { code, json } = nastavnikJson(["check", sample("school-01.xlsx"), sample("school-02.xlsx")]);
    expect(json.files.map((f: any) => f.errors)).toEqual([0, 0]);
    expect(code).toBe(0);
  });

  test("human output is Russian and names the cell", () => {
    const r = nastavnik(["check", sample("school-03.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ошибок:");
    expect(r.stdout).toMatch(/P001\s+Пары!\w+20/);
    expect(r.stdout).toContain("Неизвестный Наставник Иванович");
  });

  test("usage errors exit 2 with a Russian message", () => {
    expect(nastavnik(["check"]).code).toBe(2);
    const bad = nastavnik(["kpi", sample("school-01.xlsx"), "--as-of", "20.12.2024"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("ГГГГ-ММ-ДД");
    expect(nastavnik(["frobnicate"]).stderr).toContain("Неизвестная команда");
  });
});
