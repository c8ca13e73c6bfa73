/**
 * Text dates (workbook.md v2, "Dates"): the readings 1–5 in order, each column taking those of its
 * row of the per-column table. Examples are the spec's own; (i) readings carry an F008 note.
 */
import type { DateReadings } from "../../../src/domain/template/columns";
import { columnOf, listSheet } from "../../../src/domain/template/sheets";
import { isoOf, ruDateOf } from "../../../src/domain/values/dates";
import { readDate } from "../../../src/domain/values/parse";

type Outcome = string | "bad" | "empty";

/** The readings each column declares in the catalogue (the per-column table). */
const readingsOf = (sheet: "pairs" | "plan" | "mentees", key: string): DateReadings => {
  const t = columnOf(listSheet(sheet), key).type;
  if (t.kind !== "date") throw new Error(`${key} is not a date column`);
  return t.readings;
};
const START = readingsOf("pairs", "start");
const PLANNED_END = readingsOf("pairs", "plannedEnd");
const ACTUAL_END = readingsOf("pairs", "actualEnd");
const DUE = readingsOf("plan", "due");
const DONE = readingsOf("plan", "doneDate");
const ORDER_DATE = readingsOf("pairs", "orderDate");
const BIRTH = readingsOf("mentees", "birthDate");

/** ISO of the value read (with «(i)» appended when the reading carries an F008 note). */
function read(text: string, readings: DateReadings = {}, schoolYearFirst: number | null = 2023): Outcome {
  const r = readDate(text, { date1904: false, schoolYearFirst }, readings);
  if (r.state !== "ok") return r.state;
  return `${isoOf(r.value)}${r.note === undefined ? "" : " (i)"}`;
}

describe("1. full dates, in every date column, raising nothing", () => {
  it.each([
    ["20.12.2024", "2024-12-20"],
    ["01.09.2024", "2024-09-01"],
    ["5.9.2024", "2024-09-05"],
    ["1.10.2024", "2024-10-01"],
    ["05.09.24", "2024-09-05"],
    ["31.08.25", "2025-08-31"],
    ["2024-09-05", "2024-09-05"],
    ["29.02.2024", "2024-02-29"],
    ["  20.12.2024  ", "2024-12-20"],
    ["01.09.2023г.", "2023-09-01"],
    ["01.09.2023 г.", "2023-09-01"],
    ["01.09.2023 г", "2023-09-01"],
    ["01.09.2023 года", "2023-09-01"],
    ["01.09.2023гг.", "2023-09-01"],
    ["01/09/2023", "2023-09-01"],
    ["1/9/2023", "2023-09-01"],
    ["20/12/2024", "2024-12-20"],
    ["1 сентября 2023 г.", "2023-09-01"],
    ["1 сентября 2023", "2023-09-01"],
    ['"01" сентября 2023 года', "2023-09-01"],
    ["«09» сентября 2024 г.", "2024-09-09"],
    ["2 Сентября 2024 г.", "2024-09-02"],
    ["30 мая 2025 года", "2025-05-30"],
    ["28 февраля 2025", "2025-02-28"],
  ])("«%s» is %s", (text, iso) => {
    for (const readings of [{}, START, PLANNED_END, DUE, ORDER_DATE, BIRTH])
      expect(read(text, readings)).toBe(iso);
  });

  it.each([
    ["31.02.2024", "no 31 February"],
    ["00.01.2024", "no day 0"],
    ["29.02.2023", "2023 is not a leap year"],
    ["32.01.2024", "no 32nd"],
    ["15.13.2024", "no 13th month"],
    ["2024-02-30", "no 30 February"],
    ["31 февраля 2024", "no 31 February, in words"],
    ["31/04/2024", "no 31 April, day first"],
    ["12/31/2024", "slash dates are day first: no month 31"],
    ["20.12.2024 10:30", "a time"],
    ["20 декабрь 2024", "a nominative month with a day"],
    ["1 сентябрь 2023 г.", "a nominative month with a day"],
  ])("«%s» is F002 (%s), never rolled over", (text) => {
    expect(read(text, PLANNED_END)).toBe("bad");
  });
});

