/**
 * The two promises of cli.md "Import", on random workbooks made of the pieces people use (title
 * rows, alias sheet names, recognised and unknown headers, ФИО in parts, text dates, periods,
 * orders, several mentees in a cell, totals, signatures, hidden rows, merged cells):
 * - every non-empty source cell is either placed in the output or listed as not placed;
 * - importing the output again changes nothing.
 */
import fc from "fast-check";
import type { CellRect, RawCell, SheetGrid } from "../../../src/domain/grid";
import { importPlan } from "../../../src/domain/import/importPlan";
import type { ImportResult } from "../../../src/domain/import/model";
import { shownOf } from "../../../src/domain/import/writtenValues";
import { columnLetter } from "../../../src/domain/issues";
import { dayFromIso, ruDateOf } from "../../../src/domain/values/dates";
import { displayOf } from "../../../src/domain/values/parse";
import { book, gridOfPlan, rawDate, run, tablesOf } from "./support";

const SHEET_NAMES = [
  "Наставники",
  "Банк наставников",
  "Форма базы наставляемых",
  "Пары",
  "Приложение 1",
  "Дорожная карта",
  "Сведения",
  "Настройки",
  "Лист1",
  "Заметки",
  "Справочники",
];
const HEADERS = [
  "ФИО",
  "Ф.И.О.",
  "ФИО наставника",
  "ФИО наставляемого",
  "Фамилия",
  "Имя",
  "Отчество",
  "Категория",
  "Должность",
  "Стаж",
  "Возраст",
  "Дата рождения",
  "Согласие",
  "Наставник",
  "Наставляемый",
  "Форма",
  "Вид",
  "Дата начала",
  "Дата окончания (план)",
  "Срок наставничества",
  "Приказ",
  "Статус",
  "№ пары/группы",
  "Этап",
  "Мероприятие",
  "Срок",
  "Показатель",
  "Значение",
  "Параметр",
  "Телефон",
  "Примечание",
  "№",
  "",
];

/** Cells as people type them; tokens and numbers are unique, so a lost one cannot hide behind another. */
const cell = (n: number): fc.Arbitrary<RawCell> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: fc.constant(`т${n}`) },
    { weight: 2, arbitrary: fc.constant(`Фамилия${n} Имя Отчество`) },
    { weight: 1, arbitrary: fc.constant(1000 + n) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<RawCell>(
        "сентябрь 2024",
        "02.09.2024 г.",
        "31.02.2025",
        "с 01.09.2024 по 31.05.2025",
        "1 год",
        "№ 12-о от 01.09.2024",
        "да",
        "✓",
        "имеется",
        "учитель – учитель",
        "педагог – педагог (групповая)",
        "Педагог",
        "Код ОО",
        "Учебный год",
        "2024-2025",
        "Козлов Д.А., Орлова Е.В.",
        "Итого: 5",
        "Директор ________",
        "Подготовительный",
        "+7 900 000-00-00",
        '=HYPERLINK("x")',
        true,
        rawDate("2024-09-02"),
      ),
    },
  );

interface Drawn {
  readonly name: string;
  readonly titles: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  readonly hidden: readonly number[];
  readonly mergeAt: readonly number[];
  readonly filter: boolean;
}

let counter = 0;
const drawnSheet = (quiet: boolean): fc.Arbitrary<Drawn> =>
  fc
    .record({
      name: fc.constantFrom(...SHEET_NAMES),
      titles: fc.integer({ min: 0, max: 2 }),
      header: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 }),
      height: fc.integer({ min: 0, max: 6 }),
      hidden: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 2 }),
      mergeAt: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 2 }),
      filter: fc.boolean(),
      seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 60, maxLength: 60 }),
    })
    .chain((d) =>
      fc
        .array(fc.array(cell(counter++), { minLength: d.header.length, maxLength: d.header.length }), {
          minLength: d.height,
          maxLength: d.height,
        })
        .map((rows) => ({
          name: d.name,
          titles: d.titles,
          header: d.header,
          // The idempotence run leaves out the texts that non-data rules look at: after the columns
          // are reordered such a text may become a row's first cell (cli.md keeps extra columns last).
          rows: quiet
            ? rows.map((r) => r.map((c) => (typeof c === "string" && /^(Итого|Директор)/.test(c) ? null : c)))
            : rows,
          hidden: quiet ? [] : d.hidden,
          mergeAt: quiet ? [] : d.mergeAt,
          filter: d.filter,
        })),
    )
    .map((d) => {
      const n = counter++;
      return {
        ...d,
        rows: d.rows.map((r, i) =>
          r.map((c) => (typeof c === "string" && c.startsWith("т") ? `т${n}_${i}_${c}` : c)),
        ),
      };
    });

