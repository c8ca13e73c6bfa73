/**
 * `nastavnik import <файл.xlsx>... -o <книга.xlsx> [--as-of YYYY-MM-DD] [--force] [--json]`
 * (cli.md "Import"): the files a school already has → one template workbook, with a report of
 * every mapping and conversion.
 *
 * Exit status: 0 — written and every source value read; 1 — written, but some values could not be
 * read (written as their text) or required columns have no source; 2 — usage error, an input that
 * cannot be read (the others are still imported), or an output that exists without --force
 * (nothing written).
 */
import { importPlan } from "../../domain/import/importPlan";
import { importWorkbooks } from "../../domain/import/importWorkbooks";
import type { ImportSource } from "../../domain/import/model";
import { localDay } from "../../domain/values/dates";
import { writePlanToBuffer } from "../../xlsx/writePlan";
import { asOfOption, parse, UsageError } from "../args";
import { importJson } from "../importJson";
import { printImportReport } from "../importReport";
import type { Output } from "../output";
import { prepareOutputs, writeOutputFile } from "../outputFiles";
import { readFiles } from "../readerThreads";

const HINT = "nastavnik import база.xlsx приказ.xlsx -o книга.xlsx";

function options(argv: readonly string[]) {
  const { values, positionals } = parse(argv, {
    output: { type: "string", short: "o" },
    "as-of": { type: "string" },
    force: { type: "boolean" },
    json: { type: "boolean" },
  });
  if (positionals.length === 0) throw new UsageError(`Укажите файлы, из которых собрать книгу: ${HINT}`);
  const target = values.output;
  if (target === undefined || target === "")
    throw new UsageError(`Укажите файл новой книги через -o: ${HINT}`);
  if (!target.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`«${target}»: имя файла книги должно оканчиваться на .xlsx`);
  return {
    files: positionals,
    target,
    asOf: asOfOption(values["as-of"]) ?? localDay(new Date()),
    force: values.force === true,
    json: values.json === true,
  };
}

export async function importCommand(argv: readonly string[], out: Output): Promise<number> {
  const { files, target, asOf, force, json } = options(argv);
  // The output is never an input (links resolved) and exists only with --force: checked before reading.
  const [output] = await prepareOutputs([target], { inputs: files, force });
  const sources: ImportSource[] = [];
  let unreadable = 0;
  const loaded = await readFiles("grid", files, {
    onRead: (done, file) => out.progress(done, files.length, file),
  });
  out.progressDone(files.length);
  for (const [i, read] of loaded.entries()) {
    if (read.ok) sources.push({ file: files[i], grid: read.grid });
    else {
      unreadable++;
      out.error(`${files[i]}: ${read.issue.message}`);
    }
  }
  if (sources.length === 0) {
    out.error("Ни один входной файл не прочитан: книга не записана.");
    return 2;
  }
  const result = importWorkbooks(sources, { asOf });
  await writeOutputFile(output, await writePlanToBuffer(importPlan(result.book)));
  if (json) out.json(importJson(result, target));
  else printImportReport(result, target, out);
  if (unreadable > 0) return 2;
  return result.unreadable > 0 || result.missingRequired.length > 0 ? 1 : 0;
}
