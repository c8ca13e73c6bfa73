/**
 * Enum values written as text (workbook.md, "Enums"): the normalised text looked up among the
 * allowed values and synonyms, then the prefix readings (i), then — in «Форма наставничества» —
 * the form with a kind in parentheses «F (K)». Linear: one normalisation pass, lookups, prefix tests.
 */
import type { EnumSpec } from "../template/enums";
import { normalizeEnum } from "../text/normalize";

export interface EnumTextRead<T extends string = string> {
  readonly value: T;
  /** Read by a prefix reading (i). */
  readonly note: boolean;
}

const hasDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/** The canonical value of a normalised key by the spec's prefix readings, or undefined. */
export function enumByPrefix<T extends string>(key: string, spec: EnumSpec<T>): T | undefined {
  for (const p of spec.prefixes) {
    for (const word of p.words) {
      if (!key.startsWith(`${word} `)) continue;
      if (!p.digitAfter || hasDigit(key.slice(word.length))) return p.value;
    }
  }
  return undefined;
}

/** The value of an enum text, or null (F003). */
export function readEnumText<T extends string>(text: string, spec: EnumSpec<T>): EnumTextRead<T> | null {
  const key = normalizeEnum(text);
  const exact = spec.lookup.get(key);
  if (exact !== undefined) return { value: exact, note: false };
  const prefixed = enumByPrefix(key, spec);
  return prefixed === undefined ? null : { value: prefixed, note: true };
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
