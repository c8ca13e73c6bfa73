/**
 * Non-data rows (workbook.md v2, "Data rows", rules 1–5) are skipped with one S004 per sheet, and
 * are never persons, pairs or events; empty rows and rows with values only in unknown columns are
 * skipped silently. Built the way the Р-145 bases and schools' own lists are written.
 */
import { evaluateWorkbook } from "../../../src/domain/engine";
import type { CellRect, SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { splitDataRows } from "../../../src/domain/read/nonDataRows";
import { MENTEE_HEADERS, mentee, mentor, rawSheet, school, type RawCell } from "../builders";

/** The «Наставляемые» sheet replaced by a raw grid, the rest of the school tidy. */
function withMentees(sheet: SheetGrid): WorkbookGrid {
  const base = school({ mentors: [mentor("Петрова Мария Ивановна")] });
  return { ...base, sheets: base.sheets.map((s) => (s.name === "Наставляемые" ? sheet : s)) };
}

const HEADER: RawCell[] = ["№", "ФИО", "Категория", "Педагогический стаж, лет", "Телефон"];
const person = (n: number, fio: string, years: RawCell = 1): RawCell[] => [
  n,
  fio,
  "Педагог",
  years,
  "+7 900",
];

/** Rows as a Р-145-like list writes them: title, header (row 3), numbering, people, total, signature. */
const rows: RawCell[][] = [
  [1, 2, 3, 4, 5], // row 4: numbering
  person(1, "Крылова Дарья Олеговна"), // 5
  person(2, "Орлов Никита Сергеевич"), // 6
  ["Педагогические работники, прибывшие в 2024 году"], // 7: a section title, merged A:E
  person(3, "Зуева Полина Андреевна"), // 8: hidden (left the school)
  person(4, "Лебедев Олег Игоревич"), // 9
  [], // 10: empty
  ["Итого: 4 молодых специалиста"], // 11: total
  ["Исполнитель:", null, "заместитель директора Смирнова О.В.", null, "_____________"], // 12: signature
];
const sheet = (extra: Partial<SheetGrid> = {}): SheetGrid => ({
  ...rawSheet("Наставляемые", HEADER, rows, { titleRows: [["Молодые специалисты МБОУ «СОШ № 17»"], []] }),
  merges: [
    { top: 1, left: 1, bottom: 1, right: 5 },
    { top: 7, left: 1, bottom: 7, right: 5 },
  ],
  hiddenRows: [8],
  ...extra,
});

it("skips each kind of non-data row and lists them in one S004, in the exact wording of rules.md", () => {
  const r = evaluateWorkbook(withMentees(sheet()));
  expect(r.wb.mentees.map((m) => [m.row, m.name])).toEqual([
    [5, "Крылова Дарья Олеговна"],
    [6, "Орлов Никита Сергеевич"],
    [9, "Лебедев Олег Игоревич"],
  ]);
  const s004 = r.issues.filter((i) => i.code === "S004");
  expect(s004).toEqual([
    {
      sheet: "Наставляемые",
      sheetInFile: "Наставляемые",
      row: null,
      column: null,
      col: null,
      code: "S004",
      severity: "info",
      message:
        "Не считаются данными строки: 4 (нумерация столбцов), 7 (раздел), 8 (скрытая строка), 11 (итоговая строка), 12 (подпись).",
      value: "4, 7, 8, 11, 12",
    },
  ]);
  // A skipped row raises nothing else: no F006 for «Итого…», no F001 for the signature, no M001 for
  // the hidden teacher who has left.
  expect(
    r.issues.filter((i) => i.sheet === "Наставляемые" && i.row !== null && [7, 8, 11, 12].includes(i.row)),
  ).toEqual([]);
});

it("takes hidden rows as data when the sheet has an active filter (the user filtered them out of view)", () => {
  const r = evaluateWorkbook(withMentees(sheet({ filterActive: true })));
  expect(r.wb.mentees.map((m) => m.row)).toEqual([5, 6, 8, 9]);
  expect(r.issues.find((i) => i.code === "S004")?.value).toBe("4, 7, 11, 12");
});

it("gives a row matching several rules the first reason: a hidden total is «скрытая строка»", () => {
  const r = evaluateWorkbook(withMentees(sheet({ hiddenRows: [8, 11] })));
  expect(r.issues.find((i) => i.code === "S004")?.message).toContain("11 (скрытая строка)");
});

describe("rule 2: numbering", () => {
  const split = (numbering: RawCell[]) =>
    splitDataRows(rawSheet("Лист", HEADER, [numbering, person(1, "Крылова Дарья Олеговна")]), 1, 2).skipped;

  it.each<[string, RawCell[]]>([
    ["numbers", [1, 2, 3, 4, 5]],
    ["text digits", ["1", "2", "3"]],
    ["with empty cells between", [1, null, 2, null, 3]],
  ])("takes %s 1, 2, 3, … as the column-number row", (_what, cells) => {
    expect(split(cells)).toEqual([{ row: 2, reason: "нумерация столбцов" }]);
  });

  it.each<[string, RawCell[]]>([
    ["fewer than three", [1, 2]],
    ["a gap", [1, 2, 4]],
    ["not from 1", [2, 3, 4]],
    ["a word among them", [1, 2, "три"]],
  ])("does not take %s", (_what, cells) => {
    expect(split(cells)).toEqual([]);
  });

  it("looks only at the first row under the header", () => {
    const s = rawSheet("Лист", HEADER, [person(1, "Крылова Дарья Олеговна"), [1, 2, 3, 4, 5]]);
    expect(splitDataRows(s, 1, 2).skipped).toEqual([]);
  });
});

describe("rule 3: totals", () => {
  it.each(["Итого: 7 наставников", "ИТОГО", "Всего наставляемых – 8", "итого молодых специалистов: 6"])(
    "«%s» in the first non-empty cell is a total, whatever column it is in",
    (text) => {
      const s = rawSheet("Лист", HEADER, [person(1, "Крылова Дарья Олеговна"), [null, null, text]]);
      expect(splitDataRows(s, 1, 2).skipped).toEqual([{ row: 3, reason: "итоговая строка" }]);
    },
  );

  it("«Итого: 7 наставников» in the unknown column «№ п/п», merged over ФИО, is a total (the Р-145 base)", () => {
    const s: SheetGrid = {
      ...rawSheet(
        "Лист",
        ["№ п/п", "ФИО", "Категория"],
        [[1, "Крылова Дарья Олеговна", "Педагог"], ["Итого: 7 наставников"]],
      ),
      merges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
    };
    expect(splitDataRows(s, 1, 2).skipped).toEqual([{ row: 3, reason: "итоговая строка" }]);
  });
});

describe("rule 4: sections", () => {
  const split = (row: RawCell[], merges: CellRect[] = []) =>
    splitDataRows({ ...rawSheet("Лист", HEADER, [row]), merges }, 1, 2).skipped;

  it("is one non-name cell outside the key column", () => {
    expect(split(["Обучающиеся"])).toEqual([{ row: 2, reason: "раздел" }]);
    expect(split([null, null, "Педагоги"])).toEqual([{ row: 2, reason: "раздел" }]);
  });

  it("is one non-name cell in the key column when it starts a merged range over ≥ 2 columns", () => {
    expect(split([null, "Педагогические работники"], [{ top: 2, left: 2, bottom: 2, right: 5 }])).toEqual([
      { row: 2, reason: "раздел" },
    ]);
    expect(split([null, "Педагогические работники"])).toEqual([]);
  });

  it("is never a name, merged or not", () => {
    expect(split(["Иванова Анна Петровна"], [{ top: 2, left: 1, bottom: 2, right: 3 }])).toEqual([]);
    expect(split([null, "Иванова Анна"])).toEqual([]);
  });
});

describe("rule 5: signatures, going up from the last row", () => {
  const split = (tail: RawCell[][]) =>
    splitDataRows(rawSheet("Лист", HEADER, [person(1, "Крылова Дарья Олеговна"), ...tail]), 1, 2).skipped;

  // Rows of two or more cells (a single cell outside the key column is a section, rule 4 first).
  it.each<RawCell[]>([
    ["Директор", null, "В.Н. Кольцова"],
    ["Директор:", null, "___________"],
    ["Руководитель ОО ____________", null, "Смирнова О.В."],
    ["Исполнитель: Смирнова О.В.", null, null, "тел. 2-22-22"],
    ["Подпись", "Смирнова О.В."],
    ["Согласовано", null, "Начальник управления образования"],
    ["УТВЕРЖДЕНО приказом", null, "от 01.09.2024 № 12"],
    ["Утверждаю", null, "Директор"],
    ["М.П.", null, "Кольцова В.Н."],
    ["МП", "Кольцова"],
    [null, "Смирнова О.В.", null, "_______"],
    [null, "Подпись"],
  ])("skips %p", (...cells) => {
    expect(split([cells]).map((s) => s.reason)).toEqual(["подпись"]);
  });

  it("gives a one-cell signature outside the key column the reason «раздел» (the first rule it meets)", () => {
    expect(split([["М.П."]]).map((s) => s.reason)).toEqual(["раздел"]);
  });

  it("skips the whole run and stops at the first other row", () => {
    expect(
      split([["Директор", null, "___________"], [], ["М.П.", null, "Кольцова В.Н."]]).map((s) => [
        s.row,
        s.reason,
      ]),
    ).toEqual([
      [3, "подпись"],
      [5, "подпись"],
    ]);
  });

  it("does not skip a row whose key cell is a full name, even after a signature word", () => {
    expect(split([["Директор", "Смирнова Ольга Викторовна", "___"]])).toEqual([]);
  });

  it("keeps a last mentor of category «Руководитель ОО» written in the first column: the key cell is a full name", () => {
    const s = rawSheet(
      "Лист",
      ["Категория", "ФИО"],
      [
        ["Педагог", "Крылова Дарья Олеговна"],
        ["Руководитель ОО", "Смирнова Ольга Викторовна"],
      ],
    );
    expect(splitDataRows(s, 1, 2).skipped).toEqual([]);
  });

  it("does not skip a signature-looking row above data", () => {
    expect(split([["Директор", null, "___"], person(2, "Орлов Никита Сергеевич")])).toEqual([]);
  });
});

it("skips silently rows empty in every column and rows with values only in unknown columns", () => {
  const r = evaluateWorkbook(
    withMentees(
      rawSheet(
        "Наставляемые",
        [...MENTEE_HEADERS, "Телефон"],
        [
          MENTEE_HEADERS.map((h) => mentee("Крылова Дарья Олеговна")[h] ?? null),
          [],
          [...MENTEE_HEADERS.map(() => null), "+7 900 000-00-00", "лишнее"],
          MENTEE_HEADERS.map((h) => mentee("Орлов Никита Сергеевич")[h] ?? null),
        ],
      ),
    ),
  );
  expect(r.wb.mentees.map((m) => m.row)).toEqual([2, 5]);
  expect(r.issues.filter((i) => i.sheet === "Наставляемые" && i.code.startsWith("S"))).toEqual([]);
});

it("gives no S004 when nothing is skipped", () => {
  const r = evaluateWorkbook(
    withMentees(rawSheet("Наставляемые", HEADER, [person(1, "Крылова Дарья Олеговна")])),
  );
  expect(r.issues.filter((i) => i.code === "S004")).toEqual([]);
});
