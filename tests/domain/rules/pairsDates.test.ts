/** P004 end before start, P005 planned length, P006 status vs dates, P015 order after start. */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue } from "../evaluate";
import { pair, rawDate, type Rec } from "../builders";
import { KRYLOVA, PETROVA, tidy, tidyPairs } from "./tidySchool";

/** Row 5 of «Пары»: Петрова → Крылова (a second, separate pair of the same people). */
const withRow = (o: Rec, settings?: Record<string, number>) =>
  evaluate(
    tidy({ pairs: [...tidyPairs, pair("4", PETROVA, KRYLOVA, o)], ...(settings ? { settings } : {}) }),
  );
const over = { Статус: "Завершена", "Приказ от": rawDate("2024-01-10") };

describe("P004 — an end before the start", () => {
  it("reports a planned end before the start, on the planned end", () => {
    const i = onlyIssue(
      withRow({ "Дата начала": rawDate("2024-09-02"), "Дата окончания (план)": rawDate("2024-08-01") }),
      "P004",
    );
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Дата окончания (план)",
      value: "01.08.2024",
    });
    expectRussianMessageNaming(i, "01.08.2024");
  });

  it("reports a fact end before the start, on the fact end", () => {
    const i = onlyIssue(
      withRow({ ...over, "Дата начала": rawDate("2024-09-02"), "Дата окончания (факт)": "30.08.2024" }),
      "P004",
    );
    expect(i).toMatchObject({ column: "Дата окончания (факт)", value: "30.08.2024" });
  });

  it("accepts a fact end on the start day", () => {
    expect(
      issuesWith(
        withRow({
          ...over,
          Статус: "Прекращена",
          "Причина прекращения": "По обоюдному решению",
          "Дата окончания (факт)": rawDate("2024-09-02"),
        }),
        "P004",
      ),
    ).toEqual([]);
  });
});

describe("P005 — planned length out of [start + min months, start + max months]", () => {
  it.each([
    ["2024-09-02", "2024-12-01", "shorter than 3 months"],
    ["2024-09-02", "2025-09-03", "longer than 12 months"],
    ["2024-11-30", "2025-02-27", "a day short of 30.11 + 3 months = 28.02 (clamped)"],
  ])("reports %s → %s (%s)", (start, end) => {
    const i = onlyIssue(
      withRow({
        "Дата начала": rawDate(start),
        "Дата окончания (план)": rawDate(end),
        "Приказ от": rawDate(start),
      }),
      "P005",
    );
    expect(i).toMatchObject({ severity: "warning", sheet: "Пары", row: 5, column: "Дата окончания (план)" });
    expect(i.value).toBe(end.split("-").reverse().join("."));
    expectRussianMessageNaming(i, i.value!);
  });

  it.each([
    ["2024-09-02", "2024-12-02", "exactly 3 months"],
    ["2024-09-02", "2025-09-02", "exactly 12 months"],
    ["2024-11-30", "2025-02-28", "30.11 + 3 months clamped to 28.02"],
    ["2024-08-31", "2025-08-31", "12 months from the 31st"],
  ])("accepts %s → %s (%s)", (start, end) => {
    expect(
      issuesWith(
        withRow({
          "Дата начала": rawDate(start),
          "Дата окончания (план)": rawDate(end),
          "Приказ от": rawDate(start),
        }),
        "P005",
      ),
    ).toEqual([]);
  });

  it("uses the settings' bounds", () => {
    const row = { "Дата начала": rawDate("2024-09-02"), "Дата окончания (план)": rawDate("2024-11-02") };
    expect(issuesWith(withRow(row), "P005")).toHaveLength(1);
    expect(issuesWith(withRow(row, { "Срок программы не менее, мес.": 2 }), "P005")).toEqual([]);
  });
});

describe("P006 — status contradicts dates (D = 20.12.2024)", () => {
  it.each<[string, Rec]>([
    ["«Действует» with a fact end on D", { "Дата окончания (факт)": rawDate("2024-12-20") }],
    ["«Действует» with a fact end before D", { "Дата окончания (факт)": rawDate("2024-11-29") }],
    ["«Завершена» without a fact end", { Статус: "Завершена" }],
    [
      "«Прекращена» without a fact end",
      { Статус: "Прекращена", "Причина прекращения": "По инициативе наставника" },
    ],
    [
      "«Планируется» with a start before D",
      {
        Статус: "Планируется",
        "Дата начала": rawDate("2024-12-19"),
        "Дата окончания (план)": rawDate("2025-06-19"),
      },
    ],
    [
      "«Действует» with a start after D",
      {
        "Дата начала": rawDate("2024-12-21"),
        "Дата окончания (план)": rawDate("2025-06-21"),
        "Приказ от": rawDate("2024-12-16"),
      },
    ],
  ])("reports %s, on «Статус»", (_why, o) => {
    const i = onlyIssue(withRow(o), "P006");
    expect(i).toMatchObject({ severity: "warning", sheet: "Пары", row: 5, column: "Статус" });
    expect(i.value).toBe(o.Статус ?? "Действует");
    expectRussianMessageNaming(i, `«${i.value}»`);
  });

  it.each<[string, Rec]>([
    ["«Действует» with a fact end after D", { "Дата окончания (факт)": rawDate("2024-12-21") }],
    ["«Завершена» with a fact end", { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-12-10") }],
    [
      "«Планируется» starting on D",
      {
        Статус: "Планируется",
        "Дата начала": rawDate("2024-12-20"),
        "Дата окончания (план)": rawDate("2025-06-20"),
        "Приказ от": rawDate("2024-12-16"),
      },
    ],
    [
      "«Планируется» starting after D",
      {
        Статус: "Планируется",
        "Дата начала": rawDate("2025-01-09"),
        "Дата окончания (план)": rawDate("2025-06-20"),
        "Приказ от": null,
        "Приказ №": null,
      },
    ],
    [
      "«Действует» starting on D",
      {
        "Дата начала": rawDate("2024-12-20"),
        "Дата окончания (план)": rawDate("2025-06-20"),
        "Приказ от": rawDate("2024-12-16"),
      },
    ],
    [
      "«Действует» past its planned end (still running)",
      {
        "Дата начала": rawDate("2024-01-15"),
        "Дата окончания (план)": rawDate("2024-12-01"),
        "Приказ от": rawDate("2024-01-10"),
      },
    ],
  ])("does not report %s", (_why, o) => {
    expect(issuesWith(withRow(o), "P006")).toEqual([]);
  });
});

describe("P015 — «Приказ от» after «Дата начала»", () => {
  it("reports an order dated after the start, on «Приказ от»", () => {
    const i = onlyIssue(withRow({ "Приказ от": "03.09.2024" }), "P015");
    expect(i).toMatchObject({
      severity: "warning",
      sheet: "Пары",
      row: 5,
      column: "Приказ от",
      value: "03.09.2024",
    });
    expectRussianMessageNaming(i, "03.09.2024");
  });

  it("accepts an order dated on the start day", () => {
    expect(issuesWith(withRow({ "Приказ от": rawDate("2024-09-02") }), "P015")).toEqual([]);
  });
});
