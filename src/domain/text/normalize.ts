/**
 * The normalisations of workbook.md. Each is applied alike to both sides of a comparison
 * (cell and catalogue), so synonyms and spellings meet in one form.
 */

const WHITESPACE_RUN = /\s+/g;
// Every dash character (U+2010–U+2015, U+2212, hyphen-minus) with any spaces around it.
const DASH_WITH_SPACES = /\s*[\u2010-\u2015\u2212-]\s*/g;
// Header normalisation keeps letters, digits, «№» and spaces; everything else goes.
const NOT_HEADER_CHAR = /[^\p{L}\p{N}№\s]/gu;

/** Text as a cell contributes it: trimmed, whitespace runs collapsed. */
export function cleanText(s: string): string {
  return s.replace(WHITESPACE_RUN, " ").trim();
}

const lowerYo = (s: string): string => s.toLowerCase().replace(/ё/g, "е");

/** Enum comparison form: lower case, ё→е, dashes → « – », whitespace collapsed, trimmed. */
export function normalizeEnum(s: string): string {
  return cleanText(lowerYo(s).replace(DASH_WITH_SPACES, " – "));
}

/** Header comparison form: lower case, ё→е, only letters/digits/№, whitespace collapsed. */
export function normalizeHeader(s: string): string {
  return cleanText(lowerYo(s).replace(NOT_HEADER_CHAR, ""));
}

/** ФИО key: trimmed, whitespace collapsed, ё→е, case-insensitive. */
export function personKey(s: string): string {
  return cleanText(lowerYo(s));
}

/** Sheet names are matched case-insensitively after trimming. */
export function normalizeSheetName(s: string): string {
  return s.trim().toLowerCase();
}
