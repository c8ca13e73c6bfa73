/** Numbers: a numeric cell, or text `^\d+([.,]\d+)?\s*(год|года|лет)?$` (no sign, no thousands separator). */
import { readNumber, readSettingNumber } from "../../../src/domain/values/parse";

const read = (raw: string | number | null) => {
  const r = readNumber(raw);
  return r.state === "ok" ? r.value : r.state;
};

it.each([
  ["3", 3],
  ["3 года", 3],
  ["5 лет", 5],
  ["1 год", 1],
  ["21 год", 21],
  ["0,5", 0.5],
  ["0.5", 0.5],
  ["2,5 года", 2.5],
  ["3года", 3],
  ["3 ГОДА", 3],
  ["12 Лет", 12],
  [" 7 ", 7],
  ["0", 0],
])("text «%s» is %d", (text, n) => {
  expect(read(text)).toBe(n);
});

it.each([
  ["-1", "a sign"],
  ["+3", "a sign"],
  ["1 000", "a thousands separator"],
  ["1,000.5", "two separators"],
  ["три года", "a number in words"],
  ["3 г.", "an abbreviation"],
  ["3 месяца", "another unit"],
  ["около 5", "words before"],
  ["1e3", "an exponent"],
  [",5", "no integer part"],
  ["5,", "no fraction digits"],
])("text «%s» is unreadable (%s)", (text) => {
  expect(read(text)).toBe("bad");
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

describe("settings values allow a trailing «%»", () => {
  it.each([
    ["70%", 70],
    ["70 %", 70],
    ["85,5%", 85.5],
    ["70", 70],
  ])("«%s» is %d", (text, n) => {
    const r = readSettingNumber(text);
    expect(r.state === "ok" && r.value).toBe(n);
  });

  it("but not a leading one or a sign", () => {
    expect(readSettingNumber("%70").state).toBe("bad");
    expect(readSettingNumber("-5%").state).toBe("bad");
  });
});
