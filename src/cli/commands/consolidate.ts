/**
 * `nastavnik consolidate <file-or-dir>... -o <out.xlsx> [--as-of YYYY-MM-DD] [--form-map <соответствие.xlsx>] [--json] [--feedback DIR] [--force]`
 *
 * Reads every school file (full workbooks and «Данные отчёта» exports), validates each, adds the
 * cross-file C-codes, pools the KPIs and writes the municipal workbook; optionally one feedback
 * workbook per school. Unreadable files are S003 and the others are still consolidated.
 */
import { resolve } from "node:path";
import { consolidate, type Consolidation } from "../../domain/consolidation/consolidate";
import { consolidationPlan } from "../../domain/consolidation/consolidationPlan";
import { feedbackPlan } from "../../domain/consolidation/feedbackPlan";
import { type FormMap, readFormMap } from "../../domain/forms/formMap";
import type { DayNumber } from "../../domain/values/dates";
import { excelJs, writePlanToBuffer } from "../../xlsx/writePlan";
import { asOfOption, parse, UsageError } from "../args";
import { consolidationJson } from "../consolidateJson";
import { feedbackPaths } from "../feedbackFiles";
import { noteAggregateDates, noteUnwritten, printSummary } from "../consolidateNotes";
import { inputFiles } from "../inputFiles";
import { loadFile } from "../loadFile";
import type { Output } from "../output";
import { OutputError, prepareOutputs, writeOutputFile, type OutputTarget } from "../outputFiles";
import { readInputs } from "../readInputs";

const USAGE_HINT = "nastavnik consolidate школы/ -o свод.xlsx";

/** Reads, validates and pools: everything but writing, for the command and the benchmark. */
export async function consolidateFiles(
  files: readonly string[],
  asOf: DayNumber | undefined,
  out: Output,
  formMap?: FormMap,
): Promise<Consolidation> {
  return consolidate(await readInputs(files, asOf, out, formMap), { asOf });
}

/** `--form-map`: the mapping, or a usage error listing every malformed line (nothing consolidated). */
export async function formMapOption(path: string | undefined): Promise<FormMap | undefined> {
  if (path === undefined) return undefined;
  const loaded = await loadFile(path);
  if (!loaded.ok) throw new UsageError(`--form-map «${path}»: ${loaded.issue.message}`);
  const read = readFormMap(loaded.grid);
  if (!read.ok)
    throw new UsageError(
      `--form-map «${path}»: соответствие составлено с ошибками, свод не выполнен.\n${read.errors.map((e) => `  ${e}`).join("\n")}`,
    );
  return read.map;
}

/**
 * cli.md: 2 when a file could not be read; 1 when a file has error-level issues (its own, a C-code,
 * or the errors an export carries) — except a file replaced by a newer one of its school, whose own
 * errors do not count; else 0.
 */
export function consolidateExitCode(c: Consolidation): number {
  if (c.files.some((f) => f.status === "unreadable")) return 2;
  return c.files.some((f) => f.supersededBy === null && f.status === "errors") ? 1 : 0;
}

/**
 * The feedback files after the consolidation, one per file given (`targets[i]` for `files[i]`); the
 * schools inside a municipality's consolidation get theirs from it. A failure part-way says what
 * was written: each file is whole or absent (writeOutputFile), never torn.
 */
async function writeFeedback(
  c: Consolidation,
  files: readonly string[],
  targets: readonly OutputTarget[],
  svod: string,
): Promise<void> {
  if (targets.length === 0) return;
  const targetOf = new Map(files.map((f, i) => [f, targets[i]]));
  const own = c.files.filter((f) => f.origin === undefined && targetOf.has(f.file));
  for (const [i, f] of own.entries()) {
    try {
      await writeOutputFile(targetOf.get(f.file)!, await writePlanToBuffer(feedbackPlan(f)));
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      throw new OutputError(
        `${e.message}\nСвод записан в «${svod}»; файлов замечаний записано ${i} из ${own.length}.`,
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
    "form-map": { type: "string" },
  });
  if (positionals.length === 0) throw new UsageError(`Укажите файлы .xlsx или папки с ними: ${USAGE_HINT}`);
  const target = values.output;
  if (target === undefined) throw new UsageError(`Укажите файл свода через -o: ${USAGE_HINT}`);
  if (!target.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`«${target}»: имя файла свода должно оканчиваться на .xlsx`);
  const asOf = asOfOption(values["as-of"]);
  const formMap = await formMapOption(values["form-map"]);

  const { files: found, notes } = await inputFiles(positionals);
  for (const n of notes) out.error(n);
  // The mapping often lies beside the forms: it is the instructions, not a school's file.
  const mapPath = values["form-map"];
  const files = mapPath === undefined ? found : found.filter((f) => resolve(f) !== resolve(mapPath));
  if (files.length < found.length) out.error(`Файл соответствия «${mapPath}» пропущен: это не файл ОО.`);
  if (files.length === 0) throw new UsageError(`Не найдено ни одного файла .xlsx: ${positionals.join(", ")}`);
  // Every output vetted before the long read, not after it.
  const feedback = values.feedback === undefined ? [] : feedbackPaths(files, values.feedback);
  const [svod, ...feedbackTargets] = await prepareOutputs([target, ...feedback], {
    inputs: [...positionals, ...files],
    force: values.force === true,
  });

  // ExcelJS loads (~0.2 s) on this thread while the reader threads read: it would otherwise wait
  // for the last file to be read.
  const writer = excelJs();
  const c = await consolidateFiles(files, asOf, out, formMap);
  await writer;
  const plan = consolidationPlan(c);
  await writeOutputFile(svod, await writePlanToBuffer(plan));
  await writeFeedback(c, files, feedbackTargets, target);

  noteUnwritten(plan, out);
  noteAggregateDates(c, asOf, out);
  if (values.json) out.json(consolidationJson(c));
  else printSummary(c, target, out);
  return consolidateExitCode(c);
}
