/**
 * да/нет written as text (workbook.md, "да/нет"): the word lists, a leading да/нет followed by
 * punctuation, a sentence ending in «получено», and in the five document items of «Сведения» a
 * reference to the document. Each is a lookup or a prefix/suffix test: linear in the text.
 */
import { cleanText, isDash, lowerYo } from "../text/normalize";
import { fullDate, MAX_DATE_TEXT, stripYearSuffix } from "./dateText";

export interface YesNoTextRead {
  readonly value: boolean;
  /** A reading marked (i): text after the punctuation, words before «получено», a reference. */
  readonly note: boolean;
}

const YES = [
  "да",
  "+",
  "1",
  "true",
  "yes",
  "истина",
  "✓",
  "✔",
  "v",
  "есть",
  "имеется",
  "в наличии",
  "получено",
  "получен",
  "получена",
  "разработана",
  "разработан",
  "разработано",
];
const NO = [
  "нет",
  "-",
  "0",
  "false",
  "no",
  "ложь",
  "отсутствует",
  "не имеется",
  "нет в наличии",
  "не получено",
  "не получен",
  "не получена",
];
/** Lower-case text (ё→е) → да/нет. */
export const YES_NO_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...YES.map((t) => [lowerYo(t), true] as const),
  ...NO.map((t) => [lowerYo(t), false] as const),
]);

const LEADING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "("]);
const RECEIVED = new Set(["получено", "получен", "получена"]);

/** «да.», «Да (заявление от 01.09.2023)», «нет, …»: a leading да/нет and punctuation. */
function leading(t: string): YesNoTextRead | null {
  for (const [word, value] of [
    ["да", true],
    ["нет", false],
  ] as const) {
    if (!t.startsWith(word)) continue;
    let i = word.length;
    while (t[i] === " ") i++;
    if (i >= t.length) return null;
    const ch = t[i];
    if (!LEADING_PUNCTUATION.has(ch) && !isDash(ch.charCodeAt(0))) return null;
    return { value, note: t.slice(i + 1).trim() !== "" };
  }
  return null;
}

/** «согласие родителей получено» (да), «согласие не получено» (нет). */
function endsWithReceived(t: string): YesNoTextRead | null {
  const text = t.endsWith(".") ? t.slice(0, -1) : t;
  const cut = text.lastIndexOf(" ");
  if (cut < 0 || !RECEIVED.has(text.slice(cut + 1))) return null;
  const before = text.slice(0, cut);
  const prev = before.slice(before.lastIndexOf(" ") + 1);
  return { value: prev !== "не", note: true };
}

// A full date anywhere in a text: each pattern's quantifiers are bounded, so scanning is linear.
const DATE_INSIDE = [
  /\d{1,2}\.\d{1,2}\.\d{2,4}/g,
  /\d{4}-\d{2}-\d{2}/g,
  /\d{1,2}\/\d{1,2}\/\d{4}/g,
  /["«“„']?\d{1,2}["»”“']? [а-я]{3,8} \d{4}/g,
];

/** A text citing a document: it contains «№» or a full date. */
export function citesDocument(t: string): boolean {
  if (t.includes("№")) return true;
  for (const re of DATE_INSIDE) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[0].length <= MAX_DATE_TEXT && fullDate(stripYearSuffix(m[0])) !== null) return true;
    }
  }
  return false;
}

/** да/нет of a text, or null (F002). `documentRef`: the document items of «Сведения». */
export function readYesNoText(text: string, documentRef = false): YesNoTextRead | null {
  const t = lowerYo(cleanText(text));
  const word = YES_NO_WORDS.get(t);
  if (word !== undefined) return { value: word, note: false };
  if (t.length === 1 && isDash(t.charCodeAt(0))) return { value: false, note: false };
  const r = leading(t) ?? endsWithReceived(t);
  if (r) return r;
  if (documentRef && citesDocument(t)) return { value: true, note: true };
  return null;
}
