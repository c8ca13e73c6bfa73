/**
 * Cells that give another column of their row its value (workbook.md v2): the order in one cell
 * («Приказ»), the period column («Срок наставничества»), a period in «Дата начала», and the form
 * with a kind «F (K)». The other column is filled only when its own cell is empty.
 */
import { evaluateWorkbook, type SchoolResult } from "../../../src/domain/engine";
import { ruDateOf } from "../../../src/domain/values/dates";
import { issuesWith } from "../evaluate";
import { mentee, mentor, pair, rawDate, rawSheet, school, type RawCell } from "../builders";

const PETROVA = "Петрова Мария Ивановна";
const KRYLOVA = "Крылова Дарья Олеговна";
const ORLOV = "Орлов Никита Сергеевич";

/** A school whose «Пары» is the given raw sheet (header on row 1). */
function withPairs(header: RawCell[], rows: RawCell[][], asOf = "2024-10-15"): SchoolResult {
  const base = school({
    info: { "Отчётная дата": rawDate(asOf) },
    mentors: [mentor(PETROVA)],
    mentees: [mentee(KRYLOVA), mentee(ORLOV)],
  });
  const sheet = rawSheet("Пары", header, rows);
  return evaluateWorkbook({ ...base, sheets: base.sheets.map((s) => (s.name === "Пары" ? sheet : s)) });
}

const dates = (r: SchoolResult) =>
  r.wb.pairs.map((p) => [
    p.start === undefined ? null : ruDateOf(p.start),
    p.plannedEnd === undefined ? null : ruDateOf(p.plannedEnd),
  ]);

describe("«Приказ» in one cell", () => {
  const HEADER = [
    "№ пары/группы",
    "Наставник",
    "Наставляемый",
    "Форма",
    "Вид",
    "Начало",
    "Окончание (план)",
    "Статус",
  ];
  const row = (order: RawCell, extra: RawCell[] = []): RawCell[] => [
    "1",
    PETROVA,
    KRYLOVA,
    "Учитель – учитель",
    "Традиционное",
    "02.09.2024",
    "30.05.2025",
    "Действует",
    order,
    ...extra,
  ];

  it.each([
    ["№ 145-од от 01.09.2023", "145-од", "01.09.2023"],
    ["от 01.09.2023 № 145-од", "145-од", "01.09.2023"],
    ["Приказ № 145-од от 01.09.2023 г.", "145-од", "01.09.2023"],
    ["приказ №145-од от 1 сентября 2023 года", "145-од", "01.09.2023"],
    ["№ 87/1-о от 30.08.2024; доп. соглашение", "87/1-о", "30.08.2024"],
    ["No 12 от 02.09.2024", "12", "02.09.2024"],
    ["N 12, от 02.09.2024", "12", "02.09.2024"],
  ])("«%s» fills «Приказ №» %s and «Приказ от» %s, with no notice", (text, no, date) => {
    for (const header of [
      "Приказ",
      "Приказ о закреплении",
      "Приказ о закреплении пары (группы)",
      "Реквизиты приказа",
    ]) {
      const r = withPairs([...HEADER, header], [row(text)]);
      expect(
        r.wb.pairs.map((p) => [p.orderNo, p.orderDate === undefined ? null : ruDateOf(p.orderDate)]),
      ).toEqual([[no, date]]);
      expect(issuesWith(r, "P008")).toEqual([]);
      expect(issuesWith(r, "F008")).toEqual([]);
    }
  });

  it("leaves a part it does not find empty (P008 then fires) and reports nothing else", () => {
    const r = withPairs([...HEADER, "Приказ"], [row("приказ готовится, от 01.09.2024")]);
    expect(r.wb.pairs[0]).toMatchObject({ orderNo: undefined });
    expect(ruDateOf(r.wb.pairs[0].orderDate!)).toBe("01.09.2024");
    expect(issuesWith(r, "P008").map((i) => [i.row, i.column])).toEqual([[2, "Приказ №"]]);
    expect(r.issues.filter((i) => i.code.startsWith("F"))).toEqual([]);
  });

  it("fills only empty cells: «Приказ №» and «Приказ от» as written win", () => {
    const r = withPairs(
      [...HEADER, "Приказ", "Приказ №", "Приказ от"],
      [row("№ 145-од от 01.09.2023", ["12-о", null])],
    );
    expect(r.wb.pairs[0].orderNo).toBe("12-о");
    expect(ruDateOf(r.wb.pairs[0].orderDate!)).toBe("01.09.2023");
  });
});

