/**
 * The Russian report of `nastavnik import` (cli.md "Import"): per source sheet where it went and
 * how; then every conversion with its cell, the skipped rows, the cells not placed, the sheets
 * not imported and the columns to fill by hand.
 */
import { conversionLine } from "../domain/import/conversionText";
import type { ImportResult, SheetReport } from "../domain/import/model";
import { ruDateOf } from "../domain/values/dates";
import type { Output } from "./output";

const quoted = (xs: readonly string[]) => xs.map((x) => `«${x}»`).join(", ");

function sheetLines(s: SheetReport, out: Output): void {
  out.line(`${s.file} / ${s.sheet} → ${s.targetName}`);
  const counts = [`строка заголовков ${s.headerRow > 0 ? s.headerRow : "нет"}`, `строк данных: ${s.rows}`];
  if (s.written !== s.rows) counts.push(`записано строк: ${s.written}`);
  if (s.pairsGenerated > 0) counts.push(`пар создано: ${s.pairsGenerated}`);
  out.line(`  ${counts.join("; ")}`);
  if (s.mapped.length > 0)
    out.line(`  Сопоставлено: ${s.mapped.map(([a, b]) => `«${a}» → ${b}`).join(", ")}`);
  if (s.pairsMapped.length > 0)
    out.line(`  Для листа «Пары»: ${s.pairsMapped.map(([a, b]) => `«${a}» → ${b}`).join(", ")}`);
  if (s.unmapped.length > 0) out.line(`  Добавлены как дополнительные столбцы: ${quoted(s.unmapped)}`);
  if (s.numbered !== null)
    out.line(
      `  № пары/группы присвоены: ${s.numbered.first === s.numbered.last ? s.numbered.first : `${s.numbered.first}–${s.numbered.last}`}`,
    );
  for (const c of s.constants) out.line(`  ${c.sheet}, «${c.column}» = «${c.value}» (строк: ${c.rows})`);
  if (s.skipped.length > 0)
    out.line(`  Пропущены строки: ${s.skipped.map((k) => `${k.row} (${k.reason})`).join(", ")}`);
  for (const r of s.repeats) out.line(`  Строка ${r.row}: пара не добавлена — повтор ${r.of}`);
  for (const n of s.notPlaced) out.line(`  Не перенесено: ${n.cell} «${n.value}» — ${n.reason}`);
}

export function printImportReport(result: ImportResult, output: string, out: Output): void {
  out.line(`Книга записана: ${output}`);
  out.line(`Дата для статусов пар: ${ruDateOf(result.asOf)}`);
  for (const s of result.sheets) {
    out.line();
    sheetLines(s, out);
  }
  if (result.conversions.length > 0) {
    out.line();
    out.line(`Преобразования (${result.conversions.length}):`);
    let where = "";
    for (const c of result.conversions) {
      const here = `${c.file} / ${c.sheet}`;
      if (here !== where) out.line(`  ${here}`);
      where = here;
      out.line(`    ${conversionLine(c)}`);
    }
  }
  if (result.notImported.length > 0) {
    out.line();
    out.line("Не перенесены листы:");
    for (const n of result.notImported)
      out.line(`  ${n.file} / ${n.sheet} — ${n.reason}${n.cells > 0 ? ` (непустых ячеек: ${n.cells})` : ""}`);
  }
  if (!result.book.info.given) {
    out.line();
    out.line("Листа «Сведения» во входных файлах нет: заполните его в книге вручную.");
  }
  if (result.missingRequired.length > 0) {
    out.line();
    out.line("Заполните вручную (обязательные столбцы без источника):");
    const bySheet = new Map<string, string[]>();
    for (const m of result.missingRequired) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m.column]);
    for (const [sheet, cols] of bySheet) out.line(`  ${sheet}: ${quoted(cols)}`);
  }
  if (result.unreadable > 0) {
    out.line();
    out.line(
      `Не прочитано значений: ${result.unreadable}. Они записаны как текст — исправьте их в книге (список выше, пометка «не прочитано»).`,
    );
  }
}
