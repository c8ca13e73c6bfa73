/** Russian human-readable output: issues and KPI values as a methodist or analyst reads them. */
import type { Issue } from "../domain/issues";
import { columnLetter, severityLabels } from "../domain/issues";
import { kpiCatalogue } from "../domain/kpi/catalogue";
import type {
  Counts,
  CountFigures,
  GroupsFigures,
  KpiFigures,
  LoadFigures,
  PlanFigures,
  SatisfactionFigures,
  ShareFigures,
} from "../domain/kpi/figures";
import type { LeftOut } from "../domain/kpi/leftOut";
import type { KpiId } from "../domain/kpi/types";

import { decimalText as num, ofText, percentText as pct, targetText } from "../domain/format/numbers";
import { NOT_COUNTED } from "../domain/kpi/reading";
import { statusLabels, statusOfKpi } from "../domain/kpi/status";

export function issueLine(i: Issue): string {
  const where =
    i.sheet === null
      ? "файл"
      : i.row === null
        ? `${i.sheet}`
        : `${i.sheet}!${columnLetter(i.col ?? 1)}${i.row}`;
  return `  ${severityLabels[i.severity].one.padEnd(14)} ${i.code}  ${where.padEnd(18)} ${i.message}`;
}

function shareText(s: ShareFigures): string {
  const target = s.target === null ? "" : ` (цель ${targetText(s.target)})`;
  // A part some pooled input lacks (a form's) is null: said, never shown as 0.
  if (s.numerator === null || s.denominator === null)
    return `нет данных (${num(s.numerator)} из ${num(s.denominator)})${target}`;
  if (s.denominator === 0) return `нет данных (${ofText(s.numerator, 0)})${target}`;
  return `${pct(s.value)} — ${ofText(s.numerator, s.denominator)}${target}`;
}

const breakdown = (r: Counts | null) =>
  r === null
    ? "нет данных"
    : Object.entries(r)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; ");

/** «строки 5, 7, 9» / «строка 5»: the rows of a reason, the first few. */
function rowsText(rows: readonly { row: number | null }[]): string {
  const numbers = rows.flatMap((r) => (r.row === null ? [] : [r.row]));
  if (numbers.length === 0) return "";
  const shown = numbers.slice(0, 10).join(", ") + (numbers.length > 10 ? ", …" : "");
  return ` (${numbers.length === 1 ? "строка" : "строки"} ${shown})`;
}

/** «Не учитываются: 2 — лист «Пары»: дата начала не читается (строки 5, 7)», or null when none. */
export function leftOutLine(l: LeftOut): string | null {
  if (l.count === 0) return null;
  const reasons = l.reasons.map((r) => `лист «${r.sheet}»: ${r.reason}${rowsText(r.rows)}`).join("; ");
  return `    ${NOT_COUNTED}: ${l.count} — ${reasons}`;
}

/**
 * One line per KPI of the catalogue, ending with its status word; with `leftOut`, each KPI that
 * leaves rows out is followed by a line saying how many and why — the rows the pane's card lists.
 */
export function kpiLines(values: KpiFigures, leftOut?: Readonly<Record<KpiId, LeftOut>>): string[] {
  return kpiCatalogue.flatMap((def) => {
    const line = kpiLine(def, values);
    const note = leftOut ? leftOutLine(leftOut[def.id]) : null;
    return note === null ? [line] : [line, note];
  });
}

function kpiLine(def: (typeof kpiCatalogue)[number], values: KpiFigures): string {
  const v = values[def.id] as unknown;
  let text: string;
  switch (def.kind) {
    case "share":
      text = shareText(v as ShareFigures);
      break;
    case "plan": {
      const p = v as PlanFigures;
      text = `${shareText(p)}; просрочено мероприятий: ${num(p.overdue)}`;
      break;
    }
    case "groups": {
      const g = v as GroupsFigures;
      text = `${num(g.value)} (связей: ${num(g.links)})${g.value ? `; по формам — ${breakdown(g.byForm)}; по видам — ${breakdown(g.byKind)}` : ""}`;
      break;
    }
    case "load": {
      const l = v as LoadFigures;
      text = `наставников: ${num(l.mentors)}; среднее ${num(l.mean)}, медиана ${num(l.median)}, максимум ${num(l.max)}; выше нормы: ${num(l.overLimit)}`;
      break;
    }
    case "count":
      text = num((v as CountFigures).value);
      break;
    case "satisfaction": {
      const s = v as SatisfactionFigures;
      text = `наставники ${num(s.mentor.mean)} (оценок: ${num(s.mentor.n)}); наставляемые ${num(s.mentee.mean)} (оценок: ${num(s.mentee.n)})`;
      break;
    }
  }
  // The status word, as on the cards and in the report: «достигнуто», «не выполнено», …
  const status = statusOfKpi(def.id, values);
  return `  ${def.title}: ${text}${status === "none" ? "" : ` — ${statusLabels[status]}`}`;
}
