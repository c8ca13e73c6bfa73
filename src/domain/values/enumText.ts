/**
 * Enum values written as text (workbook.md, "Enums"): the normalised text looked up among the
 * allowed values and synonyms, then the prefix readings (i), then — in «Форма наставничества» —
 * the form with a kind in parentheses «F (K)». Linear: one normalisation pass, lookups, prefix tests.
 */
import type { EnumSpec } from "../template/enums";
import { normalizeEnum } from "../text/normalize";

const hasDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/** The canonical value of a normalised key by the spec's prefix readings (i), or undefined. */
export function enumByPrefix<T extends string>(key: string, spec: EnumSpec<T>): T | undefined {
  for (const p of spec.prefixes) {
    for (const word of p.words) {
      if (!key.startsWith(`${word} `)) continue;
      if (!p.digitAfter || hasDigit(key.slice(word.length))) return p.value;
    }
  }
  return undefined;
}

/**
 * «педагог – педагог (групповая)»: a value of `spec` followed by a value of `kinds` in
 * parentheses, or null.
 */
export function readValueWithKind<T extends string, K extends string>(
  text: string,
  spec: EnumSpec<T>,
  kinds: EnumSpec<K>,
): { value: T; kind: K } | null {
  const key = normalizeEnum(text);
  if (!key.endsWith(")")) return null;
  const open = key.indexOf("(");
  if (open <= 0) return null;
  const value = spec.lookup.get(key.slice(0, open).trim());
  const kind = kinds.lookup.get(key.slice(open + 1, -1).trim());
  return value === undefined || kind === undefined ? null : { value, kind };
}
