/**
 * Young specialist: «Молодой специалист» = да; when empty, Категория = Педагог and a readable стаж ≤
 * the setting (and, with «Учитывать возраст» = да, a readable возраст ≤ the setting).
 */
import { evaluate, kpis } from "../evaluate";
import { mentee, type Rec } from "../builders";

const young = (o: Rec, settings?: Record<string, string | number>) =>
  kpis(evaluate({ mentees: [mentee("Крылова Дарья Олеговна", o)], ...(settings ? { settings } : {}) }))
    .young_mentored.denominator === 1;

it.each<[string, Rec, boolean]>([
  ["empty mark, Педагог, стаж 0", { "Педагогический стаж, лет": 0 }, true],
  ["empty mark, Педагог, стаж 3 (the setting)", { "Педагогический стаж, лет": 3 }, true],
  ["empty mark, Педагог, стаж «3 года»", { "Педагогический стаж, лет": "3 года" }, true],
  ["empty mark, Педагог, стаж «0,5»", { "Педагогический стаж, лет": "0,5" }, true],
  ["empty mark, Педагог, стаж 3.5", { "Педагогический стаж, лет": 3.5 }, false],
  ["empty mark, Педагог, стаж 4", { "Педагогический стаж, лет": 4 }, false],
  ["empty mark, Педагог, стаж empty", { "Педагогический стаж, лет": null }, false],
  ["empty mark, Педагог, стаж unreadable «полгода»", { "Педагогический стаж, лет": "полгода" }, false],
  [
    "empty mark, category «Учитель» (a synonym of Педагог)",
    { Категория: "Учитель", "Педагогический стаж, лет": 1 },
    true,
  ],
  ["empty mark, Обучающийся with стаж 0", { Категория: "Обучающийся", "Педагогический стаж, лет": 0 }, false],
  ["empty mark, Иное with стаж 1", { Категория: "Иное", "Педагогический стаж, лет": 1 }, false],
  ["empty mark, unrecognised category", { Категория: "Стажёр", "Педагогический стаж, лет": 1 }, false],
  ["mark «да» with стаж 10", { "Молодой специалист": "да", "Педагогический стаж, лет": 10 }, true],
  ["mark «+» without стаж", { "Молодой специалист": "+", "Педагогический стаж, лет": null }, true],
  ["mark «нет» with стаж 1", { "Молодой специалист": "нет", "Педагогический стаж, лет": 1 }, false],
])("%s → young: %s", (_why, o, expected) => {
  expect(young(o)).toBe(expected);
});

it("uses the стаж setting", () => {
  expect(young({ "Педагогический стаж, лет": 5 })).toBe(false);
  expect(young({ "Педагогический стаж, лет": 5 }, { "Молодой специалист: стаж не более, лет": 5 })).toBe(
    true,
  );
});

describe("with «Учитывать возраст» = да (age limit 35 by default)", () => {
  const withAge = { "Учитывать возраст": "да" };
  it.each<[string, Rec, boolean]>([
    ["стаж 1, возраст 35", { "Возраст, лет": 35 }, true],
    ["стаж 1, возраст 36", { "Возраст, лет": 36 }, false],
    ["стаж 1, возраст empty", { "Возраст, лет": null }, false],
    ["стаж 1, возраст unreadable", { "Возраст, лет": "молодая" }, false],
    ["mark «да», возраст 50", { "Молодой специалист": "да", "Возраст, лет": 50 }, true],
  ])("%s → young: %s", (_why, o, expected) => {
    expect(young({ "Педагогический стаж, лет": 1, ...o }, withAge)).toBe(expected);
  });

  it("uses the age setting", () => {
    expect(
      young(
        { "Педагогический стаж, лет": 1, "Возраст, лет": 40 },
        { ...withAge, "Молодой специалист: возраст не более, лет": 40 },
      ),
    ).toBe(true);
  });

  it("ignores age when «Учитывать возраст» = нет", () => {
    expect(young({ "Педагогический стаж, лет": 1, "Возраст, лет": 50 }, { "Учитывать возраст": "нет" })).toBe(
      true,
    );
  });
});
