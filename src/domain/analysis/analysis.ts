/**
 * The facts every rule and KPI shares, computed once per workbook and as-of date D (kpi.md,
 * "Definitions used below"): persons by ФИО key, which «Пары» rows take part, their effective
 * end, whether they are active on D or involved in Y up to D, and who is a young specialist.
 */
import type { SchoolWorkbook } from "../read/readWorkbook";
import type { Mentee, Mentor, Pair } from "../model/records";
import type { Settings } from "../template/keyValue";
import { type DayNumber, dayFromYmd, schoolYearLabel, schoolYearStartOf } from "../values/dates";

export interface PairFacts {
  readonly pair: Pair;
  /** Null when the row takes part; otherwise why it is not counted (Russian, for drill-down). */
  readonly notCounted: string | null;
  readonly mentor: Mentor | undefined;
  readonly mentee: Mentee | undefined;
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
  /** What `perAnalysis` (memo.ts) has derived from this analysis, by deriving function. */
  readonly memo: Map<unknown, unknown>;
}

function firstByKey<T extends { key: string | undefined }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of rows) if (r.key !== undefined && !map.has(r.key)) map.set(r.key, r);
  return map;
}

export function effectiveEndOf(p: Pair): DayNumber | undefined {
  if (p.actualEnd !== undefined) return p.actualEnd;
  if (p.status === "Завершена" || p.status === "Прекращена") return p.plannedEnd;
  return undefined;
}

export function isYoungSpecialist(m: Mentee, s: Settings): boolean {
  if (m.young !== undefined) return m.young;
  // Derived only when the cell is empty (workbook.md); an unreadable mark (F002) is not «да».
  if (m.youngUnreadable) return false;
  if (m.category !== "Педагог" || m.experience === undefined) return false;
  if (m.experience > s.youngMaxExperience) return false;
  if (s.useAge && (m.age === undefined || m.age > s.youngMaxAge)) return false;
  return true;
}

function whyNotCounted(p: Pair, mentor: Mentor | undefined, mentee: Mentee | undefined): string | null {
  if (p.start === undefined) return "нет корректной даты начала";
  if (p.status === undefined) return "статус не распознан";
  if (p.status === "Планируется") return "пара только планируется";
  if (!mentor) return "наставник не найден на листе «Наставники»";
  if (!mentee) return "наставляемый не найден на листе «Наставляемые»";
  return null;
}

export function analyze(wb: SchoolWorkbook, asOf: DayNumber): Analysis {
  const settings = wb.settings;
  const yearFirst = schoolYearStartOf(asOf);
  const yearStart = dayFromYmd(yearFirst, 9, 1);
  const mentorsByKey = firstByKey(wb.mentors);
  const menteesByKey = firstByKey(wb.mentees);
  const pairs: PairFacts[] = wb.pairs.map((pair) => {
    const mentor = pair.mentorKey === undefined ? undefined : mentorsByKey.get(pair.mentorKey);
    const mentee = pair.menteeKey === undefined ? undefined : menteesByKey.get(pair.menteeKey);
    const notCounted = whyNotCounted(pair, mentor, mentee);
    const effectiveEnd = effectiveEndOf(pair);
    const takesPart = notCounted === null;
    const started = takesPart && pair.start! <= asOf;
    return {
      pair,
      notCounted,
      mentor,
      mentee,
      effectiveEnd,
      active: started && (effectiveEnd === undefined || effectiveEnd >= asOf),
      involved: started && (effectiveEnd === undefined || effectiveEnd >= yearStart),
    };
  });
  const mentees = [...menteesByKey.values()];
  const active = pairs.filter((p) => p.active);
  const isYoung = (m: Mentee) => isYoungSpecialist(m, settings);
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
    memo: new Map(),
  };
}
