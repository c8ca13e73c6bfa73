/**
 * The normalisations of workbook.md. Each is applied alike to both sides of a comparison
 * (cell and catalogue), so synonyms and spellings meet in one form.
 */

const WHITESPACE_RUN = /\s+/g;

/** True when the text has whitespace other than single inner spaces (checked without a regex: hot path). */
function needsCleaning(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let prevSpace = true; // a leading space counts as "after a space"
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (
      c < 32 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      return true;
    } else prevSpace = false;
  }
  return prevSpace; // a trailing space
}
// Every dash character (U+2010–U+2015, U+2212, hyphen-minus) with any spaces around it.
const DASH_WITH_SPACES = /\s*[\u2010-\u2015\u2212-]\s*/g;
// Header normalisation keeps letters, digits, «№» and spaces; everything else goes.
const NOT_HEADER_CHAR = /[^\p{L}\p{N}№\s]/gu;

/** Text as a cell contributes it: trimmed, whitespace runs collapsed. */
export function cleanText(s: string): string {
  // Most cells are already clean; testing is cheaper than rebuilding the string.
  return needsCleaning(s) ? s.replace(WHITESPACE_RUN, " ").trim() : s;
}

const lowerYo = (s: string): string => {
  const lower = s.toLowerCase();
  return lower.includes("ё") ? lower.replace(/ё/g, "е") : lower;
};

/** Enum comparison form: lower case, ё→е, dashes → « – », whitespace collapsed, trimmed. */
export function normalizeEnum(s: string): string {
  // Enum cells repeat the same few texts thousands of times: remember the recent ones.
  let v = enumCache.get(s);
  if (v === undefined) {
    v = cleanText(lowerYo(s).replace(DASH_WITH_SPACES, " – "));
    if (enumCache.size >= CACHE_MAX) enumCache.clear();
    enumCache.set(s, v);
  }
  return v;
}
/** Bound of each memo: enough for every distinct label of a region, small enough to never matter. */
const CACHE_MAX = 10_000;
const enumCache = new Map<string, string>();

/** Header comparison form: lower case, ё→е, only letters/digits/№, whitespace collapsed. */
export function normalizeHeader(s: string): string {
  // Headers and catalogue labels repeat across every sheet of every file: remember them.
  let v = headerCache.get(s);
  if (v === undefined) {
    v = cleanText(lowerYo(s).replace(NOT_HEADER_CHAR, ""));
    if (headerCache.size >= CACHE_MAX) headerCache.clear();
    headerCache.set(s, v);
  }
  return v;
}
const headerCache = new Map<string, string>();

/** ФИО key: trimmed, whitespace collapsed, ё→е, case-insensitive. */
export function personKey(s: string): string {
  return cleanText(lowerYo(s));
}

/** Sheet names are matched case-insensitively after trimming. */
export function normalizeSheetName(s: string): string {
  return s.trim().toLowerCase();
}
