/**
 * Numbers (workbook.md v2, "Numbers"): a numeric cell, or text made of a number (decimal «,» or
 * «.», or an integer in groups of three) and a unit of the column's group. Months read in a column
 * of years, «3 г. 5 мес.» and «свыше N лет» are readings (i).
 */
import type { UnitGroup } from "../../../src/domain/template/columns";
import { readNumber, readSettingNumber } from "../../../src/domain/values/parse";

const read = (raw: string | number | null, unit: UnitGroup = "years") => {
  const r = readNumber(raw, unit);
  if (r.state !== "ok") return r.state;
  return r.note === undefined ? r.value : `${Math.round(r.value * 10000) / 10000} (i: ${r.note})`;
};

describe("years: «Педагогический стаж, лет», «Возраст, лет», «Настройки» rows in years", () => {
  it.each([
    ["3", 3],
    ["3 года", 3],
    ["5 лет", 5],
    ["1 год", 1],
    ["21 год", 21],
    ["8 л.", 8],
    ["8 л", 8],
    ["2 г.", 2],
    ["2 г", 2],
    ["2г.", 2],
    ["3года", 3],
    ["3 ГОДА", 3],
    ["12 Лет", 12],
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["2,5 года", 2.5],
    [" 7 ", 7],
    ["0", 0],
  ])("«%s» is %d", (text, n) => {
    expect(read(text)).toBe(n);
  });

  it.each([
    ["3 мес.", "0.25 (i: 0,25 года)"],
    ["4 мес.", "0.3333 (i: 0,3333 года)"],
    ["6 месяцев", "0.5 (i: 0,5 года)"],
    ["3 месяца", "0.25 (i: 0,25 года)"],
    ["1 месяц", "0.0833 (i: 0,0833 года)"],
    ["3 мес", "0.25 (i: 0,25 года)"],
    ["3 г. 5 мес.", "3.4167 (i: 3,4167 года)"],
    ["1 г. 1 мес.", "1.0833 (i: 1,0833 года)"],
    ["1 год 6 месяцев", "1.5 (i: 1,5 года)"],
    ["3 г. 2 мес.", "3.1667 (i: 3,1667 года)"],
    ["1 г. 6 мес.", "1.5 (i: 1,5 года)"],
    ["2 года 0 мес.", "2 (i: 2 года)"],
    ["свыше 30 лет", "30 (i: 30 лет)"],
    ["более 30 лет", "30 (i: 30 лет)"],
    ["больше 25 лет", "25 (i: 25 лет)"],
    ["св. 20 лет", "20 (i: 20 лет)"],
    ["Более 21 года", "21 (i: 21 год)"],
  ])("«%s» is read with a notice: %s", (text, shown) => {
    expect(read(text)).toBe(shown);
  });

  it.each([
    ["3 г. 12 мес.", "months must be 0–11"],
    ["3 мес. 2 г.", "months before years"],
    ["42 чел.", "a unit of another group"],
    ["10 баллов", "a unit of another group"],
    ["95%", "a unit of another group"],
    ["три года", "a number in words"],
    ["около 5", "words before"],
    ["-1", "a sign"],
    ["+3", "a sign"],
    ["1,000.5", "two separators"],
    ["1e3", "an exponent"],
    [",5", "no integer part"],
    ["5,", "no fraction digits"],
  ])("«%s» is F002 (%s)", (text) => {
    expect(read(text)).toBe("bad");
  });
});

describe("months: «Настройки» rows in months", () => {
  it.each([
    ["3 мес.", 3],
    ["12 месяцев", 12],
    ["6", 6],
  ])("«%s» is %d", (text, n) => {
    expect(read(text, "months")).toBe(n);
  });

  it("does not take years", () => {
    expect(read("1 год", "months")).toBe("bad");
  });
});

describe("counts: «Сведения» counts", () => {
  it.each([
    ["42 чел.", 42],
    ["42 чел", 42],
    ["42 человека", 42],
    ["45 человек", 45],
    ["3 ед.", 3],
    ["7 шт.", 7],
    ["1 116", 1116],
    ["1\u00a0038", 1038],
    ["1\u202f038", 1038],
    ["12 345 678", 12345678],
    ["1 038 чел.", 1038],
    ["64 чел.", 64],
  ])("«%s» is %d, without a notice", (text, n) => {
    expect(read(text, "count")).toBe(n);
  });

  it.each(["1 03", "1 0388", "12 лет", "1 038,5 чел"])("«%s» is F002", (text) => {
    expect(read(text, "count")).toBe("bad");
  });
});

describe("scores and percent", () => {
  it.each([
    ["10 баллов", 10],
    ["9 баллов", 9],
    ["1 балл", 1],
    ["3 балла", 3],
    ["8", 8],
  ])("score «%s» is %d", (text, n) => {
    expect(read(text, "score")).toBe(n);
  });

  it.each([
    ["95%", 95],
    ["95 %", 95],
    ["83,3", 83.3],
  ])("percent «%s» is %d", (text, n) => {
    expect(read(text, "percent")).toBe(n);
  });
});

it("takes numeric cells as they are, whatever their sign or fraction (ranges are F004's business)", () => {
  expect(read(18)).toBe(18);
  expect(read(0.5)).toBe(0.5);
  expect(read(-1)).toBe(-1);
});

it("treats empty and blank cells as empty", () => {
  expect(read(null)).toBe("empty");
  expect(read("  ")).toBe("empty");
});

it("does not read booleans or dates as numbers", () => {
  expect(readNumber(true).state).toBe("bad");
  expect(readNumber({ kind: "date", iso: "2024-09-01" }).state).toBe("bad");
});

describe("settings values: their group's units and a trailing «%» on any row", () => {
  it.each([
    ["70%", "none", 70],
    ["70 %", "percent", 70],
    ["85,5%", "percent", 85.5],
    ["70", "percent", 70],
    ["3 года", "years", 3],
    ["6 мес.", "months", 6],
  ] as const)("«%s» (%s) is %d", (text, unit, n) => {
    const r = readSettingNumber(text, unit);
    expect(r.state === "ok" && r.value).toBe(n);
  });

  it("but not a leading one or a sign", () => {
    expect(readSettingNumber("%70").state).toBe("bad");
    expect(readSettingNumber("-5%").state).toBe("bad");
  });
});
