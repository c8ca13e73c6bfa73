/**
 * bench/domain — parse + validate + all KPIs + pooled totals for a synthetic region
 * (architecture.md budget: 1,500 schools, ~150k person rows, ~120k pair rows in ≤ 1.5 s and
 * ≤ 600 MB heap; 10× the rows ≤ 12× the time). Prints figures; asserts nothing.
 */
import { evaluateWorkbook } from "../src/domain/engine";
import { poolKpis } from "../src/domain/kpi/pool";
import { syntheticSchool } from "./synthetic";

function run(schools: number, scale: number): void {
  const size = { mentors: 35 * scale, mentees: 65 * scale, pairs: 80 * scale };
  const grids = Array.from({ length: schools }, (_, i) => syntheticSchool(i, size));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  // As consolidation does: keep each school's figures and issues, let the rest go.
  const results = grids.map((g) => {
    const r = evaluateWorkbook(g);
    return { issues: r.issues, kpis: { values: r.kpis!.values, pool: r.kpis!.pool } };
  });
  const total = poolKpis(results.map((r) => r.kpis));
  const ms = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const persons = schools * (size.mentors + size.mentees);
  const pairs = schools * size.pairs;
  const issues = results.reduce((s, r) => s + r.issues.length, 0);
  console.log(
    `${String(schools).padStart(5)} ОО × ${scale}: ${persons} персон, ${pairs} пар → ${ms.toFixed(0)} мс, ` +
      `+${heap.toFixed(0)} МБ кучи (пик ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} МБ), ` +
      `${issues} замечаний, охват молодых ${(total.values.young_mentored.value ?? 0).toFixed(3)}`,
  );
}

console.log("bench/domain: разбор + проверка + показатели + итог по региону");
run(150, 1); // 10× fewer rows
run(1500, 1); // the region of the budget
run(150, 10); // 10× the rows per school: near-linear?

// One big school: the «Проверка» of a 10,000-row workbook (compute only; its syncs are tested on the fake host).
{
  const grid = syntheticSchool(7, { mentors: 1500, mentees: 3500, pairs: 5000 });
  evaluateWorkbook(grid); // warm up
  const t0 = performance.now();
  const r = evaluateWorkbook(grid);
  console.log(
    `одна книга на 10 000 строк: проверка и показатели за ${(performance.now() - t0).toFixed(0)} мс, ${r.issues.length} замечаний`,
  );
}
