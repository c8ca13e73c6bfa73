/** Small pieces of the adapter: date formats, A1 addresses, file sniffing. */
import { cellAddress, columnLetters, rangeAddress } from "../../src/xlsx/address";
import { isDateFormat } from "../../src/domain/values/numberFormat";
import { sniffFile } from "../../src/xlsx/sniff";

test.each([
  ["dd.mm.yyyy", true],
  ["DD.MM.YYYY", true],
  ["[$-419]D MMMM YYYY", true],
  ["yyyy-mm-dd hh:mm", true],
  ["h:mm", true],
  ["General", false],
  ["@", false],
  ["0.00", false],
  ["0.0%", false],
  ['0 "дней"', false],
  ["[Red]0.00", false],
  ['# ##0,00\\ "₽"', false],
  ["", false],
])("isDateFormat(%j) = %j", (format, expected) => {
  expect(isDateFormat(format)).toBe(expected);
});

test("A1 addresses", () => {
  expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "AZ",
    "ZZ",
    "AAA",
    "XFD",
  ]);
  expect(cellAddress(7, 3)).toBe("C7");
  expect(rangeAddress(2, 1, 501, 1)).toBe("A2:A501");
});

test("sniffing the first bytes", () => {
  expect(sniffFile(new Uint8Array())).toBe("empty");
  expect(sniffFile(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("zip");
  const cfb = new Uint8Array(600);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(sniffFile(cfb)).toBe("compound");
  cfb.set(Buffer.from("EncryptedPackage", "utf16le"), 500);
  expect(sniffFile(cfb)).toBe("encrypted-ooxml");
  expect(sniffFile(new TextEncoder().encode("<html>"))).toBe("other");
});
