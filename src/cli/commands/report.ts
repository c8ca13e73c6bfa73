/**
 * `nastavnik report <file.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--force]`: the school's
 * depersonalised upward report — «Мониторинг» and «Данные отчёта» — in a new workbook.
 *
 * Exit status (cli.md v2): 0 when the report is written and the school's file has no error-level
 * issue; 1 when it is written and the file has such issues (the report is still made from what can
 * be read, and says how many); 2 for usage errors, an output that is refused or cannot be written,
 * a file that cannot be read, no as-of date, or a refusal because a person's name would appear in
 * the report (nothing written).
 */
import { evaluateWorkbook } from "../../domain/engine";
import { kpiCatalogue } from "../../domain/kpi/catalogue";
import type { WritePlan } from "../../domain/plan/writePlan";
import { PersonalDataError } from "../../domain/report/depersonalise";
import { MONITORING_SHEET } from "../../domain/report/monitoringPlan";
import { REPORT_DATA_SHEET } from "../../domain/report/reportData";
import { isReportable } from "../../domain/report/reportModel";
import { reportPlan } from "../../domain/report/reportPlan";
import { localDay, ruDateOf, type DayNumber } from "../../domain/values/dates";
import { unsupportedParts } from "../../xlsx/unsupported";
import { writePlanToBuffer } from "../../xlsx/writePlan";
import { asOfOption, parse, UsageError } from "../args";
import { unreadableIssue } from "../loadFile";
import { prepareOutputs, writeOutputFile } from "../outputFiles";
import type { Output } from "../output";
import { failureText, readFiles } from "../readerThreads";

const today = (): DayNumber => localDay(new Date());

function options(argv: readonly string[]) {
  const { values, positionals } = parse(argv, {
    output: { type: "string", short: "o" },
    "as-of": { type: "string" },
    force: { type: "boolean" },
  });
  if (positionals.length !== 1)
    throw new UsageError("Укажите одну книгу ОО: nastavnik report школа.xlsx -o отчёт.xlsx");
  const target = values.output;
  if (target === undefined || target === "") throw new UsageError("Укажите файл отчёта: -o отчёт.xlsx");
  if (!target.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`«${target}»: имя файла отчёта должно оканчиваться на .xlsx`);
  const [file] = positionals;
  return { file, target, asOf: asOfOption(values["as-of"]), force: values.force === true };
}

/** What the file holds. */
function summary(plan: WritePlan, target: string, school: string, out: Output): void {
  const monitoring = plan.sheets.find((s) => s.name === MONITORING_SHEET);
  const data = plan.sheets.find((s) => s.name === REPORT_DATA_SHEET);
  const dataRows = data?.tables?.[0] && "rows" in data.tables[0] ? data.tables[0].rows.length : 0;
  const charts = monitoring?.charts ?? [];
  out.line(`Отчёт записан: ${target}`);
  out.line(`  ${school}`);
  out.line(
    `  «${MONITORING_SHEET}»: показателей — ${kpiCatalogue.length}, таблиц — ${monitoring?.tables?.length ?? 0}, диаграмм — ${charts.length}; печать — А4, альбомная, в ширину страницы.`,
  );
  if (charts.length > 0) out.line(`  Диаграммы: ${charts.map((c) => `«${c.title}»`).join(", ")}.`);
  out.line(`  «${REPORT_DATA_SHEET}»: строк для свода — ${dataRows}.`);
  out.line("  Отчёт обезличен: ФИО участников в него не попали.");
  for (const p of unsupportedParts(plan)) out.line(`  ${p.message}`);
}

export async function report(argv: readonly string[], out: Output): Promise<number> {
  const { file, target, asOf, force } = options(argv);
  const [output] = await prepareOutputs([target], { inputs: [file], force });
  const [loaded] = await readFiles("grid", [file]);
  if (!loaded.ok) {
    out.error(`${file}: ${loaded.issue.message}`);
    return 2;
  }
  let result;
  try {
    result = evaluateWorkbook(loaded.grid, { asOf });
  } catch (e) {
    out.error(`${file}: ${unreadableIssue(failureText(e)).message}`);
    return 2;
  }
  if (!isReportable(result)) {
    out.error(`${file}: ${result.error ?? "показатели не рассчитаны"} Например: --as-of 2024-12-20.`);
    return 2;
  }
  let plan: WritePlan;
  try {
    plan = reportPlan(result, today());
  } catch (e) {
    if (!(e instanceof PersonalDataError)) throw e;
    out.error(
      `${file}: ${e.message} Отчёт не записан. Исправьте книгу ОО: ФИО не должно стоять в названии ОО, муниципалитете или коде.`,
    );
    return 2;
  }
  await writeOutputFile(output, await writePlanToBuffer(plan));
  const info = result.wb.info;
  const school = [info.code, info.name].filter(Boolean).join(" ") || "ОО без кода и названия";
  summary(
    plan,
    target,
    `${school}: учебный год ${result.analysis.schoolYear}, отчётная дата ${ruDateOf(result.asOf)}.`,
    out,
  );
  const errors = result.issues.filter((i) => i.severity === "error").length;
  if (errors === 0) return 0;
  out.line(
    `В книге ОО найдены ошибки (${errors}): показатели посчитаны по тем данным, что читаются. Подробности: nastavnik check ${file}`,
  );
  return 1;
}
