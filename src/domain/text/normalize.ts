/**
 * The normalisations of workbook.md. Each is applied alike to both sides of a comparison
 * (cell and catalogue), so synonyms and spellings meet in one form.
 */

const WHITESPACE_RUN = /\s+/g;
/**
 * Whitespace other than single inner spaces: a leading or trailing one, two in a row, or any that
 * is not a plain space. One compiled regex beats a charCodeAt loop on the Cyrillic (two-byte)
 * text of most cells by ~2× (bench/domain), and says what it means.
 */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

// Every dash character (U+2010–U+2015, U+2212, hyphen-minus) with any spaces around it.
const DASH_WITH_SPACES = /\s*[\u2010-\u2015\u2212-]\s*/g;
// Header normalisation keeps letters, digits, «№» and spaces; everything else goes.
const NOT_HEADER_CHAR = /[^\p{L}\p{N}№\s]/gu;

/** Text as a cell contributes it: trimmed, whitespace runs collapsed. */
export function cleanText(s: string): string {
  // Most cells are already clean; testing is cheaper than rebuilding the string.
  return UNCLEAN.test(s) ? s.replace(WHITESPACE_RUN, " ").trim() : s;
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
  // Each name is keyed on its own row and again in every «Пары» row naming it, and lower-casing
  // Cyrillic is slow: remember the recent ones.
  let v = personCache.get(s);
  if (v === undefined) {
    v = cleanText(lowerYo(s));
    if (personCache.size >= CACHE_MAX) personCache.clear();
    personCache.set(s, v);
  }
  return v;
}
const personCache = new Map<string, string>();

/** Sheet names are matched case-insensitively after trimming. */
export function normalizeSheetName(s: string): string {
  return s.trim().toLowerCase();
}
