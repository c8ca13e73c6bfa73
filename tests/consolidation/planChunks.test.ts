/**
 * A region of 1,500 schools: the plan's 2-D tables and blocks can be written to Excel on the web
 * in chunks under its 4 MB request budget (the Office adapter cuts them with the same functions).
 */
import { syntheticSchool } from "../../bench/synthetic";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationPlan } from "../../src/domain/consolidation/consolidationPlan";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import type { PlanValue } from "../../src/domain/plan/writePlan";
import { chunkRows, MAX_CHUNK_BYTES, payloadBytes } from "../../src/excel/batch";

const SCHOOLS = 1500;
// Ten distinct synthetic schools (~150 rows each), repeated under 1,500 codes and file names.
const variants = Array.from({ length: 10 }, (_, i) =>
  consolidationInput(`v${i}.xlsx`, syntheticSchool(i, { mentors: 30, mentees: 55, pairs: 65 })),
);
const inputs = Array.from({ length: SCHOOLS }, (_, i) => {
  const v = variants[i % variants.length];
  const code = `ОО-${String(i + 1).padStart(4, "0")}`;
  return {
    ...v,
    file: `школы/школа-${i + 1}.xlsx`,
    school: {
      code,
      name: `МБОУ «Средняя общеобразовательная школа № ${i + 1}»`,
      municipality: "Энский район",
    },
    code: v.code && { ...v.code, text: code },
    // Each school's own persons: C003 would otherwise flag every teacher of the repeated variants.
    persons: v.persons.map((p) => ({ ...p, key: `${p.key}#${i}` })),
  };
});
const plan = consolidationPlan(consolidate(inputs));

const grids = plan.sheets.flatMap((s) => [
  ...(s.tables ?? []).map((t) => ({ where: `${s.name}/${t.name}`, rows: "rows" in t ? (t.rows ?? []) : [] })),
  ...(s.blocks ?? []).map((b) => ({ where: `${s.name}@${b.row}`, rows: b.values })),
]);

test("«Свод» has a row per school", () => {
  const svod = grids.find((g) => g.where === "Свод/Svod")!;
  expect(svod.rows).toHaveLength(SCHOOLS);
  expect(svod.rows[0].length).toBeGreaterThan(40);
});

test.each(grids.map((g) => [g.where, g.rows] as const))("%s cuts into chunks under 4 MB", (_, rows) => {
  const chunks = chunkRows(rows as readonly (readonly PlanValue[])[]);
  for (const chunk of chunks) expect(payloadBytes(chunk)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
  expect(chunks.flat()).toEqual(rows);
});

test("with a smaller budget the big tables really are cut, losing no row", () => {
  const svod = grids.find((g) => g.where === "Свод/Svod")!.rows;
  const budget = 256 * 1024;
  const chunks = chunkRows(svod, budget);
  expect(payloadBytes(svod)).toBeGreaterThan(budget);
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) expect(payloadBytes(chunk)).toBeLessThanOrEqual(budget);
  expect(chunks.flat()).toEqual(svod);
});
