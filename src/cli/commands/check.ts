/** `nastavnik check <file.xlsx>... [--as-of YYYY-MM-DD] [--json]` */
import { countBySeverity } from "../../domain/issues";
import { asOfOption, parse, UsageError } from "../args";
import { evaluateFiles, exitCode } from "../evaluateFiles";
import { issueLine } from "../format";
import type { Output } from "../output";
import { counts, issueJson, schoolJson, topAsOf } from "../schoolJson";

export async function check(argv: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parse(argv, { "as-of": { type: "string" }, json: { type: "boolean" } });
  if (positionals.length === 0)
    throw new UsageError("Укажите хотя бы один файл .xlsx: nastavnik check школа.xlsx");
  const asOf = asOfOption(values["as-of"]);
  const results = await evaluateFiles(positionals, asOf, out);

  if (values.json) {
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
