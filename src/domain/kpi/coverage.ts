/** Coverage KPIs: young specialists with a mentor, teachers and students involved. */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { Mentee } from "../model/records";
import { defineShare, shareOf, type KpiDef } from "./define";
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
});

type Group = "pedagogical" | "student";

/**
 * Distinct persons of a group in rows involved in Y up to D, by ФИО key: a teacher who is both
 * mentor and mentee counts once.
 */
const involvedPersons = (a: Analysis, group: Group): RowRef[] =>
  (group === "student" ? involvedStudents : involvedTeachers)(a);

// Counted once per workbook and date: the KPI and rule O004 both need them.
const involvedTeachers = perAnalysis((a: Analysis) => collectInvolved(a, "pedagogical"));
const involvedStudents = perAnalysis((a: Analysis) => collectInvolved(a, "student"));

function collectInvolved(a: Analysis, group: Group): RowRef[] {
  const seen = new Map<string, RowRef>();
  const add = (key: string, r: () => RowRef) => {
    if (!seen.has(key)) seen.set(key, r());
  };
  a.involved.forEach((f: PairFacts) => {
    const { mentor, mentee } = f;
    if (mentor?.key && mentor.category && inGroup(group, mentor.category, true))
      add(mentor.key, () => mentorRef(a, mentor));
    if (mentee?.key && mentee.category && inGroup(group, mentee.category, false))
      add(mentee.key, () => menteeRef(a, mentee));
  });
  return [...seen.values()];
}

function inGroup(group: Group, category: string, isMentor: boolean): boolean {
  if (group === "student") return category === "Обучающийся";
  return category === "Педагог" || (isMentor && category === "Руководитель ОО");
}

/** The number of distinct pedagogical persons or students `teachers_involved` / `students_involved` count. */
export function involvedCount(a: Analysis, group: Group): number {
  return involvedPersons(a, group).length;
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
      const counted = involvedPersons(a, group);
      const den = (group === "pedagogical" ? a.wb.info.teachers : a.wb.info.students) ?? 0;
      return {
        value: shareOf(counted.length, den, spec.target(a.settings)),
        drill: { counted, missing: [], excluded: excludedPairs(a) },
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
    "Разные обучающиеся (наставники и наставляемые) в парах, действовавших с 1 сентября до отчётной даты, от численности обучающихся из «Сведений».",
  target: (s) => s.targetStudentsInvolved / 100,
});
