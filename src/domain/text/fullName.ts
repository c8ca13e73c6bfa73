/**
 * F006's test of a full name (rules.md), shared by the rule and by the reader's signature rows
 * (workbook.md, non-data rule 5): ≥ 2 words of letters separated by single spaces, an inner hyphen
 * or apostrophe allowed in a word. Tested on the whole name at once (no split into word arrays:
 * every person of every file passes here). Initials («Иванов И.И.») fail because «.» is not a
 * letter. Linear: words are letter runs separated by characters that are not letters.
 */
const NAME_WORD = String.raw`\p{L}+(?:['’-]\p{L}+)*`;
const FULL_NAME = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD})+$`, "u");
// Most names are Cyrillic: a plain character class answers them without the Unicode tables.
const CYRILLIC_WORD = "[А-Яа-яЁё]+(?:['’-][А-Яа-яЁё]+)*";
const CYRILLIC_FULL_NAME = new RegExp(`^${CYRILLIC_WORD}(?: ${CYRILLIC_WORD})+$`);

/** A full name: ≥ 2 words of letters (inner hyphen or apostrophe allowed), not only initials after the first. */
export function isFullName(name: string): boolean {
  return CYRILLIC_FULL_NAME.test(name) || FULL_NAME.test(name);
}