describe("2. «до» + date, in the deadline columns", () => {
  it.each([
    ["до 01.09.2023", "2023-09-01"],
    ["до 1.09.2022", "2022-09-01"],
    ["До 30.08.2024г.", "2024-08-30"],
    ["до 1 сентября 2023 г.", "2023-09-01"],
    ["до сентябрь 2023", "2023-09-30 (i)"],
    ["до февраль 2024", "2024-02-29 (i)"],
  ])("«%s» is %s in «Дата окончания (план)» and «Срок»", (text, iso) => {
    expect(read(text, PLANNED_END)).toBe(iso);
    expect(read(text, DUE)).toBe(iso);
  });

  it("is F002 in the other date columns", () => {
    for (const readings of [START, ACTUAL_END, DONE, ORDER_DATE, BIRTH])
      expect(read("до 01.09.2023", readings)).toBe("bad");
  });

  it("reads a genitive month without a day as F002: «до сентября 2023»", () => {
    expect(read("до сентября 2023", PLANNED_END)).toBe("bad");
    expect(read("до сентября 2023", DUE)).toBe("bad");
  });
});

describe("3. month and year: first day in a start column, last day in an end column, both (i)", () => {
  it.each([
    ["сентябрь 2023", "2023-09-01 (i)", "2023-09-30 (i)"],
    ["Сентябрь, 2023", "2023-09-01 (i)", "2023-09-30 (i)"],
    ["май 2024", "2024-05-01 (i)", "2024-05-31 (i)"],
    ["Май, 2024", "2024-05-01 (i)", "2024-05-31 (i)"],
    ["февраль 2024", "2024-02-01 (i)", "2024-02-29 (i)"],
    ["ДЕКАБРЬ 2024 г.", "2024-12-01 (i)", "2024-12-31 (i)"],
    ["Октябрь-ноябрь, 2023", "2023-10-01 (i)", "2023-11-30 (i)"],
    ["октябрь – ноябрь 2023", "2023-10-01 (i)", "2023-11-30 (i)"],
    ["октябрь—ноябрь, 2023", "2023-10-01 (i)", "2023-11-30 (i)"],
  ])("«%s»: Дата начала %s, Дата окончания (план) %s", (text, first, last) => {
    expect(read(text, START)).toBe(first);
    expect(read(text, PLANNED_END)).toBe(last);
    expect(read(text, ACTUAL_END)).toBe(last);
    expect(read(text, DUE)).toBe(last);
    expect(read(text, DONE)).toBe(last);
  });

  it("is F002 in «Приказ от», «Отчётная дата» and «Дата рождения»", () => {
    for (const readings of [ORDER_DATE, {}, BIRTH]) expect(read("сентябрь 2023", readings)).toBe("bad");
  });

  it.each([
    "сентябрь",
    "сентябрь 23",
    "сентября 2023",
    "сентябрь 2023 – 2024",
    "1 год",
    "I полугодие",
    "ежемесячно",
  ])("«%s» is F002", (text) => {
    expect(read(text, START)).toBe("bad");
    expect(read(text, DUE)).toBe("bad");
  });
});

describe("4. «в течение года» in «План» «Срок»: 31.05 of the second school year (i)", () => {
  it.each([
    "в течение года",
    "В течение года",
    "В ТЕЧЕНИЕ УЧЕБНОГО ГОДА",
    "в течение учебного года",
    "В течение года (по отдельному плану)",
    "в течение года(ежемесячно)",
  ])("«%s» is 31.05.2024 in the school year 2023/2024", (text) => {
    expect(read(text, DUE, 2023)).toBe("2024-05-31 (i)");
    expect(read(text, DUE, 2024)).toBe("2025-05-31 (i)");
  });

  it("is F002 outside «Срок», with a remark not in parentheses, or without any school year", () => {
    expect(read("в течение года", PLANNED_END)).toBe("bad");
    expect(read("в течение года", DONE)).toBe("bad");
    expect(read("в течение года по плану", DUE)).toBe("bad");
    expect(read("в течение года", DUE, null)).toBe("bad");
    expect(read("по отдельному плану", DUE)).toBe("bad");
  });
});

