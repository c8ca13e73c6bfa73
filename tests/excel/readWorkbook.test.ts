/** Reading the open workbook through the adapter: two syncs normally, chunks when the answer is too big. */
import { evaluateWorkbook } from "../../src/domain/engine";
import { listSheet } from "../../src/domain/template/sheets";
import { withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

const pairsHeaders = listSheet("pairs").columns.map((c) => c.header);

function pairRows(n: number) {
  return Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `Наставникова Анна Петровна`,
    `Подопечная-${i} Мария Ивановна`,
    "Учитель – учитель",
    "Традиционное (один на один)",
    new Date(Date.UTC(2024, 8, 2)),
    new Date(Date.UTC(2025, 4, 31)),
    null,
    "Действует",
    null,
    `${i}-о`,
    new Date(Date.UTC(2024, 7, 30)),
    "да",
    null,
    null,
    "Программа выполняется по плану",
  ]);
}

test("a school workbook is read in two syncs, dates from date-formatted cells, messy headers and all", async () => {
  h = withFakeExcel({
    sheets: [
      {
        name: "Сведения",
        rows: [
          ["Показатель", "Значение"],
          ["Код ОО", "ОО-7"],
          ["Отчётная дата", new Date(Date.UTC(2024, 11, 20))],
        ],
      },
      { name: "Пары", rows: [["Пары и группы"], [], pairsHeaders, ...pairRows(3)] },
    ],
  });
  h.fake.resetStats();
  const grid = await h.port.readWorkbook();
  expect(h.fake.stats.requests).toBeLessThanOrEqual(2);
  const r = evaluateWorkbook(grid);
  expect(r.wb.info.code).toBe("ОО-7");
  expect(r.asOf).not.toBeNull();
  expect(r.wb.pairs).toHaveLength(3);
  expect(r.wb.pairs[0].row).toBe(4);
  expect(r.wb.sheets.pairs?.headerRow).toBe(3);
  // A date cell is reported as ДД.ММ.ГГГГ, as rules.md wants for `value`.
  const pairsGrid = grid.sheets.find((s) => s.name === "Пары")!;
  expect(pairsGrid.rows[3][5]).toEqual({ kind: "date", iso: "2024-09-02" });
});

test("a workbook whose values exceed the 5 MB answer limit is read in chunks, every row intact", async () => {
  const n = 12_000;
  h = withFakeExcel({ sheets: [{ name: "Пары", rows: [pairsHeaders, ...pairRows(n)] }] });
  h.fake.resetStats();
  const grid = await h.port.readWorkbook();
  // The one-sync read is refused (as Excel on the web would); every chunk after it fits.
  expect(h.fake.stats.rejectedPayloads).toBe(1);
  const afterRefusal = h.fake.stats.responseBytes.slice(
    h.fake.stats.responseBytes.findIndex((b) => b > 5 * 1024 * 1024) + 1,
  );
  expect(afterRefusal.length).toBeGreaterThan(1);
  for (const b of afterRefusal) expect(b).toBeLessThanOrEqual(5 * 1024 * 1024);
  const pairs = grid.sheets[0];
  expect(pairs.rows).toHaveLength(n + 1);
  expect(pairs.rows[n][2]).toBe(`Подопечная-${n - 1} Мария Ивановна`);
  expect(pairs.rows[n][11]).toEqual({ kind: "date", iso: "2024-08-30" });
});