describe("«Срок наставничества»", () => {
  const HEADER = ["№ пары/группы", "Наставник", "Наставляемый", "Форма", "Вид", "Статус"];
  const row = (no: string, who: string, term: RawCell): RawCell[] => [
    no,
    PETROVA,
    who,
    "Учитель – учитель",
    "Традиционное",
    "Действует",
    term,
  ];

  it.each(["Срок наставничества", "Период наставничества", "Срок реализации программы"])(
    "«%s» stands in for the two date columns: no S002, and each period fills both",
    (header) => {
      const r = withPairs(
        [...HEADER, header],
        [row("1", KRYLOVA, "с 02.09.2024 по 30.05.2025"), row("2", ORLOV, "01.10.2024-28.02.2025")],
      );
      expect(r.issues.filter((i) => i.code === "S002")).toEqual([]);
      expect(dates(r)).toEqual([
        ["02.09.2024", "30.05.2025"],
        ["01.10.2024", "28.02.2025"],
      ]);
      expect(issuesWith(r, "F008")).toEqual([]);
    },
  );

  it("reads a period of months with one F008 on the period cell", () => {
    const r = withPairs([...HEADER, "Срок наставничества"], [row("1", KRYLOVA, "сентябрь 2024 – май 2025")]);
    expect(dates(r)).toEqual([["01.09.2024", "31.05.2025"]]);
    expect(issuesWith(r, "F008").map((i) => [i.row, i.column, i.col, i.value, i.message])).toEqual([
      [
        2,
        "Срок наставничества",
        7,
        "сентябрь 2024 – май 2025",
        "Значение «сентябрь 2024 – май 2025» прочитано как 01.09.2024 – 31.05.2025.",
      ],
    ]);
  });

  it("reports a cell that is not a period once, as F002 on «Дата начала», and no F001 for the dates", () => {
    const r = withPairs(
      [...HEADER, "Период наставничества"],
      [row("1", KRYLOVA, "на 2024/2025 учебный год")],
    );
    const f002 = issuesWith(r, "F002");
    expect(f002.map((i) => [i.row, i.column, i.col, i.value])).toEqual([
      [2, "Дата начала", 7, "на 2024/2025 учебный год"],
    ]);
    expect(f002[0].message).toContain("«на 2024/2025 учебный год»");
    expect(issuesWith(r, "F001")).toEqual([]);
    // The row does not take part (no start date), and every KPI says so.
    expect(r.kpis!.notCounted.active_groups.reasons.map((x) => x.reason)).toEqual([
      "лист «Пары»: дата начала не читается",
    ]);
  });

  it("leaves an empty period cell to F001 on the empty required dates", () => {
    const r = withPairs([...HEADER, "Срок наставничества"], [row("1", KRYLOVA, null)]);
    expect(issuesWith(r, "F001").map((i) => [i.row, i.column, i.col])).toEqual([
      [2, "Дата начала", 7],
      [2, "Дата окончания (план)", 7],
    ]);
  });

  it("fills only the date cells that are empty: a written «Дата начала» wins", () => {
    const r = withPairs(
      [...HEADER, "Дата начала", "Срок наставничества"],
      [[...row("1", KRYLOVA, "09.09.2024").slice(0, 6), "09.09.2024", "с 02.09.2024 по 30.05.2025"]],
    );
    expect(dates(r)).toEqual([["09.09.2024", "30.05.2025"]]);
    // «Дата окончания (план)» is there only through the period: no S002 for it.
    expect(r.issues.filter((i) => i.code === "S002")).toEqual([]);
  });
});

