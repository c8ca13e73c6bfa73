/**
 * C001–C004 (rules.md, "Consolidation"): rules across the files of a municipal consolidation, in
 * the order the files were given. Like the per-file rules, each is a code, a severity and a pure
 * check; findings carry the index of the file they belong to. Which file of a school is pooled
 * (supersession.ts) and which KPIs stay out (exclusions.ts) are decided before the rules run; the
 * rules only say so. C002 and C003 look at the pooled inputs only: a superseded file is its school's
 * older copy, pooled in nothing.
 */
import type { Exclusions } from "../consolidation/exclusions";
import type { ConsolidationInput, PersonEntry } from "../consolidation/input";
import { schoolCodeKey } from "../consolidation/supersession";
import type { Issue, Severity } from "../issues";
import { kpiDef } from "../kpi/catalogue";
import type { KpiId } from "../kpi/types";
import { infoSheet } from "../template/keyValue";
import { type Finding, q, toIssue } from "./define";
import { baseName } from "../consolidation/fileNames";

export interface FileFinding {
  /** Index of the file in the consolidation's order. */
  readonly file: number;
  readonly finding: Finding;
}

/** What the rules see: the inputs, and what pooling decided about each. */
export interface ConsolidationContext {
  readonly inputs: readonly ConsolidationInput[];
  /** For each input, the index of the newer file of its school that replaces it, or null. */
  readonly supersededBy: readonly (number | null)[];
  /** For each pooled input, the KPIs left out of the total; null for an input that is not pooled. */
  readonly exclusions: readonly (Exclusions | null)[];
}

export interface ConsolidationRuleDef {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly title: string;
  check(ctx: ConsolidationContext): Iterable<FileFinding>;
}

/** Canonical school year: «2023-2024», «2023 / 2024» and «2023–24» are the year starting 2023. */
const yearKey = (year: string): string => {
  const m = /^(\d{4})\s*[/\u2010-\u2015\u2212-]\s*(\d{2}|\d{4})\b/.exec(year.trim());
  return m ? m[1] : year.replace(/\s+/g, "");
};

/** How messages name a school: its code and name, else its file. */
export function schoolLabel(input: ConsolidationInput): string {
  const s = input.school;
  const name = [s?.code, s?.name].filter((x) => x).join(" ");
  return name ? q(name) : `файл ${q(input.file)}`;
}

export const duplicateCode: ConsolidationRuleDef = {
  code: "C001",
  severity: "warning",
  sheet: infoSheet.name,
  title: "Файл заменён более новым файлом той же ОО",
  *check({ inputs, supersededBy }) {
    for (const [i, input] of inputs.entries()) {
      const newer = supersededBy[i];
      if (newer === null || input.code === null) continue;
      yield {
        file: i,
        finding: {
          at: input.code.at,
          message: `Файл заменён более новым файлом ${q(baseName(inputs[newer].file))} с тем же кодом ОО; в свод не включён.`,
        },
      };
    }
  },
};

