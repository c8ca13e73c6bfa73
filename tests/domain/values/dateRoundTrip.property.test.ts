/** Properties of date reading: text ↔ day and serial ↔ day round trips. */
import fc from "fast-check";
import { readDate } from "../../../src/domain/values/parse";
import { dayFromSerial, daysInMonth, isoOf, serialFromDay, validDay } from "../../../src/domain/values/dates";
import { day } from "../builders";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Any existing calendar day between 1901 and 2199. */
const ymd = fc
  .record({
    y: fc.integer({ min: 1901, max: 2199 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));

it("formatting a valid day as ДД.ММ.ГГГГ and reading it back gives the same day", () => {
  fc.assert(
    fc.property(ymd, ({ y, m, d }) => {
      const r = readDate(`${pad(d)}.${pad(m)}.${pad(y, 4)}`, false);
      expect(r.state).toBe("ok");
      expect(r.state === "ok" && isoOf(r.value)).toBe(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
    }),
  );
});

it("the unpadded Д.М.ГГГГ and the ISO form read as the same day", () => {
  fc.assert(
    fc.property(ymd, ({ y, m, d }) => {
      const a = readDate(`${d}.${m}.${y}`, false);
      const b = readDate(`${y}-${pad(m)}-${pad(d)}`, false);
      expect(a).toEqual(b);
      expect(a.state).toBe("ok");
    }),
  );
});

it("a day that does not exist in the month is never rolled over", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1901, max: 2199 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 29, max: 31 }),
      (y, m, d) => {
        fc.pre(d > daysInMonth(y, m));
        expect(readDate(`${pad(d)}.${pad(m)}.${y}`, false).state).toBe("bad");
        expect(validDay(y, m, d)).toBeNull();
      },
    ),
  );
});

it("1900-system serial → day → serial is the identity for every real day from 01.01.1900", () => {
  const first = day("1900-01-01");
  const last = day("2199-12-31");
  fc.assert(
    fc.property(fc.integer({ min: first, max: last }), (d) => {
      const serial = serialFromDay(d);
      expect(serial).not.toBe(60);
      expect(dayFromSerial(serial, false)).toBe(d);
      // and any time of that day reads as the same day
      expect(dayFromSerial(serial + 0.99, false)).toBe(d);
    }),
  );
});

it("consecutive serials from 61 on are consecutive days", () => {
  fc.assert(
    fc.property(fc.integer({ min: 61, max: 120_000 }), (s) => {
      expect(dayFromSerial(s + 1, false)! - dayFromSerial(s, false)!).toBe(1);
      expect(dayFromSerial(s + 1, true)! - dayFromSerial(s, true)!).toBe(1);
    }),
  );
});
