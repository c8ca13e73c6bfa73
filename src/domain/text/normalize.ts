/**
 * The normalisations of workbook.md. Each is applied alike to both sides of a comparison
 * (cell and catalogue), so synonyms and spellings meet in one form.
 *
 * Every function here runs in time linear in its input, whatever the input: cell text comes from
 * other people's files, and a regular expression such as `\s*-\s*` applied globally is quadratic on
 * a long run of spaces not followed by a dash (a cell «Педагог» + 1,000,000 spaces + «x» once hung
 * the enum normaliser). So the few regular expressions left are single character classes or one
 * quantified class with nothing after it that could overlap; the rest are plain character loops.
 */

const WHITESPACE_RUN = /\s+/g;
/**
 * Whitespace other than single inner spaces: a leading or trailing one, two in a row, or any that
 * is not a plain space. One compiled regex beats a charCodeAt loop on the Cyrillic (two-byte)
 * text of most cells by ~2× (bench/domain), and says what it means. Linear: every alternative is
 * one or two characters long.
 */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

/** Text as a cell contributes it: trimmed, whitespace runs collapsed. */
export function cleanText(s: string): string {
  // Most cells are already clean; testing is cheaper than rebuilding the string.
  return UNCLEAN.test(s) ? s.replace(WHITESPACE_RUN, " ").trim() : s;
}

/** Lower case with ё → е. */
export function lowerYo(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes("ё") ? lower.replace(/ё/g, "е") : lower;
}

/** Every dash character of workbook.md: U+2010–U+2015, U+2212 and the hyphen-minus. */
export function isDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0x2d;
}

/** Quote characters removed by the enum normalisation: « » “ ” „ " '. */
const QUOTES = new Set(["«", "»", "“", "”", "„", '"', "'"]);

// JavaScript's \s: the characters a cell's whitespace runs are made of.
const isSpace = (ch: string): boolean => ch.trim() === "";

/**
 * Enum comparison form: lower case, ё→е, quotes removed, every dash with any spaces around it →
 * « – », whitespace runs → one space, trimmed. One pass over the characters.
 */
export function normalizeEnum(s: string): string {
  // Enum cells repeat the same few texts thousands of times: remember the recent ones.
  let v = enumCache.get(s);
  if (v === undefined) {
    v = enumForm(lowerYo(s));
    if (enumCache.size >= CACHE_MAX) enumCache.clear();
    enumCache.set(s, v);
  }
  return v;
}

function enumForm(s: string): string {
  let out = "";
  // A separator waiting to be written before the next kept character: none, a space, or « – ».
  let pending: "" | " " | " – " = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (QUOTES.has(ch)) continue;
    if (isDash(ch.charCodeAt(0))) {
      pending = " – ";
      continue;
    }
    if (isSpace(ch)) {
      if (pending === "") pending = " ";
      continue;
    }
    // A dash at the very start or end is kept as written (trimmed), as the v1 form did.
    if (pending !== "") out += out === "" ? pending.trimStart() : pending;
    pending = "";
    out += ch;
  }
  if (pending === " – ") out += out === "" ? "–" : " –";
  return out;
}

/** Bound of each memo: enough for every distinct label of a region, small enough to never matter. */
const CACHE_MAX = 10_000;
const enumCache = new Map<string, string>();

// Dashes and «/» become a space; then everything that is not a letter, digit, «№» or whitespace
// goes. Both are single character classes: linear.
const HEADER_SPACE_CHAR = /[\u2010-\u2015\u2212\-/]/g;
const NOT_HEADER_CHAR = /[^\p{L}\p{N}№\s]/gu;

/**
 * Header comparison form (workbook.md, "Reading a workbook"): lower case; ё→е; dashes and «/» → a
 * space; other characters that are not letters, digits, «№» or whitespace removed; whitespace
 * collapsed; trimmed. «Ф.И.О.» → «фио», «Предмет/направление» = «Предмет / направление».
 */
export function normalizeHeader(s: string): string {
  // Headers and catalogue labels repeat across every sheet of every file: remember them.
  let v = headerCache.get(s);
  if (v === undefined) {
    v = cleanText(lowerYo(s).replace(HEADER_SPACE_CHAR, " ").replace(NOT_HEADER_CHAR, ""));
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

/** Sheet names are compared after header normalisation (workbook.md v2). */
export function normalizeSheetName(s: string): string {
  return normalizeHeader(s);
}
