/**
 * `nastavnik match <file.xlsx>... [--as-of YYYY-MM-DD] [--json]` — «Подбор» on files: suggested
 * mentors for every mentee without one on D, and one optimal assignment of them all (cli.md,
 * "Matching"). Read-only: the file is not changed. The output names people: it is the school's
 * own list on the school's own machine, not an upward report.
 */
import { assignAll, type Assignment } from "../../domain/matching/assign";
import { criteriaCatalogue } from "../../domain/matching/criteria";
import { matchPool } from "../../domain/matching/pool";
import type { Candidate } from "../../domain/matching/scorer";
import { suggest, type Suggestion } from "../../domain/matching/suggest";
import { matchTooBig } from "../../domain/matching/workLimit";
import { ruDateOf } from "../../domain/values/dates";
import { exitCode, runOnFiles, type FileResult } from "../evaluateFiles";
import type { Output } from "../output";
import { schoolJson } from "../schoolJson";

interface Matched {
  readonly suggestions: readonly Suggestion[];
  readonly assignment: Assignment;
}

const reasonsJson = (c: Candidate) =>
  Object.fromEntries(criteriaCatalogue.map((k) => [k.id, c.reasons[k.id].value]));

/** Why a file could not be matched: unreadable, no D, or lists too long to match. */
const whyNotMatched = (r: FileResult) =>
  (r.result ? (r.result.error ?? matchTooBig(r.result)) : r.issues[0]?.message) ?? "Файл не читается";

function fileJson(r: FileResult, m: Matched | null) {
  const base = { file: r.file };
  if (!m) return { ...base, suggestions: [], assignment: [], unassigned: [], error: whyNotMatched(r) };
  return {
    ...base,
    suggestions: m.suggestions.map((s) => ({
      mentee: s.mentee.name,
      row: s.mentee.row,
      candidates: s.candidates.map((c) => ({
        mentor: c.mentor.name,
        score: c.score,
        reasons: reasonsJson(c),
      })),
    })),
    assignment: m.assignment.pairs.map((p) => ({
      mentee: p.mentee.name,
      mentor: p.mentor.name,
      score: p.score,
    })),
    unassigned: m.assignment.unassigned.map((u) => ({ mentee: u.mentee.name, reason: u.reason })),
  };
}

const score = (v: number) =>
  new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

function humanLines(r: FileResult, m: Matched): string[] {
  const a = r.result!.analysis;
  const young = m.suggestions.filter((s) => s.young).length;
  const planned = matchPool(a).planned.length;
  const lines = [
    `  на ${ruDateOf(a.asOf)} без наставника: ${m.suggestions.length} (молодых специалистов: ${young})` +
      (planned ? `; ещё ${planned} уже ждут запланированной пары и не подбираются` : ""),
  ];
  if (m.suggestions.length === 0) return lines;
  lines.push("", "  Предложения:");
  for (const s of m.suggestions) {
    lines.push(`    ${s.mentee.name} (строка ${s.mentee.row}${s.young ? ", молодой специалист" : ""})`);
    if (s.candidates.length === 0) lines.push("      подходящих наставников нет");
    s.candidates.forEach((c, k) => {
      lines.push(`      ${k + 1}. ${score(c.score)}  ${c.mentor.name}, «${c.form}»`);
      lines.push(`         ${criteriaCatalogue.map((cr) => c.reasons[cr.id].text).join("; ")}`);
    });
  }
  lines.push("", "  Подобрать всем (черновик строк «Пары» со статусом «Планируется»):");
  for (const p of m.assignment.pairs)
    lines.push(`    ${p.mentee.name} → ${p.mentor.name}  ${score(p.score)}  «${p.form}»`);
  if (m.assignment.pairs.length === 0) lines.push("    никого подобрать не удалось");
  if (m.assignment.unassigned.length > 0) {
    lines.push("", "  Без наставника:");
    for (const u of m.assignment.unassigned) lines.push(`    ${u.mentee.name}: ${u.reason}`);
  }
  return lines;
}

export async function match(argv: readonly string[], out: Output): Promise<number> {
  const { results, json } = await runOnFiles("match", argv, out);
  const matched = results.map((r): Matched | null =>
    r.result && r.result.asOf !== null && matchTooBig(r.result) === null
      ? { suggestions: suggest(r.result), assignment: assignAll(r.result) }
      : null,
  );
  if (json) {
    out.json({ files: results.map((r, i) => fileJson(r, matched[i])) });
    return exitCode(results);
  }
  results.forEach((r, i) => {
    const s = schoolJson(r.result);
    out.line(`${r.file}${s ? ` — ${s.code ?? "без кода"} ${s.name ?? ""}`.trimEnd() : ""}`);
    const m = matched[i];
    if (!m) out.line(`  Подбор не выполнен: ${whyNotMatched(r)}`);
    else for (const l of humanLines(r, m)) out.line(l);
    out.line();
  });
  return exitCode(results);
}
