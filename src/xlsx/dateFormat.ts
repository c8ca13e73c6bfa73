/** Whether an Excel number format shows a date or time (so the number under it is a serial date). */

// Literal text in a format never formats a date: "quoted", \escaped, _spacing and *fill characters,
// and [bracketed] parts (colours, conditions, locales such as [$-419]).
const LITERALS = /"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g;
// Date and time tokens are case-insensitive in Excel: d, m, y, h, s.
const DATE_TOKEN = /[dmyhs]/i;

export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  return DATE_TOKEN.test(format.replace(LITERALS, ""));
}