describe("a period written in «Дата начала» or «Дата окончания (план)»", () => {
  it("gives the cell's own column its end and fills the other column when it is empty", () => {
    const r = evaluateWorkbook(
      school({
        mentors: [mentor(PETROVA)],
        mentees: [mentee(KRYLOVA), mentee(ORLOV)],
        pairs: [
          pair("1", PETROVA, KRYLOVA, {
            "Дата начала": "с 02.09.2024 по 30.05.2025",
            "Дата окончания (план)": null,
          }),
          pair("2", PETROVA, ORLOV, {
            "Дата начала": null,
            "Дата окончания (план)": "02.09.2024 – 16.05.2025",
          }),
        ],
      }),
    );
    expect(dates(r)).toEqual([
      ["02.09.2024", "30.05.2025"],
      ["02.09.2024", "16.05.2025"],
    ]);
    expect(r.issues.filter((i) => i.sheet === "Пары" && i.severity === "error")).toEqual([]);
  });

  it("lets a filled other column win", () => {
    const r = evaluateWorkbook(
      school({
        mentors: [mentor(PETROVA)],
        mentees: [mentee(KRYLOVA)],
        pairs: [pair("1", PETROVA, KRYLOVA, { "Дата начала": "с 02.09.2024 по 30.05.2025" })],
      }),
    );
    expect(dates(r)).toEqual([["02.09.2024", "30.05.2025"]]);
  });
});

describe("«Форма (вид)»", () => {
  const HEADER = [
    "№ пары/группы",
    "Наставник",
    "Наставляемый",
    "Форма наставничества",
    "Вид наставничества",
    "Начало",
    "Окончание (план)",
    "Статус",
  ];
  const row = (form: string, kind: string | null): RawCell[] => [
    "4",
    PETROVA,
    KRYLOVA,
    form,
    kind,
    "01.10.2024",
    "28.02.2025",
    "Действует",
  ];

  it("reads the form and fills an empty «Вид» from the parentheses, with one F008 on the form cell", () => {
    const r = withPairs(HEADER, [row("педагог – педагог (групповая)", null)]);
    expect(r.wb.pairs.map((p) => [p.form, p.kind])).toEqual([["Учитель – учитель", "Групповое"]]);
    expect(issuesWith(r, "F008").map((i) => [i.column, i.value, i.message])).toEqual([
      [
        "Форма наставничества",
        "педагог – педагог (групповая)",
        "Значение «педагог – педагог (групповая)» прочитано как «Учитель – учитель», вид «Групповое».",
      ],
    ]);
    expect(r.issues.filter((i) => i.code === "F001" || i.code === "F003")).toEqual([]);
  });

  it("keeps a filled «Вид» and raises no notice", () => {
    const r = withPairs(HEADER, [row("обучающийся – обучающийся (групповая)", "Традиционное")]);
    expect(r.wb.pairs.map((p) => [p.form, p.kind])).toEqual([
      ["Ученик – ученик", "Традиционное (один на один)"],
    ]);
    expect(issuesWith(r, "F008")).toEqual([]);
  });

  it("fills the kind even without a «Вид» column, which stays missing (S002)", () => {
    const r = withPairs(
      HEADER.filter((h) => h !== "Вид наставничества"),
      [row("Учитель – учитель (Реверсивное)", null).filter((_, i) => i !== 4)],
    );
    expect(r.issues.filter((i) => i.code === "S002").map((i) => i.column)).toEqual(["Вид наставничества"]);
    expect(r.wb.pairs.map((p) => p.kind)).toEqual(["Реверсивное"]);
  });

  it("is F003 when the parentheses hold no kind", () => {
    const r = withPairs(HEADER, [row("учитель – учитель (по плану)", null)]);
    expect(issuesWith(r, "F003").map((i) => i.column)).toEqual(["Форма наставничества"]);
  });
});
