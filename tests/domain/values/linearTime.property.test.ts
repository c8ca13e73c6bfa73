/**
 * Every reader of cell text runs in time linear in the text and never throws (architecture.md:
 * each reading is a fixed sequence of anchored patterns per cell). Once a cell «Педагог» followed
 * by a million spaces and «x» hung the enum normaliser: `\s*[-–]\s*` applied globally is quadratic
 * on a long run of spaces not followed by a dash.
 *
 * Wall-clock limits flake on a loaded machine, so the test measures work instead, deterministically:
 * every regular-expression call the readers make is recorded (RegExp.prototype.exec is wrapped —
 * test, replace, split and match all go through it). Then, on adversarial texts of the classic
 * ReDoS shape (prefix + pumped fragment + suffix):
 *  1. a pattern handed an unbounded text must be one of LINEAR_ON_ANY_INPUT below, whose shapes
 *     cannot backtrack (reviewed by hand); every other pattern only ever sees a short text;
 *  2. the characters handed to patterns grow linearly: work(10n) ≤ 10 × work(n) + a constant.
 * And the texts of 10⁶ characters are read within the test timeout (a quadratic reader would
 * take hours).
 */
import fc from "fast-check";
import { analyze } from "../../../src/domain/analysis/analysis";
import { nameWords } from "../../../src/domain/analysis/shortNames";
import { evaluateWorkbook } from "../../../src/domain/engine";
import type { SheetGrid } from "../../../src/domain/grid";
import { findHeaderRow } from "../../../src/domain/read/headerRow";
import { itemLabelKey } from "../../../src/domain/read/readKeyValueSheet";
import { locateListSheet } from "../../../src/domain/read/listSheetRows";
import { allEnums } from "../../../src/domain/template/enums";
import { infoSheet } from "../../../src/domain/template/keyValue";
import { headerColumns, listSheets } from "../../../src/domain/template/sheets";
import { isFullName } from "../../../src/domain/text/fullName";
import { cleanText, normalizeEnum, normalizeHeader, personKey } from "../../../src/domain/text/normalize";
import { readOrderRef } from "../../../src/domain/values/orderRef";
import {
  readDate,
  readEnum,
  readNumber,
  readSettingNumber,
  readYesNo,
} from "../../../src/domain/values/parse";
import { readCell } from "../../../src/domain/values/readCell";
import { parseSchoolYear } from "../../../src/domain/values/schoolYear";
import { mentee, mentor, pair, planItem, school } from "../builders";

/** The longest text a pattern outside LINEAR_ON_ANY_INPUT may be handed. */
const SHORT_TEXT = 400;

/**
 * Patterns that may see any text, each linear by its shape: one character class (optionally
 * repeated) with nothing after it that could match the same characters, alternatives of fixed
 * length, anchored patterns whose quantifiers are bounded (they give up after a few characters),
 * or words separated by characters no word contains.
 */
const LINEAR_ON_ANY_INPUT = new Set([
  String.raw`\s+`, // cleanText: whitespace runs
  String.raw`^\s|\s$|\s\s|[^\S ]`, // cleanText: alternatives of 1–2 characters
  "ё", // lowerYo
  String.raw`[\u2010-\u2015\u2212\-/]`, // normalizeHeader: one character
  String.raw`[^\p{L}\p{N}№\s]`, // normalizeHeader: one character
  String.raw`[^\p{L}\p{N}]`, // non-data rows: one character
  String.raw`^\d{1,4}$`, // non-data rows: bounded, anchored
  // F006's full name: letter runs separated by characters that are not letters.
  String.raw`^[А-Яа-яЁё]+(?:['’-][А-Яа-яЁё]+)*(?: [А-Яа-яЁё]+(?:['’-][А-Яа-яЁё]+)*)+$`,
  String.raw`^\p{L}+(?:['’-]\p{L}+)*(?: \p{L}+(?:['’-]\p{L}+)*)+$`,
  // A date inside a document reference: every quantifier bounded, so each start position costs O(1).
  String.raw`\d{1,2}\.\d{1,2}\.\d{2,4}`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}\/\d{1,2}\/\d{4}`,
  String.raw`["«“„']?\d{1,2}["»”“']? [а-я]{3,8} \d{4}`,
]);

interface Call {
  readonly source: string;
  readonly length: number;
  /** Characters the call could have scanned: from lastIndex to the match end, or to the end. */
  readonly work: number;
}

let calls: Call[] = [];
const exec = RegExp.prototype.exec;

beforeAll(() => {
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, text);
    const to = m && (this.global || this.sticky) ? this.lastIndex : text.length;
    calls.push({ source: this.source, length: text.length, work: Math.max(to - from, 0) + 1 });
    return m;
  } as typeof RegExp.prototype.exec;
});
afterAll(() => {
  RegExp.prototype.exec = exec;
});

/** Runs `f`, returning the pattern calls it made. */
function record(f: () => void): Call[] {
  calls = [];
  f();
  const made = calls;
  calls = [];
  return made;
}

