/** `nastavnik check <file.xlsx>... [--as-of YYYY-MM-DD] [--json]` */
import { countBySeverity } from "../../domain/issues";
import { exitCode, runOnFiles } from "../evaluateFiles";
import { issueLine } from "../format";
import type { Output } from "../output";
import { counts, issueJson, schoolJson, topAsOf } from "../schoolJson";

export async function check(argv: readonly string[], out: Output): Promise<number> {
  const { results, asOf, json } = await runOnFiles("check", argv, out);
  if (json) {
    out.json({
      asOf: topAsOf(
        asOf,
        results.map((r) => r.result),
      ),
      files: results.map((r) => ({
        file: r.file,
        school: schoolJson(r.result),
        ...counts(r.issues),
        issues: r.issues.map(issueJson),
      })),
    });
    return exitCode(results);
  }

  for (const r of results) {
    const s = schoolJson(r.result);
    const c = countBySeverity(r.issues);
    out.line(`${r.file}${s ? ` — ${s.code ?? "без кода"} ${s.name ?? ""}`.trimEnd() : ""}`);
    out.line(`  ошибок: ${c.error}, предупреждений: ${c.warning}, замечаний: ${c.info}`);
    for (const i of r.issues) out.line(issueLine(i));
    out.line();
  }
  return exitCode(results);
}
