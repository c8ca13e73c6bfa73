/**
 * `nastavnik consolidate <file-or-dir>... -o <out.xlsx> [--as-of YYYY-MM-DD] [--json] [--feedback DIR] [--force]`
 *
 * Reads every school file (full workbooks and «Данные отчёта» exports), validates each, adds the
 * cross-file C-codes, pools the KPIs and writes the municipal workbook; optionally one feedback
 * workbook per school. Unreadable files are S003 and the others are still consolidated.
 */
import { consolidate, type Consolidation } from "../../domain/consolidation/consolidate";
import { consolidationPlan } from "../../domain/consolidation/consolidationPlan";
import { feedbackPlan } from "../../domain/consolidation/feedbackPlan";
import type { DayNumber } from "../../domain/values/dates";
import { writePlanToBuffer } from "../../xlsx/writePlan";
import { asOfOption, parse, UsageError } from "../args";
import { consolidationJson } from "../consolidateJson";
import { feedbackPaths } from "../feedbackFiles";
import { noteAggregateDates, noteUnwritten, printSummary } from "../consolidateNotes";
import { inputFiles } from "../inputFiles";
import type { Output } from "../output";
import { OutputError, prepareOutputs, writeOutputFile, type OutputTarget } from "../outputFiles";
import { readInputs } from "../readInputs";

const USAGE_HINT = "nastavnik consolidate школы/ -o свод.xlsx";

/** Reads, validates and pools: everything but writing, for the command and the benchmark. */
export async function consolidateFiles(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
): Promise<Consolidation> {
  return consolidate(await readInputs(files, asOf, out), { asOf });
}

export function consolidateExitCode(c: Consolidation): number {
  if (c.files.some((f) => f.status === "unreadable")) return 2;
  return c.files.some((f) => f.status === "errors") ? 1 : 0;
}

/**
 * The feedback files after the consolidation. A failure part-way says what was written: each
 * file is whole or absent (writeOutputFile), never torn.
 */
async function writeFeedback(
  c: Consolidation,
  targets: readonly OutputTarget[],
  svod: string,
): Promise<void> {
  for (const [i, target] of targets.entries()) {
    try {
      await writeOutputFile(target, await writePlanToBuffer(feedbackPlan(c.files[i])));
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      throw new OutputError(
        `${e.message}\nСвод записан в «${svod}»; файлов замечаний записано ${i} из ${targets.length}.`,
      );
    }
  }
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

  const { files, notes } = await inputFiles(positionals);
  for (const n of notes) out.error(n);
  if (files.length === 0) throw new UsageError(`Не найдено ни одного файла .xlsx: ${positionals.join(", ")}`);
  // Every output vetted before the long read, not after it.
  const feedback = values.feedback === undefined ? [] : feedbackPaths(files, values.feedback);
  const [svod, ...feedbackTargets] = await prepareOutputs([target, ...feedback], {
    inputs: [...positionals, ...files],
    force: values.force === true,
  });

  const c = await consolidateFiles(files, asOf, out);
  const plan = consolidationPlan(c);
  await writeOutputFile(svod, await writePlanToBuffer(plan));
  await writeFeedback(c, feedbackTargets, target);

  noteUnwritten(plan, out);
  noteAggregateDates(c, asOf, out);
  if (values.json) out.json(consolidationJson(c));
  else printSummary(c, target, out);
  return consolidateExitCode(c);
}
