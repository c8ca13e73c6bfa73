/** Coverage KPIs: young specialists with a mentor, teachers and students involved. */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { Mentee, Mentor } from "../model/records";
import { defineShare, shareOf, type KpiDef } from "./define";
import { allOf, involvedWithoutCategory, problemPairs, undeterminedYoung } from "./notCounted";
import { excludedPairs, menteeRef, mentorRef } from "./refs";
import type { RowRef } from "./types";

const SOURCE_TEACHERS =
  "Методические рекомендации по внедрению целевой модели наставничества педагогов (АЗ-1128/08/657, 2021)";
const SOURCE_MODEL = "Целевая модель наставничества (распоряжение Минпросвещения России Р-145)";

const hasActiveMentor = (a: Analysis, m: Mentee): boolean => a.activeMentees.has(m);

export const youngMentored = defineShare({
  id: "young_mentored",
  title: "Доля молодых специалистов, имеющих наставника",
  definition:
    "Молодые специалисты, у которых на отчётную дату есть действующая пара, среди всех молодых специалистов листа «Наставляемые».",
  scope: "asOf",
  source: SOURCE_TEACHERS,
  target: (s) => s.targetYoungMentored / 100,
  population: (a) => a.youngSpecialists,
  counted: hasActiveMentor,
  ref: (a, m) => menteeRef(a, m),
  // The numerator is read from «Пары» rows: those that do not take part are listed (kpi.md).
  excluded: excludedPairs,
  notCounted: (a) => allOf(undeterminedYoung(a), problemPairs(a)),
});

type Group = "pedagogical" | "student";

/** The «Сведения» item whose value is the students' denominator (kpi.md). */
export interface StudentsDenominator {
  readonly key: "students10" | "students";
  /** Its value when readable (an integer ≥ 0), else undefined. */
  readonly value: number | undefined;
}

/**
 * «Численность обучающихся в возрасте от 10 лет» when readable (0 included), else «Численность
 * обучающихся» (kpi.md, "Students denominator item").
 */
export function studentsDenominator(a: Analysis): StudentsDenominator {
  const tenPlus = a.wb.info.students10;
  return tenPlus !== undefined
    ? { key: "students10", value: tenPlus }
    : { key: "students", value: a.wb.info.students };
}

/** The age at D of a person of «Пары»: a mentor has the age of their «Наставляемые» row, if any. */
function ageOfPerson(a: Analysis, p: Mentor | Mentee, isMentor: boolean): number | undefined {
  if (!isMentor) return a.ageAt(p as Mentee);
  const asMentee = p.key === undefined ? undefined : a.menteesByKey.get(p.key);
  return asMentee === undefined ? undefined : a.ageAt(asMentee);
}

/**
 * Distinct persons of a group in rows involved in Y up to D, by ФИО key: a teacher who is both
 * mentor and mentee counts once. With the 10+ item, students younger than 10 at D are left out
 * (`younger`); a student of unknown age counts.
 */
const involvedPersons = (a: Analysis, group: Group): Involved =>
  (group === "student" ? involvedStudents : involvedTeachers)(a);

interface Involved {
  readonly counted: RowRef[];
  /** Students of involved rows left out for being younger than 10 at D. */
  readonly younger: RowRef[];
}

// Counted once per workbook and date: the KPI and rule O004 both need them.
const involvedTeachers = perAnalysis((a: Analysis) => collectInvolved(a, "pedagogical"));
const involvedStudents = perAnalysis((a: Analysis) => collectInvolved(a, "student"));

function collectInvolved(a: Analysis, group: Group): Involved {
  const tenPlus = group === "student" && studentsDenominator(a).key === "students10";
  const seen = new Map<string, RowRef>();
  const younger = new Map<string, RowRef>();
  const add = (p: Mentor | Mentee, isMentor: boolean) => {
    if (!p.key || !p.category || !inGroup(group, p.category, isMentor) || seen.has(p.key)) return;
    const ref = () => (isMentor ? mentorRef(a, p as Mentor) : menteeRef(a, p as Mentee));
    const age = tenPlus ? ageOfPerson(a, p, isMentor) : undefined;
    if (age !== undefined && age < 10) {
      if (!younger.has(p.key)) younger.set(p.key, { ...ref(), note: `младше 10 лет (${age})` });
      return;
    }
    younger.delete(p.key);
    seen.set(p.key, ref());
  };
  a.involved.forEach((f: PairFacts) => {
    add(f.mentor!, true);
    add(f.mentee!, false);
  });
  return { counted: [...seen.values()], younger: [...younger.values()] };
}

function inGroup(group: Group, category: string, isMentor: boolean): boolean {
  if (group === "student") return category === "Обучающийся";
  return category === "Педагог" || (isMentor && category === "Руководитель ОО");
}

/** The number of distinct pedagogical persons or students `teachers_involved` / `students_involved` count. */
export function involvedCount(a: Analysis, group: Group): number {
  return involvedPersons(a, group).counted.length;
}

function involvement(
  id: "teachers_involved" | "students_involved",
  group: Group,
  spec: Pick<KpiDef, "title" | "definition" | "target">,
): KpiDef<typeof id> {
  return {
    id,
    kind: "share",
    scope: "schoolYearToDate",
    source: SOURCE_MODEL,
    ...spec,
    compute(a) {
      const { counted, younger } = involvedPersons(a, group);
      const den = (group === "pedagogical" ? a.wb.info.teachers : studentsDenominator(a).value) ?? 0;
      return {
        value: shareOf(counted.length, den, spec.target(a.settings)),
        drill: {
          counted,
          missing: younger,
          excluded: excludedPairs(a),
          notCounted: allOf(involvedWithoutCategory(a), problemPairs(a)),
        },
      };
    },
  };
}

export const teachersInvolved = involvement("teachers_involved", "pedagogical", {
  title: "Доля педагогических работников, вовлечённых в наставничество",
  definition:
    "Разные педагоги и руководители (наставники и наставляемые) в парах, действовавших с 1 сентября до отчётной даты, от численности педагогических работников из «Сведений».",
  target: (s) => s.targetTeachersInvolved / 100,
});

export const studentsInvolved = involvement("students_involved", "student", {
  title: "Доля обучающихся, вовлечённых в наставничество",
  definition:
    "Разные обучающиеся (наставники и наставляемые) в парах, действовавших с 1 сентября до отчётной даты, от численности обучающихся из «Сведений»; если указана численность обучающихся в возрасте от 10 лет — только обучающиеся от 10 лет (и неизвестного возраста) от неё.",
  target: (s) => s.targetStudentsInvolved / 100,
});