const ctx = { date1904: false, schoolYearFirst: 2024 };
/** Every reader of cell text, by name. */
const readers: Record<string, (s: string) => unknown> = {
  cleanText,
  normalizeEnum,
  normalizeHeader,
  personKey,
  isFullName,
  nameWords: (s) => nameWords(personKey(s)),
  itemLabelKey,
  parseSchoolYear,
  readOrderRef,
  readYesNo: (s) => readYesNo(s),
  readYesNoDocument: (s) => readYesNo(s, true),
  ...Object.fromEntries(
    (["years", "months", "count", "score", "percent", "none"] as const).flatMap((u) => [
      [`readNumber(${u})`, (s: string) => readNumber(s, u)],
      [`readSettingNumber(${u})`, (s: string) => readSettingNumber(s, u)],
    ]),
  ),
  ...Object.fromEntries(allEnums.map((e) => [`readEnum(${e.name})`, (s: string) => readEnum(s, e)])),
  // Every column of the catalogue, with its own readings (dates, periods, orders, «F (K)»…).
  ...Object.fromEntries(
    listSheets.flatMap((sheet) =>
      headerColumns(sheet).map((c) => [
        `${sheet.name}: ${c.header}`,
        (s: string) => readCell(s, c.type, ctx),
      ]),
    ),
  ),
  ...Object.fromEntries(
    infoSheet.items.map((it) => [
      `Сведения: ${it.label}`,
      (s: string) => readCell(s, it.type.kind === "schoolYear" ? { kind: "text" } : it.type, ctx),
    ]),
  ),
  readDateAnyColumn: (s) =>
    readDate(s, ctx, { monthYear: "last", until: true, duringYear: true, yearAlone: true }),
};

/** A grid whose every cell is the text: header search, non-data rules, the «Категория» rule. */
const gridOf = (text: string): SheetGrid => ({
  name: text,
  firstRow: 1,
  firstCol: 1,
  rows: [
    ["ФИО", "Категория", text],
    [text, text, text],
    [text, null, null],
    ["Итого", text, "___"],
  ],
  merges: [{ top: 3, left: 1, bottom: 4, right: 2 }],
});
const gridReaders: Record<string, (s: string) => unknown> = {
  findHeaderRow: (s) => findHeaderRow(gridOf(s), headerColumns(listSheets[0])),
  ...Object.fromEntries(
    listSheets.map((spec) => [
      `locateListSheet(${spec.name})`,
      (s: string) => locateListSheet(gridOf(s), spec),
    ]),
  ),
};

/** Fragments real cells are made of, and the separators between their parts. */
const FRAGMENTS = [
  " ",
  "\u00a0",
  "\n",
  "-",
  "–",
  ".",
  ",",
  "/",
  "(",
  ")",
  "«",
  "»",
  '"',
  "_",
  "№",
  "1",
  "12",
  "2023",
  "г.",
  "г",
  "да",
  "нет",
  "от ",
  "до ",
  "по ",
  "с ",
  "в течение года",
  "сентябрь",
  "сентября",
  "мес.",
  "лет",
  "чел.",
  "балл",
  "%",
  "Педагог",
  "ученик 5",
  "Иванов",
  "И.",
  "ё",
  "x",
  "получено",
  "не",
];
const fragment = fc.constantFrom(...FRAGMENTS);
const piece = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
/** The ReDoS shape: a prefix, a fragment pumped `times` times, a suffix. */
const adversarial = fc.record({ prefix: piece, pump: piece, suffix: piece });
const pumped = (a: { prefix: string; pump: string; suffix: string }, times: number) =>
  a.prefix + a.pump.repeat(times) + a.suffix;

const long = (c: Call) => c.length > SHORT_TEXT && !LINEAR_ON_ANY_INPUT.has(c.source);
const work = (made: readonly Call[]) => made.reduce((s, c) => s + c.work, 0);

describe.each(Object.entries({ ...readers, ...gridReaders }))("%s", (_name, read) => {
  it("never throws, hands long texts only to patterns linear on any input, and works linearly", () => {
    fc.assert(
      fc.property(adversarial, (a) => {
        const small = record(() => read(pumped(a, 150)));
        const large = record(() => read(pumped(a, 1500)));
        expect(small.filter(long).map((c) => c.source)).toEqual([]);
        expect(large.filter(long).map((c) => c.source)).toEqual([]);
        // Linear work: ten times the text costs at most ten times the work, plus a constant.
        expect(work(large)).toBeLessThanOrEqual(10 * work(small) + 2000);
      }),
      { numRuns: 30 },
    );
  });
});

describe("texts of a million characters", () => {
  const MILLION = 1_000_000;
  it.each([
    [
      "«Педагог» + a million spaces + «x» (the enum normaliser once hung on it)",
      `Педагог${" ".repeat(MILLION)}x`,
    ],
    ["a million dashes between words", `учитель${" -".repeat(MILLION / 2)} учитель`],
    ["digits and dots", `${"1.".repeat(MILLION / 2)}x`],
    ["quotes and parentheses", `${"«(".repeat(MILLION / 2)}x`],
    ["initials", `Иванов ${"И.".repeat(MILLION / 2)}`],
    ["letters and hyphens, as a name", `${"а-".repeat(MILLION / 2)}!`],
  ])("%s are read by every reader", (_what, text) => {
    for (const read of Object.values(readers)) expect(() => read(text)).not.toThrow();
  });

  it("in every cell of a school workbook: the engine reads, checks and counts it", () => {
    const text = `Педагог${" ".repeat(MILLION)}x`;
    const every = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(o).map((k) => [k, text]));
    const r = evaluateWorkbook(
      school({
        mentors: [every(mentor("x"))],
        mentees: [every(mentee("x"))],
        pairs: [every(pair("1", "x", "x"))],
        plan: [every(planItem("x"))],
      }),
    );
    expect(r.issues.length).toBeGreaterThan(0);
    expect(() => analyze(r.wb, r.asOf ?? 0)).not.toThrow();
  });
});
