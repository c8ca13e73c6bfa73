/**
 * An order written in one cell (workbook.md, "Order in one cell"): `№ N` (also «N», «No» before N;
 * N runs to the next space, comma or semicolon) and `от <full date>`, in either order, any text
 * around: «№ 145-од от 01.09.2023», «Приказ от 01.09.2023 № 145-од».
 */
import { cleanText, lowerYo } from "../text/normalize";
import { fullDate, stripYearSuffix } from "./dateText";
import type { DayNumber } from "./dates";

export interface OrderRef {
  readonly number: string | undefined;
  readonly date: DayNumber | undefined;
}

/** An order reference is a line of text; a longer cell is not searched (nothing is found). */
export const MAX_ORDER_TEXT = 300;

const isBreak = (ch: string | undefined) => ch === undefined || ch === " " || ch === "," || ch === ";";

/**
 * The order number: the run after «№», or after a separate word «N» / «No». When the text has
 * several («к приказу МБОУ «Гимназия № 3» от 02.09.2024 № 112-о»), the one nearest «от <date>»
 * is the order's: a school's name often carries a «№» too.
 */
function numberOf(t: string, near: { from: number; to: number } | undefined): string | undefined {
  const words = t.split(" ");
  let best: { n: string; distance: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let rest: string | undefined;
    if (w.startsWith("№")) rest = w.slice(1);
    else if (w === "N" || w === "No" || w === "NO" || w === "no") rest = "";
    if (rest === undefined) continue;
    // «№145-од» carries the number in the same word; «№ 145-од» in the next one.
    const run = rest !== "" ? rest : (words[i + 1] ?? "");
    let end = 0;
    while (!isBreak(run[end])) end++;
    const n = run.slice(0, end);
    if (n === "") continue;
    if (near === undefined) return n;
    const distance = i < near.from ? near.from - i : i - near.to;
    if (best === undefined || distance < best.distance) best = { n, distance };
  }
  return best?.n;
}

/**
 * The date after a word «от» (up to four following words tried as a full date, «1 сентября 2023
 * г.») and the words it spans, «от» included.
 */
function dateOf(t: string): { date: DayNumber; from: number; to: number } | undefined {
  const words = lowerYo(t).split(" ");
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] !== "от") continue;
    for (let n = 1; n <= 4 && i + n < words.length; n++) {
      const candidate = words
        .slice(i + 1, i + 1 + n)
        .join(" ")
        .replace(/[,;]$/, "");
      const d = fullDate(stripYearSuffix(candidate));
      if (d !== null) return { date: d, from: i, to: i + n };
    }
  }
  return undefined;
}

export function readOrderRef(text: string): OrderRef {
  // One order fixes many pairs: each text is read once. (A longer cell is no reference: not kept.)
  if (text.length > MAX_ORDER_TEXT * 2) return NONE;
  let r = memo.get(text);
  if (r === undefined) {
    const t = cleanText(text);
    if (t.length > MAX_ORDER_TEXT) r = NONE;
    else {
      const date = dateOf(t);
      r = { number: numberOf(t, date), date: date?.date };
    }
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, r);
  }
  return r;
}
const NONE: OrderRef = { number: undefined, date: undefined };
const MEMO_MAX = 10_000;
const memo = new Map<string, OrderRef>();
