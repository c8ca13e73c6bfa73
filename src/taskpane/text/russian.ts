/** Russian number agreement: plural(5, ["строка", "строки", "строк"]) → "строк". */
export function plural(n: number, [one, few, many]: readonly [string, string, string]): string {
  const mod100 = Math.abs(n) % 100;
  const mod10 = mod100 % 10;
  if (mod100 >= 11 && mod100 <= 14) return many;
  if (mod10 === 1) return one;
  if (mod10 >= 2 && mod10 <= 4) return few;
  return many;
}

/** «5 строк», «2 строки», «1 строка». */
export const countOf = (n: number, forms: readonly [string, string, string]) => `${n} ${plural(n, forms)}`;

export const ROWS_NOMINATIVE = ["строка", "строки", "строк"] as const;
export const ROWS_ACCUSATIVE = ["строку", "строки", "строк"] as const;