export const schoolYearDiffers: ConsolidationRuleDef = {
  code: "C002",
  severity: "warning",
  sheet: infoSheet.name,
  title: "Учебный год отличается от большинства файлов",
  *check({ inputs, exclusions }) {
    const pooled = inputs.flatMap((x, i) => (exclusions[i] === null ? [] : [{ x, i }]));
    const counts = new Map<string, number>();
    for (const { x } of pooled) {
      if (x.declaredYear === null) continue;
      const key = yearKey(x.declaredYear.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const most = Math.max(0, ...counts.values());
    // On a tie, the earliest file's year: the first file (in order) whose year has the top count.
    const usual = pooled.find(
      ({ x }) => x.declaredYear !== null && counts.get(yearKey(x.declaredYear.text)) === most,
    );
    const usualYear = usual?.x.declaredYear?.text;
    if (usualYear === undefined) return;
    const usualKey = yearKey(usualYear);
    for (const { x: input, i } of pooled) {
      if (input.declaredYear === null || yearKey(input.declaredYear.text) === usualKey) continue;
      yield {
        file: i,
        finding: {
          at: input.declaredYear.at,
          message:
            `Учебный год ${q(input.declaredYear.text)} отличается от указанного в большинстве файлов ${q(usualYear)}. ` +
            "Проверьте, за тот ли год прислан файл, и исправьте «Учебный год» на листе «Сведения».",
        },
      };
    }
  },
};

const roleNames = { mentor: "наставник", mentee: "наставляемый" } as const;
// Messages name a few of the other schools; a person in many schools would make them unreadable.
const MAX_NAMED_SCHOOLS = 3;

export const personInTwoSchools: ConsolidationRuleDef = {
  code: "C003",
  severity: "info",
  sheet: "*",
  title: "Один человек участвует в наставничестве в двух ОО",
  *check({ inputs, exclusions }) {
    // A school is its «Код ОО»: two files of one school do not make a person "in two schools".
    const schoolOf = inputs.map((x, i) => (x.code === null ? `#${i}` : schoolCodeKey(x.code.text)));
    const byKey = new Map<string, { file: number; person: PersonEntry }[]>();
    for (const [file, input] of inputs.entries()) {
      if (exclusions[file] === null) continue;
      for (const person of input.persons) {
        const list = byKey.get(person.key);
        if (list === undefined) byKey.set(person.key, [{ file, person }]);
        else list.push({ file, person });
      }
    }
    const found: FileFinding[] = [];
    for (const list of byKey.values()) {
      if (list.length < 2 || list.every((e) => schoolOf[e.file] === schoolOf[list[0].file])) continue;
      for (const { file, person } of list) {
        const seen = new Set<string>([schoolOf[file]]);
        const others: string[] = [];
        for (const e of list) {
          if (seen.has(schoolOf[e.file])) continue;
          seen.add(schoolOf[e.file]);
          others.push(`${schoolLabel(inputs[e.file])} (${roleNames[e.person.role]})`);
        }
        const shown = others.slice(0, MAX_NAMED_SCHOOLS).join(", ");
        const more = others.length > MAX_NAMED_SCHOOLS ? ` и ещё в ${others.length - MAX_NAMED_SCHOOLS}` : "";
        found.push({
          file,
          finding: {
            at: person.at,
            message:
              `${q(person.at.value)} (${roleNames[person.role]}) есть также в ${shown}${more}. ` +
              "Если это один человек, работающий в нескольких ОО, всё в порядке; иначе проверьте ФИО.",
          },
        });
      }
    }
    yield* found;
  },
};

export const noDenominator: ConsolidationRuleDef = {
  code: "C004",
  severity: "warning",
  sheet: infoSheet.name,
  title: "Нет численности из «Сведений»: показатель ОО не включён в свод",
  *check({ inputs, exclusions }) {
    for (const [i, input] of inputs.entries()) {
      const ex = exclusions[i];
      if (ex === null || input.infoDenominators === null) continue;
      for (const [id, item] of Object.entries(input.infoDenominators)) {
        if (ex[id as KpiId]?.code !== "C004") continue;
        yield {
          file: i,
          finding: {
            at: item.at,
            message:
              `Нет численности ${q(item.label)} (пусто, не читается или 0): показатель ОО ` +
              `${q(kpiDef(id as KpiId).title)} не включён в свод. Укажите численность целым числом.`,
          },
        };
      }
    }
  },
};

export const consolidationRules: readonly ConsolidationRuleDef[] = [
  duplicateCode,
  schoolYearDiffers,
  personInTwoSchools,
  noDenominator,
];

/** The C-issues of every file, by the file's index. */
export function consolidationIssues(ctx: ConsolidationContext): Issue[][] {
  const out: Issue[][] = ctx.inputs.map(() => []);
  for (const rule of consolidationRules)
    for (const f of rule.check(ctx)) out[f.file].push(toIssue(rule, f.finding));
  return out;
}
