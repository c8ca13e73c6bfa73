/**
 * The facts every rule and KPI shares, computed once per workbook and as-of date D (kpi.md,
 * "Definitions used below"): persons by ФИО key, which «Пары» rows take part (names resolved by
 * key or short name), their effective end, whether they are active on D or involved in Y up to D,
 * each mentee's age at D, and who is a young specialist.
 */
import type { SchoolWorkbook } from "../read/readWorkbook";
import type { Mentee, Mentor, Pair } from "../model/records";
import type { Settings } from "../template/keyValue";
import { type DayNumber, dayFromYmd, schoolYearLabel, schoolYearStartOf, ymdOf } from "../values/dates";
import { NameResolver } from "./shortNames";

export interface PairFacts {
  readonly pair: Pair;
  /** Null when the row takes part; otherwise why it is not counted (Russian, for drill-down). */
  readonly notCounted: string | null;
  /**
   * True when the row does not take part because of a problem in it (an unreadable date, a
   * person not found…), as opposed to a pair that is only planned: those are the rows a KPI
   * says it could not count.
   */
  readonly notCountedProblem: boolean;
  readonly mentor: Mentor | undefined;
  readonly mentee: Mentee | undefined;
  /** The ФИО key the row names: the resolved person's, else the cell's own (undefined: empty). */
  readonly mentorKey: string | undefined;
  readonly menteeKey: string | undefined;
  /** The person was found by a short name («Петров С.Н.»): F008 on that cell. */
  readonly mentorByShortName: boolean;
  readonly menteeByShortName: boolean;
  /** Persons a short name fits when it fits several (P001/P002 «несколько лиц»). */
  readonly mentorCandidates: readonly Mentor[];
  readonly menteeCandidates: readonly Mentee[];
  readonly effectiveEnd: DayNumber | undefined;
  readonly active: boolean;
  readonly involved: boolean;
}

export interface Analysis {
  readonly wb: SchoolWorkbook;
  readonly settings: Settings;
  /** The as-of date D. */
  readonly asOf: DayNumber;
  /** 01.09 of the school year Y that contains D. */
  readonly yearStart: DayNumber;
  readonly schoolYear: string;
  /** First row of each ФИО key (later repeats are ignored everywhere but R001). */
  readonly mentorsByKey: ReadonlyMap<string, Mentor>;
  readonly menteesByKey: ReadonlyMap<string, Mentee>;
  /** The persons: first row of each key, in worksheet order. */
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
  readonly pairs: readonly PairFacts[];
  readonly active: readonly PairFacts[];
  readonly involved: readonly PairFacts[];
  readonly youngSpecialists: readonly Mentee[];
  /** Mentees (persons) with at least one row active on D. */
  readonly activeMentees: ReadonlySet<Mentee>;
  isYoung(m: Mentee): boolean;
  /** A mentee's age at D (workbook.md, "Age at D"); undefined when unknown. */
  ageAt(m: Mentee): number | undefined;
  /** What `perAnalysis` (memo.ts) has derived from this analysis, by deriving function. */
  readonly memo: Map<unknown, unknown>;
}

/** The ages a mentee may have (workbook.md: «Возраст, лет» 5–80). */
export const AGE_MIN = 5;
export const AGE_MAX = 80;
const inAgeRange = (n: number) => Number.isInteger(n) && n >= AGE_MIN && n <= AGE_MAX;

function firstByKey<T extends { key: string | undefined }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of rows) if (r.key !== undefined && !map.has(r.key)) map.set(r.key, r);
  return map;
}

/** Effective end (kpi.md): the fact end; else the planned end of a finished row; else none. */
export function effectiveEndOf(p: Pair): DayNumber | undefined {
  if (p.actualEnd !== undefined) return p.actualEnd;
  if (p.status === "Завершена" || p.status === "Прекращена") return p.plannedEnd;
  return undefined;
}

/** Full years from a birth date to D. */
export function fullYears(birth: DayNumber, d: DayNumber): number {
  const b = ymdOf(birth);
  const t = ymdOf(d);
  const beforeBirthday = t.m < b.m || (t.m === b.m && t.d < b.d);
  return t.y - b.y - (beforeBirthday ? 1 : 0);
}

/**
 * Age at D: «Возраст, лет» when readable and within 5–80; else the full years from «Дата рождения»
 * when those are within 5–80; else unknown.
 */
export function ageAtOf(m: Mentee, d: DayNumber): number | undefined {
  if (m.age !== undefined && inAgeRange(m.age)) return m.age;
  if (m.birthDate === undefined) return undefined;
  const derived = fullYears(m.birthDate, d);
  return inAgeRange(derived) ? derived : undefined;
}

