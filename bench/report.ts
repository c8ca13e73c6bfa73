/**
 * bench/report — the upward report of one big school: the plan (with its depersonalisation guard)
 * and the file, at 10,000, 20,000 and 100,000 mentees and pairs. The guard compares every text of
 * the plan with every name of the workbook; it must stay linear in the number of names (issue 12:
 * it was quadratic — 61 s at 20,000 pairs, no end at 100,000). Prints figures and the ratio of the
 * largest to the smallest run per row (≈ 10 when linear); asserts nothing. The yardstick measured
 * in the same run is the engine's own check of the school (evaluateWorkbook), which is linear.
 */
import { evaluateWorkbook } from "../src/domain/engine";
import { reportPlan } from "../src/domain/report/reportPlan";
import { isReportable } from "../src/domain/report/reportModel";
import { dayFromYmd } from "../src/domain/values/dates";
import { writePlanToBuffer } from "../src/xlsx/writePlan";
import { syntheticSchool } from "./synthetic";

const ms = (t0: number) => performance.now() - t0;

async function run(rows: number): Promise<{ rows: number; check: number; plan: number; file: number }> {
  const grid = syntheticSchool(3, { mentors: Math.ceil(rows / 4), mentees: rows, pairs: rows });
  let t0 = performance.now();
  const result = evaluateWorkbook(grid);
  const check = ms(t0);
  if (!isReportable(result)) throw new Error("no KPIs");
  t0 = performance.now();
  const plan = reportPlan(result, dayFromYmd(2024, 12, 23));
  const planMs = ms(t0);
  t0 = performance.now();
  const bytes = await writePlanToBuffer(plan);
  const file = ms(t0);
  console.log(
    `${String(rows).padStart(7)} наставляемых и пар: проверка ${check.toFixed(0)} мс, план отчёта (с проверкой на ФИО) ${planMs.toFixed(0)} мс, файл ${file.toFixed(0)} мс (${(bytes.length / 1024).toFixed(0)} КБ)`,
  );
  return { rows, check, plan: planMs, file };
}

async function main(): Promise<void> {
  console.log("bench/report: отчёт одной большой ОО");
  await run(2_000); // warm-up
  const small = await run(10_000);
  await run(20_000);
  const big = await run(100_000);
  const ratio = (k: "check" | "plan" | "file") => (big[k] / small[k]).toFixed(1);
  console.log(
    `рост при 10× строк: проверка ×${ratio("check")} (мерило), план отчёта ×${ratio("plan")}, файл ×${ratio("file")} (линейно ≈ ×10)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
