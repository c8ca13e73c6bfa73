/**
 * Excel's escaping inside text (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): a character XML cannot
 * carry, such as a control character, is written `_xHHHH_`, and a literal `_x…_` is protected as
 * `_x005F_x…_`. Decoded left to right, so `_x005F_x0041_` is the text «_x0041_».
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXString(text: string): string {
  return text.includes("_x")
    ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
