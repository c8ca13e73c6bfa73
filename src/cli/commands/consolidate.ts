/**
 * `nastavnik consolidate <file-or-dir>... -o <out.xlsx> [--as-of YYYY-MM-DD] [--json] [--feedback DIR] [--force]`
 *
 * Reads every school file (full workbooks and «Данные отчёта» exports), validates each, adds the
 * cross-file C-codes, pools the KPIs and writes the municipal workbook; optionally one feedback
 * workbook per school. Unreadable files are S003 and the others are still consolidated.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { consolidate, type Consolidation } from "../../domain/consolidation/consolidate";
import { consolidationPlan } from "../../domain/consolidation/consolidationPlan";
import { feedbackPlan } from "../../domain/consolidation/feedbackPlan";
import { PROBLEMS_SHEET, SVOD_SHEET, TOTALS_SHEET, statusLabels } from "../../domain/consolidation/labels";
import { type DayNumber, ruDateOf } from "../../domain/values/dates";
import { unsupportedParts } from "../../xlsx/unsupported";
import { writePlanToFile } from "../../xlsx/writeFile";
import { asOfOption, parse, UsageError } from "../args";
import { consolidationJson } from "../consolidateJson";
import { feedbackPaths } from "../feedbackFiles";
import { kpiLines } from "../format";
import { inputFiles } from "../inputFiles";
import type { Output } from "../output";
import { type ReadOptions, readInputs } from "../readInputs";

const USAGE_HINT = "nastavnik consolidate школы/ -o свод.xlsx";

/** Reads, validates and pools: everything but writing, for the command and the benchmark. */
export async function consolidateFiles(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
  opts: ReadOptions = {},
): Promise<Consolidation> {
  return consolidate(await readInputs(files, asOf, out, opts), { asOf });
}

export function consolidateExitCode(c: Consolidation): number {
  if (c.files.some((f) => f.status === "unreadable")) return 2;
  return c.files.some((f) => f.status === "errors") ? 1 : 0;
}

function refuseExisting(paths: readonly string[], out: Output): boolean {
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length === 0) return false;
  const shown =
    existing
      .slice(0, 3)
      .map((p) => `«${p}»`)
      .join(", ") + (existing.length > 3 ? ` и ещё ${existing.length - 3}` : "");
  out.error(`Файл ${shown} уже существует. Чтобы перезаписать, добавьте --force.`);
  return true;
}

function printSummary(c: Consolidation, target: string, out: Output): void {
  out.line(`Свод записан в «${target}»: листы «${SVOD_SHEET}», «${TOTALS_SHEET}», «${PROBLEMS_SHEET}».`);
  for (const f of c.files) {
    const who = f.school ? ` — ${f.school.code ?? "без кода"} ${f.school.name ?? ""}`.trimEnd() : "";
    const detail =
      f.status === "unreadable"
        ? f.issues[0]?.message
        : `ошибок ${f.errors}, предупреждений ${f.warnings}, замечаний ${f.infos}`;
    out.line(`  [${statusLabels[f.status]}] ${f.file}${who}: ${detail}`);
  }
  out.line();
  out.line(`Итого по ${c.total.schools} ОО из ${c.files.length} файлов (суммы числителей и знаменателей):`);
  for (const l of kpiLines(c.total.values)) out.line(l);
}

export async function consolidateCommand(argv: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: "string", short: "o" },
    "as-of": { type: "string" },
    json: { type: "boolean" },
    feedback: { type: "string" },
    force: { type: "boolean" },
  });
  if (positionals.length === 0) throw new UsageError(`Укажите файлы .xlsx или папки с ними: ${USAGE_HINT}`);
  const target = values.output;
  if (target === undefined) throw new UsageError(`Укажите файл свода через -o: ${USAGE_HINT}`);
  if (!target.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`«${target}»: имя файла свода должно оканчиваться на .xlsx`);
  const asOf = asOfOption(values["as-of"]);

  const { files, notes } = await inputFiles(positionals, target);
  for (const n of notes) out.error(n);
  if (files.length === 0) throw new UsageError(`Не найдено ни одного файла .xlsx: ${positionals.join(", ")}`);
  // Refuse before the long read, not after it.
  const feedback = values.feedback === undefined ? [] : feedbackPaths(files, values.feedback);
  if (!values.force && refuseExisting([target, ...feedback], out)) return 2;

  const c = await consolidateFiles(files, asOf, out);
  const plan = consolidationPlan(c);
  await writePlanToFile(plan, target);
  if (values.feedback !== undefined) {
    await mkdir(values.feedback, { recursive: true });
    for (const [i, f] of c.files.entries()) await writePlanToFile(feedbackPlan(f), feedback[i]);
  }

  for (const p of unsupportedParts(plan)) out.error(p.message);
  if (asOf !== undefined) {
    for (const f of c.files) {
      if (f.kind === "aggregate" && f.asOf !== null && f.asOf !== asOf) {
        out.error(
          `«${f.file}» — выгрузка «Данные отчёта»: её показатели посчитаны ОО на ${ruDateOf(f.asOf)} и пересчитать их на --as-of нельзя.`,
        );
      }
    }
  }
  if (values.json) out.json(consolidationJson(c));
  else printSummary(c, target, out);
  return consolidateExitCode(c);
}
