/**
 * `value` of every cell-level issue is the cell as written (rules.md): text trimmed with whitespace
 * collapsed, a number in its shortest form with «.», a date cell as ДД.ММ.ГГГГ, null when empty.
 * Checked here for every issue of a workbook full of mistakes, against the grid itself.
 */
import { evaluateWorkbook } from "../../../src/domain/engine";
import type { RawCell, SheetGrid } from "../../../src/domain/grid";
import { mentee, mentor, pair, planItem, rawDate, school } from "../builders";

const grid = school({
  info: {
    "Учебный год": "2024 / 2026",
    "Численность обучающихся": 0.5,
    "Отчётная дата": rawDate("2025-09-03"),
  },
  settings: {
    "Наставляемых на одного наставника не более": "  пять  ",
    "Целевое значение: вовлечённость педагогов, %": 250,
  },
  mentors: [
    mentor("Петрова  Мария Ивановна", { Согласие: "нет", "Педагогический стаж, лет": 61.5 }),
    mentor("Иванов И.И.", { Категория: "Завуч", "Обучение по наставничеству": "  наверное " }),
    mentor("петрова мария ивановна"),
  ],
  mentees: [
    mentee("Крылова Дарья Олеговна", {
      "Возраст, лет": 9,
      "Молодой специалист": "да",
      "Педагогический стаж, лет": "7 лет",
    }),
    mentee("Орлов Никита", { "Педагогический стаж, лет": "три" }),
    mentee("Зуева Полина Андреевна", { Категория: null }),
  ],
  pairs: [
    pair(12, "Петрова Мария Ивановна", "Крылова Дарья Олеговна", {
      "Дата окончания (план)": rawDate("2024-08-30"),
      "Оценка наставника": 0.5,
    }),
    pair("12", "Соколов Андрей Викторович", "Орлов Никита", {
      "Дата начала": "31.02.2024",
      Статус: "Прекращена",
    }),
    pair(" 3 ", "Петрова Мария Ивановна", "Петрова Мария Ивановна", {
      "Приказ от": rawDate("2024-09-05"),
      "Вид наставничества": "  Парное  ",
      "Приказ №": null,
    }),
    pair("4", "Иванов И.И.", "Зуева Полина Андреевна", {
      "Форма наставничества": "Ученик-ученик",
      "Дата начала": 45540,
      "Дата окончания (план)": 45900.75,
    }),
  ],
  plan: [
    planItem("Семинар", { Срок: "1.9.2025", Статус: "Выполнено", "Дата выполнения": null }),
    planItem("Педсовет", { Срок: rawDate("1999-05-05"), Статус: "Сделано" }),
  ],
});
const result = evaluateWorkbook(grid);

const pad = (n: number) => String(n).padStart(2, "0");
/** An independent rendering of rules.md's `value`. */
function asWritten(c: RawCell): string | null {
  if (c === null) return null;
  if (typeof c === "string") {
    const t = c.replace(/\s+/g, " ").trim();
    return t === "" ? null : t;
  }
  if (typeof c === "number") return String(c);
  if (typeof c === "object" && c.kind === "date") {
    const [y, m, d] = c.iso.split("-").map(Number);
    return `${pad(d)}.${pad(m)}.${y}`;
  }
  throw new Error("no booleans or errors in this workbook");
}

function cellOf(sheet: SheetGrid, row: number, header: string): RawCell {
  const headerRow = sheet.rows[0];
  const col = headerRow.findIndex((h) => h === header);
  if (col < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return sheet.rows[row - sheet.firstRow][col] ?? null;
}

it("raises many cell-level issues (so the check below means something)", () => {
  const cellIssues = result.issues.filter((i) => i.row !== null && i.column !== null);
  expect(new Set(cellIssues.map((i) => i.code)).size).toBeGreaterThanOrEqual(20);
});

it("reports every cell-level issue's value as the cell is written", () => {
  for (const issue of result.issues) {
    if (issue.row === null || issue.column === null) continue;
    const sheet = grid.sheets.find((s) => s.name === issue.sheet)!;
    const expected = asWritten(cellOf(sheet, issue.row, issue.column));
    expect({
      code: issue.code,
      at: `${issue.sheet}!${issue.row}:${issue.column}`,
      value: issue.value,
    }).toEqual({
      code: issue.code,
      at: `${issue.sheet}!${issue.row}:${issue.column}`,
      value: expected,
    });
  }
});

it("reports null values for sheet-, column- and file-level issues", () => {
  const withoutCell = result.issues.filter((i) => i.row === null);
  for (const i of withoutCell) expect(i.value).toBeNull();
});

it("names the value in every message that has one", () => {
  for (const issue of result.issues) {
    expect(issue.message).toMatch(/[А-Яа-яЁё]{3,}/);
    if (
      issue.value !== null &&
      ["F002", "F003", "F004", "F006", "R001", "P001", "P002", "P003", "P013", "O002"].includes(issue.code)
    ) {
      expect({ code: issue.code, message: issue.message }).toEqual({
        code: issue.code,
        message: expect.stringContaining(`«${issue.value}»`),
      });
    }
  }
});
