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

const nf = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });
export const pct = (v: number | null) =>
  v === null ? "—" : `${new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }).format(v * 100)}%`;
const num = (v: number | null) => (v === null ? "—" : nf.format(v));

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
  const target = s.target === null ? "" : ` (цель ${pct(s.target)})`;
  if (s.numerator === null || s.denominator === null)
    return `нет данных (${num(s.numerator)} из ${num(s.denominator)})${target}`;
  if (s.denominator === 0) return `нет данных (${s.numerator} из 0)${target}`;
  return `${pct(s.value)} — ${s.numerator} из ${s.denominator}${target}`;
}

const breakdown = (r: Counts | null) =>
  r === null
    ? "нет данных"
    : Object.entries(r)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; ");

/** One line per KPI of the catalogue (a part some input lacks reads «—»). */
export function kpiLines(values: KpiFigures): string[] {
  return kpiCatalogue.map((def) => {
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
    return `  ${def.title}: ${text}`;
  });
}
