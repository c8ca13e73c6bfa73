/** A repeated person's later rows are ignored by every rule except R001 (rules.md, workbook.md "Persons"). */
import { evaluate, placesOf } from "../evaluate";
import { mentee, mentor, pair } from "../builders";
import { KRYLOVA, PETROVA, tidy, tidyMentees, tidyMentors, tidyPairs } from "./tidySchool";

it("reports only R001 on a later mentee row full of mistakes", () => {
  const later = mentee("Крылова  Дарья Олеговна", {
    Категория: "Методист", // F003
    "Педагогический стаж, лет": "много", // F002
    "Возраст, лет": 7, // F004
    "Молодой специалист": "да",
  });
  const r = evaluate(tidy({ mentees: [...tidyMentees, later] }));
  expect(r.issues.filter((i) => i.sheet === "Наставляемые").map((i) => `${i.code}!${i.row}`)).toEqual([
    "R001!5",
  ]);
});

it("reports only R001 on a later mentor row, and pairs resolve to the first row", () => {
  const later = mentor("петрова мария ивановна", {
    Согласие: "нет",
    Категория: "Обучающийся",
    "Педагогический стаж, лет": 99,
  });
  const r = evaluate(tidy({ mentors: [...tidyMentors, later] }));
  expect(r.issues.map((i) => `${i.code}!${i.sheet}!${i.row}`)).toEqual(["R001!Наставники!4"]);
});

it("takes consent from the first row: a first row without consent is P009 even if a later row says да", () => {
  const r = evaluate(
    tidy({
      mentors: [mentor(PETROVA, { Согласие: "нет" }), tidyMentors[1], mentor(PETROVA, { Согласие: "да" })],
    }),
  );
  expect(placesOf(r, "P009")).toEqual(["Пары!2", "Пары!4"]);
  expect(placesOf(r, "R001")).toEqual(["Наставники!4"]);
});

it("does not raise M001 or R002 on a later row of a young specialist who has a pair", () => {
  const r = evaluate(
    tidy({
      mentees: [
        ...tidyMentees,
        mentee(KRYLOVA, { "Молодой специалист": "нет", "Педагогический стаж, лет": 1 }),
      ],
      pairs: tidyPairs,
    }),
  );
  expect(r.issues.map((i) => i.code)).toEqual(["R001"]);
});

it("does not raise F006 on a later row, nor R003 for a later mentor row", () => {
  const r = evaluate(
    tidy({
      mentors: [...tidyMentors, mentor("Соколов Андрей Викторович".toUpperCase())],
      pairs: [...tidyPairs, pair("9", PETROVA, KRYLOVA, { "Дата начала": "05.09.2024" })],
    }),
  );
  expect(r.issues.map((i) => `${i.code}!${i.row}`)).toEqual(["R001!4"]);
});
