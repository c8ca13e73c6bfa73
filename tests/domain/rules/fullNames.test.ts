/** F006 — ФИО on «Наставники» / «Наставляемые» is not a full name (warning). */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue } from "../evaluate";
import { mentee, mentor } from "../builders";
import { tidy, tidyMentees, tidyMentors } from "./tidySchool";

const asMentee = (fio: string) => evaluate(tidy({ mentees: [...tidyMentees, mentee(fio)] }));

it("reports «Иванов И.И.» as written, on its row", () => {
  const i = onlyIssue(evaluate(tidy({ mentors: [...tidyMentors, mentor("Иванов  И.И.")] })), "F006");
  expect(i).toMatchObject({
    severity: "warning",
    sheet: "Наставники",
    row: 4,
    column: "ФИО",
    value: "Иванов И.И.",
  });
  expectRussianMessageNaming(i, "«Иванов И.И.»");
});

it.each([
  ["Иванова Анна Петровна"],
  ["Иванова Анна-Мария Петровна"],
  ["Д'Артаньян Шарль"],
  ["Салтыков-Щедрин Михаил Евгеньевич"],
  ["Ким Ён Су"],
  ["Петрова Алёна"],
  ["иванова анна петровна"],
])("accepts «%s»", (fio) => {
  expect(issuesWith(asMentee(fio), "F006")).toEqual([]);
});

it.each([
  ["Иванов", "one word"],
  ["Иванов И. И.", "initials with a space"],
  ["Иванов И.", "one initial"],
  ["Иванов Иван И.", "a word with a dot"],
  ["Иванова Анна 2", "a digit"],
  ["Иванова Анна (декрет)", "brackets"],
  ["Иванова_Анна Петровна", "an underscore"],
  ["-Иванова Анна", "a hyphen that is not inner"],
  ["Иванова Анна-", "a trailing hyphen"],
])("reports «%s» (%s) on «Наставляемые»", (fio) => {
  const i = onlyIssue(asMentee(fio), "F006");
  expect(i).toMatchObject({ sheet: "Наставляемые", row: 5, column: "ФИО", value: fio });
});
