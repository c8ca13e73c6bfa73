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
import { existsSync, realpathSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { importPlan } from "../../domain/import/importPlan";
import { importWorkbooks } from "../../domain/import/importWorkbooks";
import type { ImportSource } from "../../domain/import/model";
import { localDay } from "../../domain/values/dates";
import { writePlanToFile } from "../../xlsx/writeFile";
import { asOfOption, parse, UsageError } from "../args";
import { importJson } from "../importJson";
import { printImportReport } from "../importReport";
import { loadFile } from "../loadFile";
import type { Output } from "../output";

const HINT = "nastavnik import база.xlsx приказ.xlsx -o книга.xlsx";

/**
 * The path a file has once links are resolved (the file's own realpath, or its folder's for a
 * file not written yet), to tell that an output would overwrite an input.
 * TODO(issue-12 merge): use the shared output-path helper (src/cli/outputFiles.ts: links, hard
 * links, atomic writes).
 */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return resolve(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

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
  const out = realPath(target);
  const same = positionals.find((p) => realPath(p) === out);
  if (same !== undefined)
    throw new UsageError(
      `Книгу нельзя записать поверх входного файла «${same}»: укажите другой файл после -o.`,
    );
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
  if (existsSync(target) && !force) {
    out.error(`Файл «${target}» уже существует. Чтобы перезаписать его, добавьте --force.`);
    return 2;
  }
  const sources: ImportSource[] = [];
  let unreadable = 0;
  for (const [i, file] of files.entries()) {
    out.progress(i + 1, files.length, file);
    const loaded = await loadFile(file);
    if (loaded.ok) sources.push({ file, grid: loaded.grid });
    else {
      unreadable++;
      out.error(`${file}: ${loaded.issue.message}`);
    }
  }
  out.progressDone(files.length);
  if (sources.length === 0) {
    out.error("Ни один входной файл не прочитан: книга не записана.");
    return 2;
  }
  const result = importWorkbooks(sources, { asOf });
  await mkdir(dirname(resolve(target)), { recursive: true });
  await writePlanToFile(importPlan(result.book), target);
  if (json) out.json(importJson(result, target));
  else printImportReport(result, target, out);
  if (unreadable > 0) return 2;
  return result.unreadable > 0 || result.missingRequired.length > 0 ? 1 : 0;
}
