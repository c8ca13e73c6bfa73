/** Running the engine on built workbooks, and looking at what it reports. */
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import type { Issue } from "../../src/domain/issues";
import type { KpiValues } from "../../src/domain/kpi/types";
import { day, school, type SchoolData, type SchoolOptions } from "./builders";

export interface EvalOptions extends SchoolOptions {
  /** Override of «Отчётная дата» (ISO). */
  readonly asOf?: string;
}

export function evaluate(data: SchoolData, opts: EvalOptions = {}): SchoolResult {
  return evaluateWorkbook(school(data, opts), opts.asOf === undefined ? {} : { asOf: day(opts.asOf) });
}

export function issuesWith(r: SchoolResult, code: string): Issue[] {
  return r.issues.filter((i) => i.code === code);
}

/** Where issues of a code point: "Sheet!row" strings, in report order. */
export function placesOf(r: SchoolResult, code: string): string[] {
  return issuesWith(r, code).map((i) => `${i.sheet}!${i.row}`);
}

export function kpis(r: SchoolResult): KpiValues {
  if (!r.kpis) throw new Error(`no KPIs: ${r.error}`);
  return r.kpis.values;
}

/**
 * Messages are Russian, name the value, and say what to do: Cyrillic text, no Latin words, the
 * value quoted in «…».
 */
export function expectRussianMessageNaming(issue: Issue, named: string): void {
  expect(issue.message).toMatch(/[А-Яа-яЁё]{3,}/);
  expect(issue.message).not.toMatch(/[A-Za-z]{2,}/);
  expect(issue.message).toContain(named);
}

/** The one issue of a code (fails with the full list when there is not exactly one). */
export function onlyIssue(r: SchoolResult, code: string): Issue {
  const found = issuesWith(r, code);
  if (found.length !== 1) {
    throw new Error(`expected exactly one ${code}, got ${found.length}:\n${JSON.stringify(found, null, 1)}`);
  }
  return found[0];
}
