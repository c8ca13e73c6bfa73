/**
 * The print setup of sheets written for people (the report's «Мониторинг», the consolidation's
 * «Итоги»): A4 landscape, fitted to one page wide, the heading rows repeated on every page, the
 * page number in the footer, narrow margins so the tables print large enough to read.
 */
import type { PrintPlan } from "./writePlan";

export const PAGE_FOOTER = "Страница &P из &N";

const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 } as const;

/** `titleRows` e.g. `$1:$4`; `breaksBefore`: rows that start a new page (a chart band, a section). */
export function reportPrint(titleRows: string, breaksBefore: readonly number[] = []): PrintPlan {
  return {
    orientation: "landscape",
    fitToWidth: true,
    titleRows,
    footer: PAGE_FOOTER,
    margins: MARGINS,
    ...(breaksBefore.length > 0 ? { breaksBefore } : {}),
  };
}

/** Points per line of Calibri 11, and what a row adds around its text. */
const LINE_POINTS = 15;
const ROW_PADDING = 2;

/**
 * The height of a row whose texts wrap in columns of the given widths (characters): enough lines
 * for the longest, counting a character as one unit of column width, which errs on the tall side
 * for Cyrillic text, so nothing is cut when printed. Null when every text fits on one line.
 */
export function wrappedRowHeight(texts: readonly { text: string; width: number }[]): number | null {
  const lines = Math.max(1, ...texts.map((t) => Math.ceil(t.text.length / Math.max(1, t.width - 1))));
  return lines === 1 ? null : lines * LINE_POINTS + ROW_PADDING;
}
