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
