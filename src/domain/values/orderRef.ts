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

/** The order number: the run after «№», or after a separate word «N» / «No». */
function numberOf(t: string): string | undefined {
  const words = t.split(" ");
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
    if (n !== "") return n;
  }
  return undefined;
}

/** The date after a word «от»: up to four following words tried as a full date («1 сентября 2023 г.»). */
function dateOf(t: string): DayNumber | undefined {
  const words = lowerYo(t).split(" ");
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] !== "от") continue;
    for (let n = 1; n <= 4 && i + n < words.length; n++) {
      const candidate = words
        .slice(i + 1, i + 1 + n)
        .join(" ")
        .replace(/[,;]$/, "");
      const d = fullDate(stripYearSuffix(candidate));
      if (d !== null) return d;
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
    r = t.length > MAX_ORDER_TEXT ? NONE : { number: numberOf(t), date: dateOf(t) };
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, r);
  }
  return r;
}
const NONE: OrderRef = { number: undefined, date: undefined };
const MEMO_MAX = 10_000;
const memo = new Map<string, OrderRef>();
