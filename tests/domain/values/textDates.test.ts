/** Text dates: ДД.ММ.ГГГГ, Д.М.ГГГГ, ДД.ММ.ГГ (20YY) and ГГГГ-ММ-ДД that name an existing day. */
import { readDate } from "../../../src/domain/values/parse";
import { isoOf } from "../../../src/domain/values/dates";

const read = (text: string) => {
  const r = readDate(text, false);
  return r.state === "ok" ? isoOf(r.value) : r.state;
};

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
])("«%s» is %s", (text, iso) => {
  expect(read(text)).toBe(iso);
});

it.each([
  ["31.02.2024", "no 31 February"],
  ["00.01.2024", "no day 0"],
  ["29.02.2023", "2023 is not a leap year"],
  ["32.01.2024", "no 32nd"],
  ["15.13.2024", "no 13th month"],
  ["2024-02-30", "no 30 February"],
  ["20/12/2024", "slashes are not a template form"],
  ["20.12.2024 10:30", "text with a time is not a template form"],
  ["декабрь 2024", "words"],
  ["20 декабря 2024 г.", "words"],
  ["2024", "a year alone"],
])("«%s» is unreadable (%s)", (text) => {
  expect(read(text)).toBe("bad");
});

it("treats blank text as an empty cell, not an error", () => {
  expect(read("   ")).toBe("empty");
  expect(readDate(null, false).state).toBe("empty");
});
