/** The one Russian number style of the pane, the CLI and the report's cells. */
import fc from "fast-check";
import {
  changeText,
  countText,
  decimalText,
  ofText,
  PERCENT_FORMAT,
  percentText,
  targetText,
} from "../../../src/domain/format/numbers";

const NBSP = "\u00A0";

test("shares: one decimal, a comma, a no-break space before «%»; no value is «—»", () => {
  expect(percentText(0.375)).toBe(`37,5${NBSP}%`);
  expect(percentText(9 / 11)).toBe(`81,8${NBSP}%`);
  expect(percentText(1)).toBe(`100,0${NBSP}%`);
  expect(percentText(0)).toBe(`0,0${NBSP}%`);
  expect(percentText(null)).toBe("—");
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
      expect(percentText(x)).toMatch(/^\d{1,3},\d\u00A0%$/);
      // Rounded, never truncated: the shown figure is within half a tenth of a percent.
      expect(
        Math.abs(Number(percentText(x).replace(",", ".").replace(/\s%$/, "")) - x * 100),
      ).toBeLessThanOrEqual(0.05 + 1e-9);
    }),
  );
});

test("targets are whole percentages; means one decimal at most; counts grouped by thousands", () => {
  expect(targetText(0.7)).toBe(`70${NBSP}%`);
  expect(targetText(1)).toBe(`100${NBSP}%`);
  expect(decimalText(7 / 6)).toBe("1,2");
  expect(decimalText(2)).toBe("2");
  expect(decimalText(null)).toBe("—");
  expect(countText(1010)).toMatch(/^1\s010$/);
  expect(ofText(9, 10)).toBe("9 из 10");
});

test("changes: percentage points for shares, «без изменений» when they round to nothing", () => {
  expect(changeText(0.052, "share")).toBe("+5,2 п.п.");
  expect(changeText(-0.1, "share")).toBe("-10 п.п.");
  expect(changeText(0.0004, "share")).toBe("без изменений");
  expect(changeText(-3, "count")).toBe("-3");
  expect(changeText(0.44, "mean")).toBe("+0,4");
});

test("the cells' number format writes the same «37,5 %»: a literal space before the sign", () => {
  expect(PERCENT_FORMAT).toBe('0.0" "%');
});
