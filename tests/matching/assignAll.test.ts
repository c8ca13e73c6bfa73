/**
 * «Подобрать всем» on cases a methodist would recognise: nobody is stranded to gain points, young
 * specialists come before other mentees, and whoever stays without a mentor gets a reason.
 */
import { assignAll } from "../../src/domain/matching/assign";
import { mentee, mentor, pair } from "../domain/builders";
import { evaluate } from "../domain/evaluate";

const MATH = "Петрова Мария Ивановна";
const RUSSIAN = "Соколов Андрей Петрович";
const A = "Лебедев Олег Игоревич";
const B = "Титова Анна Сергеевна";
const C = "Жукова Дарья Петровна";

test("does not strand a mentee whose only mentor suits another one better", () => {
  // Only the subject counts here. Lebedev fits the mathematician fully and the Russian teacher not
  // at all; the Russian teacher is the second mentee himself, so he can only have the
  // mathematician. Maximising points alone would give Lebedev the mathematician and leave Sokolov
  // without anyone; both get a mentor instead.
  const r = evaluate({
    settings: {
      "Наставляемых на одного наставника не более": 1,
      "Подбор: вес предмета": 10,
      "Подбор: вес категории": 0,
      "Подбор: вес свободных мест": 0,
      "Подбор: вес стажа": 0,
      "Подбор: вес квалификации": 0,
      "Подбор: вес обучения": 0,
    },
    mentors: [mentor(MATH), mentor(RUSSIAN, { "Предмет / направление": "Русский язык" })],
    mentees: [
      mentee(A, { "Предмет / направление": "Математика" }),
      mentee(RUSSIAN, { "Предмет / направление": "История" }),
    ],
  });
  const a = assignAll(r);
  expect(a.pairs.map((p) => [p.mentee.name, p.mentor.name, p.score])).toEqual([
    [A, RUSSIAN, 0],
    [RUSSIAN, MATH, 0],
  ]);
  expect(a.unassigned).toEqual([]);
});

test("a young specialist takes the last place before a mentee who would score higher", () => {
  const r = evaluate({
    settings: { "Наставляемых на одного наставника не более": 1 },
    mentors: [mentor(MATH)],
    mentees: [
      mentee(A, {
        "Предмет / направление": "Математика",
        "Педагогический стаж, лет": 6,
        "Молодой специалист": "нет",
      }),
      mentee(B, { "Предмет / направление": "История" }),
    ],
  });
  const a = assignAll(r);
  expect(a.pairs.map((p) => [p.mentee.name, p.mentor.name])).toEqual([[B, MATH]]);
  expect(a.unassigned.map((u) => u.mentee.name)).toEqual([A]);
  expect(a.unassigned[0].reason).toBe(
    "Все подходящие наставники (1) заняты: их свободные места отданы другим наставляемым, прежде всего молодым специалистам. Добавьте наставников или увеличьте «Наставляемых на одного наставника не более».",
  );
});

test("says which constraint rules every mentor out, and what to do", () => {
  const r = evaluate({
    settings: { "Наставляемых на одного наставника не более": 1 },
    mentors: [
      mentor(MATH, { Согласие: "нет" }),
      mentor(RUSSIAN),
      mentor("Крылов Иван Ильич", { Категория: "Иное" }),
    ],
    mentees: [mentee(A), mentee(C, { "Педагогический стаж, лет": 10 })],
    pairs: [pair("1", RUSSIAN, C)],
  });
  const a = assignAll(r);
  expect(a.pairs).toEqual([]);
  expect(a.unassigned.map((u) => [u.mentee.name, u.young, u.reason])).toEqual([
    [
      A,
      true,
      "Нет подходящего наставника: без согласия — 1, без свободных мест — 1, не подходят по категории — 1. Чтобы подобрать, получите письменное согласие наставников, увеличьте «Наставляемых на одного наставника не более» или добавьте наставника, подходящего для категории «Педагог».",
    ],
  ]);
});

test("an empty bank of mentors says so", () => {
  const r = evaluate({ mentees: [mentee(A)] });
  expect(assignAll(r).unassigned[0].reason).toBe(
    "На листе «Наставники» нет ни одного наставника. Добавьте наставников.",
  );
});

test("every mentee of the pool is either assigned or unassigned, once, in pool order", () => {
  const r = evaluate({
    settings: { "Наставляемых на одного наставника не более": 2 },
    mentors: [mentor(MATH), mentor(RUSSIAN, { "Предмет / направление": "Русский язык" })],
    mentees: [A, B, C, "Гусева Ирина Олеговна", "Фомин Павел Андреевич", "Титов Глеб Ильич"].map((n) =>
      mentee(n),
    ),
  });
  const a = assignAll(r);
  expect(a.pairs).toHaveLength(4);
  expect(a.unassigned).toHaveLength(2);
  expect(a.stats).toMatchObject({ rounds: 0 });
});
