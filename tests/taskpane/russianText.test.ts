import { countOf, plural, ROWS_ACCUSATIVE } from "../../src/taskpane/text/russian";
import { planValueText } from "../../src/taskpane/text/planValueText";

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
