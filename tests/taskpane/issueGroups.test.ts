/** The issue list's grouping, filters and rule titles, without rendering. */
import type { Issue } from "../../src/domain/issues";
import { groupIssues, ruleTitleOf, sheetsOf, targetOf } from "../../src/taskpane/panels/checks/issueGroups";

const issue = (over: Partial<Issue>): Issue => ({
  sheet: "Пары",
  sheetInFile: "Пары",
  row: 2,
  column: null,
  col: 1,
  code: "P001",
  severity: "error",
  message: "…",
  value: null,
  ...over,
});

const all = new Set(["error", "warning", "info"] as const);

test("sheets come in template order, file-level issues last, aliases named beside the canonical name", () => {
  const issues = [
    issue({ sheet: "План", sheetInFile: "Дорожная карта" }),
    issue({ sheet: null, sheetInFile: null, row: null, code: "S003" }),
    issue({ sheet: "Сведения", sheetInFile: "Сведения" }),
    issue({ sheet: "Наставники", sheetInFile: "Банк наставников" }),
  ];
  expect(sheetsOf(issues).map((s) => s.title)).toEqual([
    "Сведения",
    "Наставники (лист «Банк наставников»)",
    "План (лист «Дорожная карта»)",
    "Книга в целом",
  ]);
});

test("within a sheet, errors come before warnings before remarks, each with its count", () => {
  const issues = [
    issue({ severity: "info", code: "R003" }),
    issue({ severity: "warning", code: "P008" }),
    issue({ severity: "error" }),
    issue({ severity: "warning", code: "P011" }),
  ];
  const [pairs] = groupIssues(issues, { severities: all, sheet: null });
  expect(pairs.bySeverity.map((g) => [g.severity, g.issues.length])).toEqual([
    ["error", 1],
    ["warning", 2],
    ["info", 1],
  ]);
  expect(pairs.counts).toEqual({ error: 1, warning: 2, info: 1 });
  expect(groupIssues(issues, { severities: new Set(["info"]), sheet: null })[0].counts).toEqual({
    error: 0,
    warning: 0,
    info: 1,
  });
  expect(groupIssues(issues, { severities: all, sheet: "Наставники" })).toEqual([]);
});

test("a code shared by several rules takes the title of the issue's own sheet", () => {
  expect(ruleTitleOf(issue({ code: "F004", sheet: "Наставники" }))).toBe("Число вне допустимого диапазона");
  expect(ruleTitleOf(issue({ code: "F004", sheet: "Настройки" }))).toBe("Значение настройки вне диапазона");
  expect(ruleTitleOf(issue({ code: "P001" }))).toBe("Наставник не найден");
  expect(ruleTitleOf(issue({ code: "Z999" }))).toBeUndefined();
});

test("an issue without a row has no cell to go to", () => {
  expect(targetOf(issue({ sheetInFile: "Банк наставников", sheet: "Наставники", row: 7, col: 3 }))).toEqual({
    sheet: "Банк наставников",
    address: "C7",
  });
  expect(targetOf(issue({ row: null, code: "S002", column: "Статус" }))).toBeNull();
});