function gridOf(d: Drawn): SheetGrid {
  const titles = Array.from({ length: d.titles }, (_, i) => [`Заголовок ${i} листа ${d.name} ${counter++}`]);
  const rows = [...titles, d.header.map((h) => h || null), ...d.rows];
  const headerRow = d.titles + 1;
  const merges: CellRect[] = d.mergeAt
    .map((r) => headerRow + r)
    .filter((r) => r + 1 <= rows.length)
    .map((r) => ({ top: r, left: 1, bottom: r + 1, right: 1 }));
  return {
    name: d.name,
    firstRow: 1,
    firstCol: 1,
    rows,
    hiddenRows: d.hidden.map((r) => headerRow + r).filter((r) => r <= rows.length),
    merges,
    filterActive: d.filter,
  };
}

/** Unique names: a workbook cannot hold two sheets of one name. */
const workbook = (quiet: boolean) =>
  fc
    .uniqueArray(drawnSheet(quiet), { minLength: 1, maxLength: 3, selector: (d) => d.name })
    .map((ds) => ds.map(gridOf));

/**
 * Every cell address a conversion names («K6», «B3:D3», «B3, D3») whose converted value is in the
 * written workbook: a conversion that claims a value nobody wrote accounts for nothing.
 */
function convertedCells(result: ImportResult, texts: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const shown = (v: unknown) => {
    const d = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? dayFromIso(v) : null;
    return d === null ? String(v) : ruDateOf(d);
  };
  for (const c of result.conversions) {
    if (!Object.values(c.to).some((v) => texts.has(shown(v)))) continue;
    for (const part of c.cell.split(", ")) {
      const [a, b] = part.split(":");
      const m1 = /^([A-Z]+)(\d+)$/.exec(a);
      if (!m1) continue;
      if (b === undefined) {
        out.add(`${c.file}|${c.sheet}|${a}`);
        continue;
      }
      const m2 = /^([A-Z]+)(\d+)$/.exec(b)!;
      const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      for (let k = col(m1[1]); k <= col(m2[1]); k++)
        out.add(`${c.file}|${c.sheet}|${columnLetter(k)}${m1[2]}`);
    }
  }
  return out;
}

/** Every text the written workbook shows: headers and cells. */
function writtenTexts(result: ImportResult): Set<string> {
  const texts = new Set<string>();
  for (const t of tablesOf(importPlan(result.book))) {
    for (const h of t.headers) texts.add(h);
    for (const r of t.rows) for (const v of r) if (v !== null) texts.add(shownOf(v));
  }
  return texts;
}

function lost(grids: readonly SheetGrid[], result: ImportResult): string[] {
  const texts = writtenTexts(result);
  const converted = convertedCells(result, texts);
  const missing: string[] = [];
  for (const g of grids) {
    if (result.notImported.some((n) => n.sheet === g.name)) continue;
    const report = result.sheets.find((s) => s.sheet === g.name)!;
    const skipped = new Set(report.skipped.map((s) => s.row));
    const left = new Set(report.notPlaced.map((n) => n.cell));
    const headers = new Set([
      ...report.mapped.map(([h]) => h),
      ...report.pairsMapped.map(([h]) => h),
      ...report.unmapped,
    ]);
    g.rows.forEach((cells, i) => {
      const row = g.firstRow + i;
      cells.forEach((c, j) => {
        const text = displayOf(c);
        if (text === null) return;
        const a1 = `${columnLetter(g.firstCol + j)}${row}`;
        if (left.has(a1) || skipped.has(row) || converted.has(`x.xlsx|${g.name}|${a1}`)) return;
        if (row === report.headerRow ? headers.has(text) : texts.has(text)) return;
        missing.push(`${g.name}!${a1} «${text}»`);
      });
    });
  }
  return missing;
}

test("no non-empty source cell is ever lost: each is placed or listed with the reason", () => {
  fc.assert(
    fc.property(workbook(false), (grids) => {
      const result = run([book("x.xlsx", ...grids)]);
      expect(lost(grids, result)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test("importing the output again changes nothing", () => {
  fc.assert(
    fc.property(workbook(true), (grids) => {
      const first = importPlan(run([book("x.xlsx", ...grids)]).book);
      const again = importPlan(run([book("книга.xlsx", ...gridOfPlan(first).sheets)]).book);
      expect(tablesOf(again)).toEqual(tablesOf(first));
    }),
    { numRuns: 200 },
  );
});
