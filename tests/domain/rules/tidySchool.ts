/**
 * A small tidy school (D = 20.12.2024) that raises no warning or error: rule tests change one
 * cell or add one row and look for exactly the issue that change must cause.
 */
import { mentee, mentor, pair, planItem, type Rec, type SchoolData } from "../builders";

export const PETROVA = "Петрова Мария Ивановна";
export const SOKOLOV = "Соколов Андрей Викторович";
export const KRYLOVA = "Крылова Дарья Олеговна";
export const ORLOV = "Орлов Никита Сергеевич";
export const ZUEVA = "Зуева Полина Андреевна";

export const tidyMentors: Rec[] = [
  mentor(PETROVA),
  mentor(SOKOLOV, {
    Категория: "Руководитель ОО",
    Должность: "Заместитель директора",
    "Предмет / направление": "История",
  }),
];

/** Three young teachers (стаж 1–2, «Молодой специалист» empty → derived). */
export const tidyMentees: Rec[] = [
  mentee(KRYLOVA),
  mentee(ORLOV, { "Педагогический стаж, лет": 2, "Предмет / направление": "История" }),
  mentee(ZUEVA, { "Предмет / направление": "Биология", "Педагогический стаж, лет": "0,5" }),
];

/** Rows 2–4 of «Пары»: every young teacher has a running pair fixed by an order. */
export const tidyPairs: Rec[] = [
  pair("1", PETROVA, KRYLOVA),
  pair("2", SOKOLOV, ORLOV, { "Форма наставничества": "Руководитель ОО – педагог" }),
  pair("3", PETROVA, ZUEVA),
];

export const tidyPlan: Rec[] = [planItem("Педагогический совет по внедрению наставничества")];

export function tidy(change: Partial<SchoolData> = {}): SchoolData {
  return { mentors: tidyMentors, mentees: tidyMentees, pairs: tidyPairs, plan: tidyPlan, ...change };
}
