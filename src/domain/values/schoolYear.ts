/**
 * «Учебный год» (workbook.md): `YYYY/YYYY`, `YYYY-YYYY`, `YYYY–YYYY` (any dash), `YYYY/YY`,
 * `YYYY-YY`, each optionally followed by «учебный год», «уч. год», «г.», «гг.» or «г.г.». The
 * canonical form is `YYYY/YYYY`; the years must be consecutive.
 */
import { cleanText, lowerYo } from "../text/normalize";

const SCHOOL_YEAR =
  /^(\d{4}) ?[/\u2010-\u2015\u2212-] ?(\d{4}|\d{2})(?: (?:учебный год|уч\. год|г\.|гг\.|г\.г\.))?$/;

/** The first calendar year of a «Учебный год» text, or null (O002). */
export function parseSchoolYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = lowerYo(cleanText(text));
  if (t.length > 40) return null;
  const m = SCHOOL_YEAR.exec(t);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const consecutive = m[2].length === 4 ? second === first + 1 : second === (first + 1) % 100;
  return consecutive ? first : null;
}
