/** One value of a monitoring form (forms.md): the number rules of workbook.md, and what is unusable (C005). */
import { rawDate } from "../../src/domain/grid";
import { readFormValue } from "../../src/domain/forms/formValues";

const count = { role: "count", mapped: false } as const;
const mappedCount = { role: "count", mapped: true } as const;
const mean = { role: "mean", mapped: false } as const;

describe("counts", () => {
  it.each([
    [36, 36],
    ["36", 36],
    ["36 чел.", 36],
    ["36 человек", 36],
    ["1 038", 1038],
    ["1\u00a0038 чел.", 1038],
    ["7 ед.", 7],
    [" 12 шт. ", 12],
  ])("%j reads %d", (raw, value) => {
    expect(readFormValue(raw, count)).toEqual({ state: "ok", value });
  });

  it.each([
    ["-3", "negative"],
    ["−3 чел.", "negative"],
    [-3, "negative"],
    ["2,5", "fraction"],
    [2.5, "fraction"],
    ["36 лет", "text"],
    ["около 40", "text"],
    ["да", "yesno"],
    [true, "yesno"],
    ["83,3%", "text"],
    [rawDate("2024-12-02"), "date"],
  ])("%j is unusable: %s", (raw, problem) => {
    expect(readFormValue(raw as never, count)).toEqual({ state: "bad", problem });
  });

  it("is empty when the cell is", () => {
    expect(readFormValue(null, count)).toEqual({ state: "empty" });
    expect(readFormValue("  ", count)).toEqual({ state: "empty" });
  });
});

describe("through a mapping", () => {
  it("да/нет counts 1 / 0, and a percent sign is allowed", () => {
    expect(readFormValue("да", mappedCount)).toEqual({ state: "ok", value: 1 });
    expect(readFormValue("нет", mappedCount)).toEqual({ state: "ok", value: 0 });
    expect(readFormValue("40%", mappedCount)).toEqual({ state: "ok", value: 40 });
  });
});

describe("means", () => {
  it.each([
    ["8,5", 8.5],
    ["9 баллов", 9],
    [10, 10],
  ])("%j reads %d", (raw, value) => {
    expect(readFormValue(raw, mean)).toEqual({ state: "ok", value });
  });

  it("outside 1–10 is unusable", () => {
    expect(readFormValue("11", mean)).toEqual({ state: "bad", problem: "range" });
    expect(readFormValue(0, mean)).toEqual({ state: "bad", problem: "range" });
  });
});