describe("5. periods in «Дата начала» and «Дата окончания (план)»", () => {
  /** The period as «from – to» ISO pair, with the other end the row's other column gets. */
  const period = (text: string, readings: DateReadings) => {
    const r = readDate(text, { date1904: false }, readings);
    if (r.state !== "ok") return r.state;
    const other = r.fills?.[0];
    return {
      own: isoOf(r.value),
      other: other?.read.state === "ok" ? isoOf(other.read.value as number) : null,
      otherKey: other?.key,
      note: r.note ?? null,
    };
  };

  it.each([
    ["с 01.09.2023 по 31.05.2024", "2023-09-01", "2024-05-31", null],
    ["с 01.09.2023 г. по 31.05.2024 г.", "2023-09-01", "2024-05-31", null],
    ["01.09.2023 – 31.05.2024", "2023-09-01", "2024-05-31", null],
    ["01.09.2023-31.05.2024", "2023-09-01", "2024-05-31", null],
    ["01.09.2023 - 31.05.2024", "2023-09-01", "2024-05-31", null],
    ["01.09.2023 до 31.05.2024", "2023-09-01", "2024-05-31", null],
    ["2023-09-01 – 2024-05-31", "2023-09-01", "2024-05-31", null],
    ["сентябрь 2023 – май 2024", "2023-09-01", "2024-05-31", "01.09.2023 – 31.05.2024"],
    ["с сентябрь 2023 по 31.05.2024", "2023-09-01", "2024-05-31", "01.09.2023 – 31.05.2024"],
  ])("«%s» is %s – %s", (text, from, to, note) => {
    expect(period(text, START)).toEqual({ own: from, other: to, otherKey: "plannedEnd", note });
    expect(period(text, PLANNED_END)).toEqual({ own: to, other: from, otherKey: "start", note });
  });

  it.each([
    ["31.05.2024 – 01.09.2023", "A after B"],
    ["2023-09-01-2024-05-31", "ISO dates need spaces around the dash"],
    ["с 01.09.2023", "one end"],
    ["на 2024/2025 учебный год", "a school year"],
  ])("«%s» is F002 (%s)", (text) => {
    expect(read(text, START)).toBe("bad");
    expect(read(text, PLANNED_END)).toBe("bad");
  });

  it("is F002 in the other date columns", () => {
    for (const readings of [ACTUAL_END, DUE, DONE, ORDER_DATE, BIRTH])
      expect(read("с 01.09.2023 по 31.05.2024", readings)).toBe("bad");
  });
});

describe("«Дата рождения» takes a year alone (i)", () => {
  it.each(["2012", "2012 г.р.", "2012 г. р.", "2012 г.", "2012 года рождения", "2012г.р."])(
    "«%s» is 01.01.2012",
    (text) => {
      expect(read(text, BIRTH)).toBe("2012-01-01 (i)");
    },
  );

  it("reads a full birth date without a notice, and a year typed as a number as that year", () => {
    expect(read("12.04.2001", BIRTH)).toBe("2001-04-12");
    const typed = readDate(2013, false, BIRTH);
    expect(typed.state === "ok" && [ruDateOf(typed.value), typed.note]).toEqual(["01.01.2013", "01.01.2013"]);
  });

  it("is F002 elsewhere", () => {
    expect(read("2012 г.р.", START)).toBe("bad");
    expect(read("2012", ORDER_DATE)).toBe("bad");
  });
});

it("treats blank text as an empty cell, not an error", () => {
  expect(read("   ")).toBe("empty");
  expect(readDate(null, false).state).toBe("empty");
});

it("refuses long texts without trying the patterns on them", () => {
  expect(read(`01.09.2023${" ".repeat(200)}x`, PLANNED_END)).toBe("bad");
  expect(read(`сентябрь ${"2".repeat(5000)}`, START)).toBe("bad");
});
