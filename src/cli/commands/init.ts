/** `nastavnik init <out.xlsx> [--school-code C] [--school-name N] [--municipality M] [--year YYYY/YYYY] [--demo] [--force]` */
import { demoSchool } from "../../domain/demo/demoSchool";
import type { PlanValue } from "../../domain/plan/writePlan";
import { templatePlan, type TemplateContent } from "../../domain/structure/templatePlan";
import { schoolYearFirst } from "../../domain/rules/info";
import { dayFromYmd, localDay, schoolYearStartOf, type DayNumber } from "../../domain/values/dates";
import { writePlanToBuffer } from "../../xlsx/writePlan";
import { parse, UsageError } from "../args";
import { prepareOutputs, writeOutputFile } from "../outputFiles";
import type { Output } from "../output";

const today = (): DayNumber => localDay(new Date());

export async function init(argv: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parse(argv, {
    "school-code": { type: "string" },
    "school-name": { type: "string" },
    municipality: { type: "string" },
    year: { type: "string" },
    demo: { type: "boolean" },
    force: { type: "boolean" },
  });
  if (positionals.length !== 1)
    throw new UsageError("Укажите один файл для новой книги: nastavnik init школа.xlsx");
  const [file] = positionals;
  if (!file.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`«${file}»: имя файла должно оканчиваться на .xlsx`);
  const [target] = await prepareOutputs([file], { inputs: [], force: values.force === true });
  let first: number | null = null;
  if (values.year !== undefined) {
    first = schoolYearFirst(values.year);
    if (first === null)
      throw new UsageError(
        `--year: «${values.year}» — нужно ГГГГ/ГГГГ с соседними годами, например 2024/2025.`,
      );
  }
  const given: Record<string, PlanValue> = {};
  if (values["school-code"]) given.code = values["school-code"];
  if (values["school-name"]) given.name = values["school-name"];
  if (values.municipality) given.municipality = values.municipality;
  if (values.year) given.schoolYear = values.year;

  let content: TemplateContent = { info: given };
  if (values.demo) {
    // The demo's reporting date: today, or 20 December of the requested school year.
    const asOf = first === null || first === schoolYearStartOf(today()) ? today() : dayFromYmd(first, 12, 20);
    const demo = demoSchool({ asOf });
    content = { ...demo, info: { ...demo.info, ...given } };
  }
  await writeOutputFile(target, await writePlanToBuffer(templatePlan(content)));
  out.line(
    values.demo
      ? `Создана демонстрационная книга «${file}». Попробуйте: npx nastavnik check ${file} и npx nastavnik kpi ${file} (в демо-книге нарочно есть ошибки: check найдёт их и завершится с кодом 1).`
      : `Создана книга «${file}» по шаблону v1. Заполните листы «Сведения», «Наставники», «Наставляемые», «Пары» и «План».`,
  );
  return 0;
}
