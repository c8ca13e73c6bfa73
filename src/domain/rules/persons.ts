/** «Наставники» / «Наставляемые»: R001–R003, and M001 (young specialists without a mentor). */
import type { PersonBase } from "../model/records";
import { menteesSheet, mentorsSheet } from "../template/sheets";
import { atCell, defineRule, q, type Finding } from "./define";

export const duplicatePerson = defineRule("R001", "error", "*", "Один человек записан дважды", (a) => {
  const out: Finding[] = [];
  for (const sheet of ["mentors", "mentees"] as const) {
    const people: readonly PersonBase[] = sheet === "mentors" ? a.wb.mentors : a.wb.mentees;
    const first = sheet === "mentors" ? a.mentorsByKey : a.menteesByKey;
    const name = sheet === "mentors" ? mentorsSheet.name : menteesSheet.name;
    for (const p of people) {
      if (p.key === undefined) continue;
      const original = first.get(p.key)!;
      if (original === p) continue;
      out.push({
        at: atCell(a, sheet, p.src, "fio"),
        message: `${q(p.name)} уже есть на листе «${name}» в строке ${original.row}. Удалите повтор или объедините строки.`,
      });
    }
  }
  return out;
});

export const youngMismatch = defineRule(
  "R002",
  "warning",
  menteesSheet.name,
  "Отметка «Молодой специалист» противоречит стажу",
  (a) => {
    const limit = a.settings.youngMaxExperience;
    const out: Finding[] = [];
    for (const m of a.mentees) {
      if (m.young === undefined || m.experience === undefined) continue;
      if (m.young && m.experience > limit) {
        out.push({
          at: atCell(a, "mentees", m.src, "young"),
          message: `${q(m.name)} отмечен молодым специалистом, но стаж ${m.experience} больше ${limit} лет. Проверьте стаж или отметку.`,
        });
      } else if (!m.young && m.category === "Педагог" && m.experience <= limit) {
        out.push({
          at: atCell(a, "mentees", m.src, "young"),
          message: `У ${q(m.name)} стаж ${m.experience} (не более ${limit} лет), но отмечено «нет» в «Молодой специалист». Проверьте отметку.`,
        });
      }
    }
    return out;
  },
);

export const mentorWithoutPairs = defineRule(
  "R003",
  "info",
  mentorsSheet.name,
  "У наставника нет пар",
  (a) => {
    const withPairs = new Set<string | undefined>();
    for (const f of a.pairs) withPairs.add(f.mentorKey);
    return a.mentors
      .filter((m) => !withPairs.has(m.key))
      .map((m) => ({
        at: atCell(a, "mentors", m.src, "fio"),
        message: `У наставника ${q(m.name)} нет ни одной строки на листе «Пары». Закрепите наставляемых или отметьте это в примечании.`,
      }));
  },
);

export const youngWithoutMentor = defineRule(
  "M001",
  "warning",
  menteesSheet.name,
  "Молодой специалист без наставника",
  (a) =>
    a.youngSpecialists
      .filter((m) => !a.activeMentees.has(m))
      .map((m) => ({
        at: atCell(a, "mentees", m.src, "fio"),
        message: `У молодого специалиста ${q(m.name)} нет действующей пары на отчётную дату. Закрепите наставника на листе «Пары».`,
      })),
);
