/** Russian number agreement for the explanations («1 год», «2 года», «5 лет»). */

/** The form of a noun after an integer: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const mod100 = abs % 100;
  const mod10 = abs % 10;
  if (mod100 >= 11 && mod100 <= 14) return many;
  if (mod10 === 1) return one;
  if (mod10 >= 2 && mod10 <= 4) return few;
  return many;
}

const oneDecimal = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

/** «21 год», «3 года», «2,5 года» (a fraction takes the genitive singular). */
export function years(n: number): string {
  const shown = oneDecimal.format(n);
  if (!Number.isInteger(n)) return `${shown} года`;
  return `${shown} ${plural(n, "год", "года", "лет")}`;
}
