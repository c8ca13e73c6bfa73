/**
 * `nastavnik form -o <форма.xlsx> [--municipality M] [--as-of YYYY-MM-DD] [--force]`: the blank
 * monitoring form of forms.md (a), for a municipality to send to schools that keep no lists.
 * Exit status: 0 written; 2 usage error or an existing output without --force.
 */
import { FORM_SHEET, formPlan } from "../../domain/forms/formPlan";
import { formParts } from "../../domain/forms/formParts";
import { kpiCatalogue } from "../../domain/kpi/catalogue";
import { ruDateOf } from "../../domain/values/dates";
import { writePlanToBuffer } from "../../xlsx/writePlan";
import { asOfOption, parse, UsageError } from "../args";
import type { Output } from "../output";
import { prepareOutputs, writeOutputFile } from "../outputFiles";

const USAGE_HINT = "nastavnik form -o форма.xlsx --municipality «Береговской МО» --as-of 2024-12-02";

export async function form(argv: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: "string", short: "o" },
    municipality: { type: "string" },
    "as-of": { type: "string" },
    force: { type: "boolean" },
  });
  if (positionals.length > 0)
    throw new UsageError(
      `Лишние аргументы: ${positionals.join(" ")}. Файл формы задаётся через -o: ${USAGE_HINT}`,
    );
  const target = values.output;
  if (target === undefined || target === "")
    throw new UsageError(`Укажите файл формы через -o: ${USAGE_HINT}`);
  if (!target.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`«${target}»: имя файла формы должно оканчиваться на .xlsx`);
  const asOf = asOfOption(values["as-of"]);
  const municipality = values.municipality?.trim() || undefined;
  // Written atomically; an existing file needs --force (refused with exit 2 otherwise).
  const [output] = await prepareOutputs([target], { inputs: [], force: values.force === true });
  await writeOutputFile(output, await writePlanToBuffer(formPlan({ municipality, asOf })));
  out.line(`Форма мониторинга записана: ${target}`);
  out.line(
    `  Лист «${FORM_SHEET}»: показателей — ${kpiCatalogue.length}, строк для заполнения — ${formParts.length}.`,
  );
  if (municipality !== undefined) out.line(`  Муниципалитет: ${municipality}.`);
  if (asOf !== undefined) out.line(`  Отчётная дата: ${ruDateOf(asOf)}.`);
  out.line(
    "  Разошлите форму школам; заполненные формы сводятся командой nastavnik consolidate вместе с книгами ОО.",
  );
  return 0;
}
