/** «Перенести лист» through the adapter: 5,000 rows imported in a bounded number of syncs. */
import { importWorkbooks } from "../../src/domain/import/importWorkbooks";
import { adoptPlan, existingBook } from "../../src/domain/structure/adopt";
import { day } from "../domain/builders";
import { structurePlan } from "../../src/domain/structure/repairPlan";
import { withFakeExcel, type Harness } from "./harness";

let h: Harness;
afterEach(() => h.uninstall());

const SURNAMES = ["Иванова", "Петрова", "Сидорова", "Кузнецова", "Смирнова"];
function bank(n: number) {
  const rows: unknown[][] = [
    ["Банк наставников МБОУ «СОШ № 1»"],
    [],
    ["Ф.И.О.", "Телефон", "Стаж работы", "Категория", "Согласие", "Дата приказа"],
  ];
  for (let i = 0; i < n; i++) {
    rows.push([
      `${SURNAMES[i % 5]} Анна Петровна ${"I".repeat(1 + (i % 3))}`,
      "+7 900 000-00-00",
      `${5 + (i % 30)} лет`,
      "Учитель",
      i % 2 ? "Да" : "+",
      i === 7 ? "31.02.2024" : "01.09.2024",
    ]);
  }
  return rows;
}

test("5,000 rows of a methodist's own sheet go into the template table in ≤ 4 syncs plus chunks", async () => {
  h = withFakeExcel({ sheets: [{ name: "Банк наставников", rows: bank(5000) as never }] });
  // The structure first (as the pane does), then the import.
  const first = await h.port.readStructure();
  await h.port.apply(structurePlan(first).plan);

  h.fake.resetStats();
  const snapshot = await h.port.readStructure();
  const grid = snapshot.sheets.find((s) => s.name === "Банк наставников")!.grid;
  const result = importWorkbooks([{ file: "", grid: { sheets: [grid], date1904: snapshot.date1904 } }], {
    asOf: day("2024-10-15"),
    existing: existingBook(snapshot),
  });
  expect(result.sheets[0].headerRow).toBe(3);
  expect(result.book.lists.mentors.rows).toHaveLength(5000);
  // «31.02.2024» (row 7) is no day: kept as typed in its extra column, not a conversion problem.
  expect(result.unreadable).toBe(0);
  await h.port.apply(adoptPlan(snapshot, result.book));

  const chunks = Math.ceil(Math.max(...h.fake.stats.requestBytes) / 4_000_000);
  expect(h.fake.stats.requests).toBeLessThanOrEqual(4 + chunks);
  expect(h.fake.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  const table = h.fake.state.table("Mentors")!;
  expect(table.rowCount).toBeGreaterThanOrEqual(5000);
  const body = table.values.filter((r) => r[0] !== "");
  expect(body).toHaveLength(5000);
  const col = (h: string) => table.headers.indexOf(h);
  expect(body[0][col("Педагогический стаж, лет")]).toBe(5);
  expect(body[0][col("Категория")]).toBe("Педагог");
  expect(body[1][col("Согласие")]).toBe("да");
  // Extra columns arrive as text: a phone number is not a formula, «Дата приказа» stays as typed.
  expect(body[0][col("Телефон")]).toBe("+7 900 000-00-00");
  expect(body[7][col("Дата приказа")]).toBe("31.02.2024");
  // The original sheet is unchanged.
  expect(h.fake.sheetValues("Банк наставников")[3][2]).toBe("5 лет");
});
