/**
 * Extra columns (cli.md "Import" 9): source columns no template column takes are appended to the
 * target table with their own headers. Sources with the same target share them by normalised
 * header; the k-th column of a header on one sheet takes the k-th extra column of that header.
 */
import { columnLetter } from "../issues";
import { normalizeHeader } from "../text/normalize";
import type { ExtraColumn } from "./model";

/** The header an extra column gets: its own text, or «Столбец K» for a column without one. */
export const extraHeaderOf = (text: string | null, col: number): string =>
  text ?? `Столбец ${columnLetter(col)}`;

export class ExtraColumnSet {
  private readonly cols: { header: string; norm: string }[] = [];

  /** Extra column indexes for one source sheet's extra columns, by header, in order. */
  assign(headers: readonly string[]): number[] {
    const seen = new Map<string, number>();
    return headers.map((header) => {
      const norm = normalizeHeader(header) || header;
      const k = seen.get(norm) ?? 0;
      seen.set(norm, k + 1);
      let n = 0;
      for (let i = 0; i < this.cols.length; i++) {
        if (this.cols[i].norm !== norm) continue;
        if (n === k) return i;
        n++;
      }
      this.cols.push({ header, norm });
      return this.cols.length - 1;
    });
  }

  get columns(): readonly ExtraColumn[] {
    return this.cols.map((c) => ({ header: c.header }));
  }
}

/**
 * Headers of a table made unique: Excel refuses a table whose column names repeat (compared
 * without case). A repeat gets « (2)», « (3)»…; the template's headers come first and keep theirs.
 */
export function uniqueHeaders(fixed: readonly string[], extra: readonly string[]): string[] {
  const taken = new Set(fixed.map((h) => h.toLowerCase()));
  return extra.map((h) => {
    let name = h;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${h} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}
