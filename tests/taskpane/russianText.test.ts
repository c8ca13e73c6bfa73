import { countOf, plural, ROWS_ACCUSATIVE } from "../../src/taskpane/text/russian";
import { planValueText } from "../../src/taskpane/text/planValueText";
import { changeText } from "../../src/domain/format/numbers";

describe("Russian number agreement", () => {
  it.each([
    [1, "1 строку"],
    [2, "2 строки"],
    [4, "4 строки"],
    [5, "5 строк"],
    [11, "11 строк"],
    [12, "12 строк"],
    [21, "21 строку"],
    [22, "22 строки"],
    [111, "111 строк"],
    [0, "0 строк"],
  ])("%i → %s", (n, text) => {
    expect(countOf(n, ROWS_ACCUSATIVE)).toBe(text);
  });

  it("agrees the verb with the count", () => {
    expect(plural(21, ["Перенесена", "Перенесено", "Перенесено"])).toBe("Перенесена");
    expect(plural(11, ["Перенесена", "Перенесено", "Перенесено"])).toBe("Перенесено");
  });
});

describe("preview values", () => {
  it("shows dates as ДД.ММ.ГГГГ and decimals with a comma", () => {
    expect(planValueText({ date: "2024-09-01" })).toBe("01.09.2024");
    expect(planValueText(5.5)).toBe("5,5");
    expect(planValueText(null)).toBe("");
    expect(planValueText("да")).toBe("да");
  });
});

describe("change since the previous snapshot", () => {
  it("shares in percentage points, counts and means in their own unit, nothing as «без изменений»", () => {
    expect(changeText(5 / 11 - 3 / 11, "share")).toBe("+18,2 п.п.");
    expect(changeText(-0.05, "share")).toBe("-5 п.п.");
    expect(changeText(-3, "count")).toBe("-3");
    expect(changeText(0.42, "mean")).toBe("+0,4");
    expect(changeText(0, "share")).toBe("без изменений");
    expect(changeText(-0.0004, "share")).toBe("без изменений");
    expect(changeText(0.04, "mean")).toBe("без изменений");
  });
});
