/** The enum comparison form is idempotent and makes every dash spelling meet. */
import fc from "fast-check";
import { normalizeEnum } from "../../../src/domain/text/normalize";

const DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"];

it("is idempotent on any text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), (s) => {
      expect(normalizeEnum(normalizeEnum(s))).toBe(normalizeEnum(s));
    }),
  );
});

it("is idempotent on text made of words, dashes and spaces", () => {
  const piece = fc.constantFrom("Учитель", "ученик", "Ё", " ", "  ", ...DASHES);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join("");
      expect(normalizeEnum(normalizeEnum(s))).toBe(normalizeEnum(s));
    }),
  );
});

it("makes «left <dash> right» the same whatever the dash and the spaces around it", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...DASHES),
      fc.constantFrom("", " ", "   "),
      fc.constantFrom("", " ", "  "),
      (dash, before, after) => {
        expect(normalizeEnum(`Студент${before}${dash}${after}ученик`)).toBe("студент – ученик");
      },
    ),
  );
});

it("lower-cases and turns ё into е", () => {
  expect(normalizeEnum("Перенесён")).toBe("перенесен");
  expect(normalizeEnum("ЗАВЕРШЁН")).toBe("завершен");
});
