/**
 * Text from school files on an analyst's terminal. A cell can hold any character — Excel's
 * «_x001B_» is a real ESC once read — and a terminal acts on control characters: ESC sequences
 * retitle or clear it, move the cursor, even answer back; BEL rings; C1 controls (U+0080–U+009F)
 * are escapes on some terminals; bidirectional overrides reorder what is shown. So every line the
 * CLI prints for people shows such characters escaped, as «\x1B» or «\u202E», and JSON shows them as
 * JSON escapes (still valid JSON, same strings). Only the line breaks and tabs the CLI itself puts
 * between lines are kept.
 */
/* eslint-disable no-control-regex -- matching control characters is the point of this file */

/** Control and format characters a terminal may act on, and characters that are not text at all. */
// C0 (but \t and \n), DEL, C1, line/paragraph separators, bidi embeddings/overrides/isolates,
// the BOM-like zero-width no-break space, and the non-characters U+FFFE / U+FFFF.
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(width, "0");

/** «\x1B» for a control character below U+0100, «\u202E» above. */
const shown = (c: string) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/** A line a person reads: every unsafe character escaped. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, shown);
}

/** JSON text with the unsafe characters JSON.stringify leaves raw written as \u escapes. */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${hex(c, 4)}`);
}
