/**
 * A conversion as one Russian line, the same in the CLI report and in the pane:
 * «K6: «сентябрь 2023» → Дата начала 01.09.2023 (месяц и год)».
 */
import { dayFromIso, ruDateOf } from "../values/dates";
import type { Conversion, ReportValue } from "./model";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function reportValueText(v: ReportValue): string {
  if (v === null) return "(пусто)";
  if (typeof v === "string" && ISO.test(v)) {
    const d = dayFromIso(v);
    return d === null ? v : ruDateOf(d);
  }
  // 3 г. 2 мес. is 3.1666… years: the file keeps every digit, the report shows four.
  if (typeof v === "number") return String(Math.round(v * 10_000) / 10_000).replace(".", ",");
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  return v;
}

export function conversionLine(c: Conversion): string {
  const to = Object.entries(c.to)
    .map(([header, v]) => `${header} ${reportValueText(v)}`)
    .join(", ");
  return `${c.cell}: «${c.from}» → ${to} (${c.note})`;
}
