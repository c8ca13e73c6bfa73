/**
 * C001–C003 (rules.md, "Consolidation"): rules across the files of a municipal consolidation, in
 * the order the files were given. Like the per-file rules, each is a code, a severity and a pure
 * check; findings carry the index of the file they belong to.
 */
import type { ConsolidationInput, PersonEntry } from "../consolidation/input";
import type { Issue, Severity } from "../issues";
import { infoSheet } from "../template/keyValue";
import { type Finding, q, toIssue } from "./define";

export interface FileFinding {
  /** Index of the file in the consolidation's order. */
  readonly file: number;
  readonly finding: Finding;
}

export interface ConsolidationRuleDef {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly title: string;
  check(inputs: readonly ConsolidationInput[]): Iterable<FileFinding>;
}

/** «Код ОО» compared trimmed and case-insensitive (rules.md, C001). */
export const codeKey = (code: string): string => code.trim().toLowerCase();
/** «2024 / 2025» and «2024/2025» name the same year. */
const yearKey = (year: string): string => year.replace(/\s+/g, "");

/** How messages name a school: its code and name, else its file. */
export function schoolLabel(input: ConsolidationInput): string {
  const s = input.school;
  const name = [s?.code, s?.name].filter((x) => x).join(" ");
  return name ? q(name) : `файл ${q(input.file)}`;
}

export const duplicateCode: ConsolidationRuleDef = {
  code: "C001",
  severity: "error",
  sheet: infoSheet.name,
  title: "«Код ОО» повторяет код другого файла",
  *check(inputs) {
    const first = new Map<string, number>();
    for (const [i, input] of inputs.entries()) {
      if (input.code === null) continue;
      const key = codeKey(input.code.text);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        continue;
      }
      const other = inputs[earlier];
      yield {
        file: i,
        finding: {
          at: input.code.at,
          message:
            `Код ОО ${q(input.code.text)} уже указан в файле ${q(other.file)}${other.school?.name ? ` (${other.school.name})` : ""}. ` +
            "У каждой ОО свой код: проверьте «Код ОО» на листе «Сведения». В своде файлы учтены по отдельности.",
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
  *check(inputs) {
    const counts = new Map<string, number>();
    for (const input of inputs) {
      if (input.declaredYear === null) continue;
      const key = yearKey(input.declaredYear.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const most = Math.max(0, ...counts.values());
    // On a tie, the earliest file's year: the first file (in order) whose year has the top count.
    const usual = inputs.find(
      (x) => x.declaredYear !== null && counts.get(yearKey(x.declaredYear.text)) === most,
    );
    const usualYear = usual?.declaredYear?.text;
    if (usualYear === undefined) return;
    const usualKey = yearKey(usualYear);
    for (const [i, input] of inputs.entries()) {
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
  *check(inputs) {
    // A school is its «Код ОО»: two files of one school (C001) do not make a person "in two schools".
    const schoolOf = inputs.map((x, i) => (x.code === null ? `#${i}` : codeKey(x.code.text)));
    const byKey = new Map<string, { file: number; person: PersonEntry }[]>();
    for (const [file, input] of inputs.entries()) {
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

export const consolidationRules: readonly ConsolidationRuleDef[] = [
  duplicateCode,
  schoolYearDiffers,
  personInTwoSchools,
];

/** The C-issues of every file, by the file's index. */
export function consolidationIssues(inputs: readonly ConsolidationInput[]): Issue[][] {
  const out: Issue[][] = inputs.map(() => []);
  for (const rule of consolidationRules)
    for (const f of rule.check(inputs)) out[f.file].push(toIssue(rule, f.finding));
  return out;
}
