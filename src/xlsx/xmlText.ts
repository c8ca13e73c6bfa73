/**
 * Text that can be written into a workbook's XML. XML 1.0 cannot hold most C0 control characters,
 * lone surrogates or the non-characters U+FFFE / U+FFFF — one of them makes sharedStrings.xml
 * ill-formed, and Excel offers to «repair» the file (dropping the text). They reach a plan from
 * other files: a cell read as «_x001B_» is a real ESC; a U+FFFE arrives the same way.
 *
 * Cell text is written the way Excel itself writes such characters: as its escape «_xHHHH_», which
 * Excel (and every reader) turns back into the character — so nothing the school typed is lost —
 * with a literal «_xHHHH_» in the text protected as «_x005F_xHHHH_». Other texts (headers, names,
 * titles, prompts), which Excel does not unescape there, get U+FFFD in place of such a character.
 * Lone surrogates cannot be written in UTF-8 at all and become U+FFFD everywhere.
 */

/** Excel refuses a file with a cell text over 32,767 characters. */
export const MAX_CELL_TEXT = 32_767;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const EXCEL_ESCAPE = /_x[0-9A-Fa-f]{4}_/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** The first `max` characters, never ending in half a surrogate pair. */
function truncated(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, cut);
}

/** A cell's text as it is written: within Excel's length, every character XML cannot hold escaped. */
export function excelCellText(s: string): string {
  return truncated(s, MAX_CELL_TEXT)
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(EXCEL_ESCAPE, (m) => `_x005F${m}`)
    .replace(NOT_XML, (c) => `_x${hex4(c)}_`);
}

/** Any other text of the file (a header, a title, a prompt): what XML cannot hold becomes U+FFFD. */
export function xmlPlainText(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD").replace(NOT_XML, "\uFFFD");
}

/** Keys whose arrays hold cell values (PlanValue rows), written through excelCellText. */
const CELL_ROWS = new Set(["values", "rows", "appendRows"]);

/**
 * The plan with every text outside the cells made writable (xmlPlainText); the cells' texts are
 * escaped as they are turned into cells (planCell.ts). Walks the whole plan, so a text field added
 * to the plan later is covered too.
 */
export function withXmlSafeTexts<T>(plan: T): T {
  const walk = (v: unknown, inCells: boolean): unknown => {
    if (typeof v === "string") return inCells ? v : xmlPlainText(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, inCells));
    if (v !== null && typeof v === "object") {
      // A link's text goes into a HYPERLINK formula, where Excel does not unescape: plain.
      if (inCells && "link" in v) {
        const link = v as { link: string; text: string };
        return { link: xmlPlainText(link.link), text: xmlPlainText(link.text) };
      }
      if (inCells) return v;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, CELL_ROWS.has(k))]));
    }
    return v;
  };
  return walk(plan, false) as T;
}

/**
 * Text inside XML parts the writer makes itself (charts, drawings): writable (xmlPlainText) and
 * escaped for an element or an attribute.
 */
export function xmlText(s: string): string {
  return xmlPlainText(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The reverse, for names read back from the parts ExcelJS wrote. */
export function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}
