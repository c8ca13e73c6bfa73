/**
 * Short names on «Пары» (workbook.md, Persons): a «Наставник» or «Наставляемый» that is not the
 * ФИО key of a person may still name one — «Петров С.Н.», «Петров С. Н.», «Петров С.», «Баранов
 * Артём» — when it has 2 or 3 words, the first is the person's surname and each further word is
 * the person's word in that position or its initial followed by «.».
 */

/** A person with a ФИО key (the first row of that key on its sheet). */
interface Keyed {
  readonly key: string | undefined;
}

export interface NameResolution<P> {
  /** The person named, by key or as the short name of exactly one person. */
  readonly person: P | undefined;
  /** True when the person was found by a short name (F008). */
  readonly short: boolean;
  /** Persons a short name fits when it fits several («несколько лиц»); empty otherwise. */
  readonly several: readonly P[];
}

const INITIALS = /^(?:\p{L}\.)+$/u;

/** The words of a name key, initials written together split: «с.н.» → «с.», «н.». */
export function nameWords(key: string): string[] {
  const words: string[] = [];
  for (const w of key.split(" ")) {
    if (w.length > 2 && w.length <= 16 && INITIALS.test(w)) {
      for (let i = 0; i < w.length; i += 2) words.push(w.slice(i, i + 2));
    } else words.push(w);
  }
  return words;
}

/** Whether the words of a short name fit a person's key words. */
function fits(short: readonly string[], person: readonly string[]): boolean {
  if (short[0] !== person[0]) return false;
  for (let i = 1; i < short.length; i++) {
    const w = short[i];
    const p = person[i];
    if (p === undefined) return false;
    const initial = w.length === 2 && w[1] === "." && w[0] === p[0];
    if (w !== p && !initial) return false;
  }
  return true;
}

const NOBODY: NameResolution<never> = { person: undefined, short: false, several: [] };

/**
 * Resolves names against the persons of one sheet. Each name is resolved once (a mentor is named on
 * many rows); the surname index is built on first need.
 */
export class NameResolver<P extends Keyed> {
  private bySurname: Map<string, { person: P; words: string[] }[]> | null = null;
  private readonly resolved = new Map<string, NameResolution<P>>();

  constructor(private readonly byKey: ReadonlyMap<string, P>) {}

  resolve(key: string | undefined): NameResolution<P> {
    if (key === undefined) return NOBODY;
    let r = this.resolved.get(key);
    if (r === undefined) {
      r = this.resolveKey(key);
      this.resolved.set(key, r);
    }
    return r;
  }

  private resolveKey(key: string): NameResolution<P> {
    const exact = this.byKey.get(key);
    if (exact) return { person: exact, short: false, several: NOBODY.several };
    const words = nameWords(key);
    if (words.length < 2 || words.length > 3) return NOBODY;
    const named = (this.index().get(words[0]) ?? []).filter((p) => fits(words, p.words)).map((p) => p.person);
    if (named.length === 1) return { person: named[0], short: true, several: NOBODY.several };
    return { person: undefined, short: false, several: named };
  }

  private index(): Map<string, { person: P; words: string[] }[]> {
    if (this.bySurname === null) {
      this.bySurname = new Map();
      for (const person of this.byKey.values()) {
        const words = person.key!.split(" ");
        const list = this.bySurname.get(words[0]);
        if (list) list.push({ person, words });
        else this.bySurname.set(words[0], [{ person, words }]);
      }
    }
    return this.bySurname;
  }
}