export function isYoungSpecialist(m: Mentee, s: Settings, age: () => number | undefined): boolean {
  if (m.young !== undefined) return m.young;
  // Derived only when the cell is empty (workbook.md); an unreadable mark (F002) is not «да».
  if (m.youngUnreadable) return false;
  if (m.category !== "Педагог" || m.experience === undefined) return false;
  if (m.experience > s.youngMaxExperience) return false;
  if (s.useAge) {
    const years = age();
    if (years === undefined || years > s.youngMaxAge) return false;
  }
  return true;
}

/** Why a row does not take part; `problem` false only for a pair that is just planned. */
function whyNotCounted(
  p: Pair,
  mentor: Mentor | undefined,
  mentee: Mentee | undefined,
  several: { mentor: boolean; mentee: boolean },
): { reason: string; problem: boolean } | null {
  const problem = (reason: string) => ({ reason, problem: true });
  if (p.start === undefined)
    return problem(
      p.src.read("start")?.state === "bad" ? "дата начала не читается" : "не указана дата начала",
    );
  if (p.status === undefined)
    return problem(p.src.read("status")?.state === "bad" ? "статус не распознан" : "не указан статус");
  if (p.status === "Планируется") return { reason: "пара только планируется", problem: false };
  if (!mentor) {
    if (p.mentorName === undefined) return problem("не указан наставник");
    return problem(
      several.mentor
        ? "наставник не определён: так можно назвать нескольких людей на листе «Наставники»"
        : "наставник не найден на листе «Наставники»",
    );
  }
  if (!mentee) {
    if (p.menteeName === undefined) return problem("не указан наставляемый");
    return problem(
      several.mentee
        ? "наставляемый не определён: так можно назвать нескольких людей на листе «Наставляемые»"
        : "наставляемый не найден на листе «Наставляемые»",
    );
  }
  return null;
}

export function analyze(wb: SchoolWorkbook, asOf: DayNumber): Analysis {
  const settings = wb.settings;
  const yearFirst = schoolYearStartOf(asOf);
  const yearStart = dayFromYmd(yearFirst, 9, 1);
  const mentorsByKey = firstByKey(wb.mentors);
  const menteesByKey = firstByKey(wb.mentees);
  const mentorNames = new NameResolver(mentorsByKey);
  const menteeNames = new NameResolver(menteesByKey);
  const pairs: PairFacts[] = wb.pairs.map((pair) => {
    const m = mentorNames.resolve(pair.mentorKey);
    const e = menteeNames.resolve(pair.menteeKey);
    const mentor = m.person;
    const mentee = e.person;
    const why = whyNotCounted(pair, mentor, mentee, {
      mentor: m.several.length > 1,
      mentee: e.several.length > 1,
    });
    const effectiveEnd = effectiveEndOf(pair);
    const started = why === null && pair.start! <= asOf;
    return {
      pair,
      notCounted: why?.reason ?? null,
      notCountedProblem: why?.problem ?? false,
      mentor,
      mentee,
      mentorKey: mentor?.key ?? pair.mentorKey,
      menteeKey: mentee?.key ?? pair.menteeKey,
      mentorByShortName: m.short,
      menteeByShortName: e.short,
      mentorCandidates: m.several,
      menteeCandidates: e.several,
      effectiveEnd,
      // «Приостановлена» takes part and is never active (kpi.md).
      active:
        started && pair.status !== "Приостановлена" && (effectiveEnd === undefined || effectiveEnd >= asOf),
      involved: started && (effectiveEnd === undefined || effectiveEnd >= yearStart),
    };
  });
  const mentees = [...menteesByKey.values()];
  const active = pairs.filter((p) => p.active);
  const ages = new Map<Mentee, number | undefined>();
  const ageAt = (m: Mentee) => {
    if (!ages.has(m)) ages.set(m, ageAtOf(m, asOf));
    return ages.get(m);
  };
  const isYoung = (m: Mentee) => isYoungSpecialist(m, settings, () => ageAt(m));
  return {
    wb,
    settings,
    asOf,
    yearStart,
    schoolYear: schoolYearLabel(yearFirst),
    mentorsByKey,
    menteesByKey,
    mentors: [...mentorsByKey.values()],
    mentees,
    pairs,
    active,
    involved: pairs.filter((p) => p.involved),
    youngSpecialists: mentees.filter(isYoung),
    activeMentees: new Set(active.map((f) => f.mentee!)),
    isYoung,
    ageAt,
    memo: new Map(),
  };
}
