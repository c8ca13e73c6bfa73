import fc from "fast-check";
import {
  cellAddress,
  columnIndex,
  columnLetters,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  qualifiedAddress,
  quoteSheetName,
  rectAddress,
} from "./address";

describe("A1 addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [MAX_COLS - 1, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test("column letters round-trip over the whole grid", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLS - 1 }), (c) => columnIndex(columnLetters(c)) === c),
    );
  });

  test("parses cells, ranges, absolute refs, whole columns and rows", () => {
    expect(parseAddress("B3")).toEqual({ rect: { row: 2, col: 1, rowCount: 1, colCount: 1 } });
    expect(parseAddress("$C$2:$A$1")).toEqual({ rect: { row: 0, col: 0, rowCount: 2, colCount: 3 } });
    expect(parseAddress("A:B")!.rect).toEqual({ row: 0, col: 0, rowCount: MAX_ROWS, colCount: 2 });
    expect(parseAddress("$1:$4")!.rect).toEqual({ row: 0, col: 0, rowCount: 4, colCount: MAX_COLS });
    expect(parseAddress("A")).toBeNull();
    expect(parseAddress("A0")).toBeNull();
    expect(parseAddress("XFE1")).toBeNull();
    expect(parseAddress("hello world")).toBeNull();
  });

  test("parses sheet-qualified addresses, quoted or not", () => {
    expect(parseAddress("Пары!A1:C3")).toEqual({
      sheet: "Пары",
      rect: { row: 0, col: 0, rowCount: 3, colCount: 3 },
    });
    expect(parseAddress("'Мои пары'!B2")!.sheet).toBe("Мои пары");
    expect(parseAddress("'It''s'!A1")!.sheet).toBe("It's");
  });

  test("prints like Excel, quoting only sheet names that need it", () => {
    const r = { row: 0, col: 0, rowCount: 3, colCount: 3 };
    expect(qualifiedAddress("Пары", r)).toBe("Пары!A1:C3");
    expect(qualifiedAddress("Sheet1", r)).toBe("Sheet1!A1:C3");
    expect(qualifiedAddress("Мои пары", r)).toBe("'Мои пары'!A1:C3");
    expect(qualifiedAddress("2024", r)).toBe("'2024'!A1:C3");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("Итоги-2")).toBe("'Итоги-2'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(rectAddress({ row: 4, col: 2, rowCount: 1, colCount: 1 })).toBe("C5");
    expect(rectAddress({ row: 0, col: 0, rowCount: 4, colCount: MAX_COLS }, true)).toBe("$1:$4");
    expect(cellAddress(0, 0, true)).toBe("$A$1");
  });

  test("qualified addresses parse back to the same sheet and rectangle", () => {
    const name = fc
      .stringMatching(/^[A-Za-zА-Яа-я0-9 '_.-]{1,12}$/)
      .filter((s) => !s.startsWith("'") && !s.endsWith("'"));
    const rect = fc.record({
      row: fc.integer({ min: 0, max: 5000 }),
      col: fc.integer({ min: 0, max: 300 }),
      rowCount: fc.integer({ min: 1, max: 50 }),
      colCount: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(name, rect, (n, r) => {
        const p = parseAddress(qualifiedAddress(n, r));
        expect(p).toEqual({ sheet: n, rect: r });
      }),
    );
  });
});
