/**
 * The depersonalisation guard (assertDepersonalised) looks names up by runs of words instead of
 * comparing every text with every name (which was quadratic: minutes for 100,000 people). Property:
 * on any names and texts it decides exactly as that plain comparison does — same refusal, same
 * text, same name. (bench/report has the figures for 100,000 people.)
 */
import fc from "fast-check";
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WritePlan } from "../../src/domain/plan/writePlan";
import { assertDepersonalised, PersonalDataError } from "../../src/domain/report/depersonalise";
import { personKey } from "../../src/domain/text/normalize";
import { mentee, mentor, pair, school } from "../domain/builders";

const WORDS = ["Иванова", "Анна", "Петровна", "ёлкина", "Алёна", "Ивановский", "район", "Школа", "№", "5"];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(",", " ", "  ", "(", "—")), { maxLength: 8 })
  .map((w) => w.join(" "));

const words = (s: string) =>
  ` ${personKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/** The plain comparison the guard must agree with: every text against every name, in order. */
function plain(texts: readonly string[], names: readonly string[]): { text: string; name: string } | null {
  const needles = names.map((n) => ({ n, key: words(n) })).filter((x) => x.key.trim() !== "");
  for (const t of texts) {
    const hay = words(t);
    for (const { n, key } of needles) {
      const oneWord = !key.trim().includes(" ");
      if (oneWord ? hay === key : hay.includes(key)) return { text: t, name: n };
    }
  }
  return null;
}

const planOf = (texts: readonly string[]): WritePlan => ({
  sheets: [
    {
      name: "Мониторинг",
      mode: "replace",
      blocks: texts.map((t, i) => ({ row: i + 1, col: 1, values: [[t]] })),
    },
  ],
});

test("decides as every-text-against-every-name does, on any names and texts", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
      fc.array(text, { maxLength: 6 }),
      (names, texts) => {
        // Mentors first, in order: the guard's names come in workbook order.
        const wb = evaluateWorkbook(
          school({
            mentors: names.map((n) => mentor(n)),
            mentees: [mentee("Зуева Ольга Игоревна")],
            pairs: [pair("1", names[0], "Зуева Ольга Игоревна")],
          }),
        ).wb;
        const all = [
          ...new Map(wb.mentors.map((m) => [personKey(m.name ?? ""), m.name ?? ""])).values(),
          "Зуева Ольга Игоревна",
        ];
        const want = plain(["Мониторинг", ...texts], all);
        let got: { text: string; name: string } | null = null;
        try {
          assertDepersonalised(planOf(texts), wb);
        } catch (e) {
          if (!(e instanceof PersonalDataError)) throw e;
          got = { text: e.found.text, name: e.personName };
        }
        expect(got).toEqual(want);
      },
    ),
    { numRuns: 500 },
  );
});
