/** Numeric cells in a date column are serials of the workbook's date system; the time part is dropped. */
import { readDate } from "../../../src/domain/values/parse";
import { isoOf } from "../../../src/domain/values/dates";

const read1900 = (serial: number) => {
  const r = readDate(serial, false);
  return r.state === "ok" ? isoOf(r.value) : r.state;
};
const read1904 = (serial: number) => {
  const r = readDate(serial, true);
  return r.state === "ok" ? isoOf(r.value) : r.state;
};

describe("1900 date system", () => {
  // 2024-01-01 is serial 45292; 20.12.2024 is day 355 of the leap year 2024 → 45292 + 354.
  it.each([
    [45292, "2024-01-01"],
    [45646, "2024-12-20"],
    [45536, "2024-09-01"],
    [36526, "2000-01-01"],
  ])("serial %d is %s", (serial, iso) => {
    expect(read1900(serial)).toBe(iso);
  });

  it("drops the time part of a serial (18:00 on 20.12.2024 is still 20.12.2024)", () => {
    expect(read1900(45646.75)).toBe("2024-12-20");
    expect(read1900(45646.999988)).toBe("2024-12-20");
  });

  it("counts 1900-01-01 as serial 1", () => {
    expect(read1900(1)).toBe("1900-01-01");
  });

  it("handles Excel's fictitious 29.02.1900: 59 is 28.02, 61 is 01.03, 60 names no real day", () => {
    expect(read1900(59)).toBe("1900-02-28");
    expect(read1900(61)).toBe("1900-03-01");
    expect(read1900(60)).toBe("bad");
  });

  it("rejects serial 0 (00.01.1900) and negative serials", () => {
    expect(read1900(0)).toBe("bad");
    expect(read1900(-3)).toBe("bad");
  });
});

describe("1904 date system", () => {
  it("counts from 01.01.1904 = serial 0", () => {
    expect(read1904(0)).toBe("1904-01-01");
    expect(read1904(59)).toBe("1904-02-29");
  });

  it("is 1462 days behind the 1900 system", () => {
    expect(read1904(45646 - 1462)).toBe("2024-12-20");
    expect(read1904(45646 - 1462 + 0.5)).toBe("2024-12-20");
  });
});

describe("date cells", () => {
  it("reads a date cell as its calendar day", () => {
    const r = readDate({ kind: "date", iso: "2024-09-01" }, false);
    expect(r.state === "ok" && isoOf(r.value)).toBe("2024-09-01");
  });

  it("reads a date cell the same in a 1904 workbook (the adapter already gave the day)", () => {
    const r = readDate({ kind: "date", iso: "2024-09-01" }, true);
    expect(r.state === "ok" && isoOf(r.value)).toBe("2024-09-01");
  });

  it("does not read booleans or error cells as dates", () => {
    expect(readDate(true, false).state).toBe("bad");
    expect(readDate({ kind: "error", text: "#N/A" }, false).state).toBe("bad");
  });
});
