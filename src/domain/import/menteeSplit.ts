/**
 * Several mentees in one cell (cli.md "Import" 4): the raw text split at every run of «,», «;»
 * and line breaks, empty parts dropped, each part trimmed with its whitespace collapsed; it is a
 * list only when that gives at least 2 parts of at least 2 words each. A character loop, not a
 * regular expression around spaces: linear on any text.
 */
import { cleanText } from "../text/normalize";

const SEPARATORS = new Set([",", ";", "\n", "\r"]);

/** The mentees a cell names, or null when it names one («Козлов Д.А., Орлова Е.В.» names two). */
export function splitMentees(raw: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && !SEPARATORS.has(raw[i])) continue;
    const part = cleanText(raw.slice(start, i));
    if (part !== "") parts.push(part);
    start = i + 1;
  }
  if (parts.length < 2) return null;
  return parts.every((p) => p.split(" ").length >= 2) ? parts : null;
}
