/** P001 unknown mentor, P002 unknown mentee, P003 mentor and mentee are one person. */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue } from "../evaluate";
import { mentee, mentor, pair } from "../builders";
import { KRYLOVA, PETROVA, SOKOLOV, tidy, tidyMentees, tidyMentors, tidyPairs } from "./tidySchool";

const withRow = (mentorFio: string | null, menteeFio: string | null) =>
  evaluate(tidy({ pairs: [...tidyPairs, pair("4", mentorFio, menteeFio, { "Дата начала": "03.09.2024" })] }));

describe("P001 — «Наставник» names nobody on «Наставники»", () => {
  it("reports the mentor as written", () => {
    const i = onlyIssue(withRow("Петрова  Н.И.", KRYLOVA), "P001");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Наставник",
      value: "Петрова Н.И.",
    });
    expectRussianMessageNaming(i, "«Петрова Н.И.»");
    expect(i.message).toContain("«Наставники»");
  });

  it("finds the mentor whatever the case, spacing or ё", () => {
    expect(issuesWith(withRow("  петрова   МАРИЯ ивановна ", KRYLOVA), "P001")).toEqual([]);
    const r = evaluate(
      tidy({
        mentors: [...tidyMentors, mentor("Семёнова Алёна Петровна")],
        pairs: [...tidyPairs, pair("4", "Семенова Алена Петровна", KRYLOVA, { "Дата начала": "03.09.2024" })],
      }),
    );
    expect(issuesWith(r, "P001")).toEqual([]);
  });

  it("leaves an empty «Наставник» to F001", () => {
    const r = withRow(null, KRYLOVA);
    expect(issuesWith(r, "P001")).toEqual([]);
    expect(onlyIssue(r, "F001")).toMatchObject({ row: 5, column: "Наставник" });
  });
});

describe("P002 — «Наставляемый» names nobody on «Наставляемые»", () => {
  it("reports the mentee as written", () => {
    const i = onlyIssue(withRow(PETROVA, "Крылова Мария"), "P002");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Наставляемый",
      value: "Крылова Мария",
    });
    expectRussianMessageNaming(i, "«Крылова Мария»");
  });

  it("does not look for mentees on «Наставники»", () => {
    expect(issuesWith(withRow(PETROVA, SOKOLOV), "P002")).toHaveLength(1);
  });

  it("leaves an empty «Наставляемый» to F001", () => {
    const r = withRow(PETROVA, null);
    expect(issuesWith(r, "P002")).toEqual([]);
    expect(onlyIssue(r, "F001")).toMatchObject({ row: 5, column: "Наставляемый" });
  });
});

describe("P003 — mentor and mentee are the same person", () => {
  it("reports a row whose two names share a ФИО key", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, mentee("Соколов Андрей Викторович", { "Педагогический стаж, лет": 20 })],
        pairs: [
          ...tidyPairs,
          pair("4", SOKOLOV, "СОКОЛОВ андрей  викторович", {
            "Форма наставничества": "Руководитель ОО – педагог",
          }),
        ],
      }),
    );
    const i = onlyIssue(r, "P003");
    expect(i).toMatchObject({ severity: "error", sheet: "Пары", row: 5, value: "СОКОЛОВ андрей викторович" });
    expectRussianMessageNaming(i, "«СОКОЛОВ андрей викторович»");
  });

  it("does not report a teacher who is a mentee of another mentor", () => {
    const r = evaluate(
      tidy({
        mentees: [...tidyMentees, mentee("Соколов Андрей Викторович", { "Педагогический стаж, лет": 20 })],
        pairs: [...tidyPairs, pair("4", PETROVA, SOKOLOV)],
      }),
    );
    expect(issuesWith(r, "P003")).toEqual([]);
  });
});
